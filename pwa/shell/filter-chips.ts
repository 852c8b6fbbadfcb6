// The active filters as removable chips ("Customer: adatum ✕"), as Fluent's filter pills above a grid. The period
// is not a chip: there is always one, and the bar shows it first. Pure: chips in, query out.
import type { ActivityQuery } from '../../core/asking/activity-query';
import { actionText, humanise } from '../../core/words/action-text';
import { statusText } from '../../core/words/status-text';
import type { Lang } from '../../core/words/locale';
import type { AppText } from '../app-text';

export interface FilterChip {
  /** Unique in the bar: the field, and the value for list fields (each action is its own chip). */
  id: string;
  label: string;
  value: string;
  /** The query without this chip. */
  without: ActivityQuery;
}

type ListField = 'operationTypes' | 'resourceTypes' | 'statuses';

export function filterChips(q: ActivityQuery, text: AppText, lang: Lang): FilterChip[] {
  const chips: FilterChip[] = [];
  const drop = (field: keyof ActivityQuery): ActivityQuery => {
    const next = { ...q };
    delete next[field];
    return next;
  };
  const dropOne = (field: ListField, value: string): ActivityQuery => {
    const rest = (q[field] ?? []).filter((v) => v !== value);
    const next = drop(field);
    return rest.length > 0 ? { ...next, [field]: rest } : next;
  };
  if (q.text?.trim()) chips.push({ id: 'text', label: text.search, value: q.text, without: drop('text') });
  if (q.customer?.trim()) chips.push({ id: 'customer', label: text.customer, value: q.customer, without: drop('customer') });
  if (q.customerId?.trim()) chips.push({ id: 'customerId', label: text.customerId, value: q.customerId, without: drop('customerId') });
  for (const op of q.operationTypes ?? []) {
    chips.push({ id: `operationTypes:${op}`, label: text.action, value: actionText({ operationType: op, resourceType: '', actionText: '' }, lang), without: dropOne('operationTypes', op) });
  }
  for (const r of q.resourceTypes ?? []) chips.push({ id: `resourceTypes:${r}`, label: text.resourceType, value: humanise(r), without: dropOne('resourceTypes', r) });
  if (q.partnerUser?.trim()) chips.push({ id: 'partnerUser', label: text.partnerUser, value: q.partnerUser, without: drop('partnerUser') });
  for (const s of q.statuses ?? []) chips.push({ id: `statuses:${s}`, label: text.status, value: statusText(s, lang), without: dropOne('statuses', s) });
  return chips;
}
