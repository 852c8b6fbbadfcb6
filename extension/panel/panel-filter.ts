// What the user narrowed the panel to (quick views, search, the followed customer), as one ActivityQuery: the
// table and the exports both show exactly this.
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { QuickViewFeature } from '../dashboard/features/feature';

export interface FollowedCustomer {
  id: string;
  /** The name the dashboard showed, when the request came from our button. */
  name?: string;
  /** Where it came from: the active tab's URL, or the dashboard's Activity button. */
  origin: 'tab' | 'button';
}

export interface PanelFilter {
  /** Ids of the pressed quick views. */
  quickViews: readonly string[];
  text: string;
  customer?: FollowedCustomer;
}

function concat(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  // Two views on the same field narrow to what both allow.
  return a.filter((v) => b.includes(v));
}

/** The period, narrowed by every pressed quick view (they combine with AND) and the search words. */
export function panelQuery(filter: PanelFilter, period: { from: string; to: string }, quickViews: readonly QuickViewFeature[], now: Date): ActivityQuery {
  const query: ActivityQuery = { from: period.from, to: period.to };
  for (const view of quickViews) {
    if (!filter.quickViews.includes(view.id)) continue;
    const part = view.query({ now, customerId: filter.customer?.id });
    if (!part) continue;
    if (part.from && (!query.from || part.from > query.from)) query.from = part.from;
    if (part.to && (!query.to || part.to < query.to)) query.to = part.to;
    if (part.customerId) query.customerId = part.customerId;
    if (part.customer) query.customer = part.customer;
    query.statuses = concat(query.statuses, part.statuses);
    query.resourceTypes = concat(query.resourceTypes, part.resourceTypes);
    query.operationTypes = concat(query.operationTypes, part.operationTypes);
    if (part.partnerUser) query.partnerUser = part.partnerUser;
  }
  const text = filter.text.trim();
  if (text !== '') query.text = text;
  return query;
}
