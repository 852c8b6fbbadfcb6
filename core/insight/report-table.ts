// Each insight as a table (columns with en/it headers, rows of typed cells): the CLI's `report` and the app's
// exports write the same tables, so a CSV report reads like the screen. Text cells keep the records' text as it
// came; numbers stay numbers so Excel can add them up.
import type { Lang } from '../words/locale';
import { actionText } from '../words/action-text';
import { statusText } from '../words/status-text';
import { INSIGHT_HEADERS, relationshipEventText, relationshipKindText, relationshipStateText, type InsightColumnId } from './insight-text';
import type { SeatChangesResult } from './seat-changes';
import type { OrdersResult } from './order-lines';
import type { RelationshipsResult } from './relationship-lifecycle';
import type { PartnerUsersResult } from './partner-user-activity';
import type { FailuresResult } from './operation-failures';
import type { CustomerStory } from './customer-story';

/** A cell: text as it is, a number, a UTC ISO date-time (written as Excel reads a date), or nothing. */
export type ReportCell = string | number | { dateTime: string } | undefined;

export interface ReportTable {
  columns: readonly InsightColumnId[];
  rows: ReportCell[][];
}

export type ReportKind = 'seat-changes' | 'orders' | 'gdap' | 'users' | 'failures';

export const REPORT_KINDS: readonly ReportKind[] = ['seat-changes', 'orders', 'gdap', 'users', 'failures'];

export function reportHeader(table: ReportTable, lang: Lang): string[] {
  return table.columns.map((c) => INSIGHT_HEADERS[c][lang]);
}

const at = (iso: string): ReportCell => (iso === '' ? undefined : { dateTime: iso });
const action = (operationType: string, resourceType: string, text: string, lang: Lang) => actionText({ operationType, resourceType, actionText: text }, lang);
const status = (s: string, lang: Lang) => (s === '' ? '' : statusText(s, lang));

export function seatChangesTable(result: SeatChangesResult, lang: Lang): ReportTable {
  return {
    columns: ['customer', 'customerId', 'subscriptionId', 'product', 'dateTime', 'oldQuantity', 'newQuantity', 'change', 'partnerUser', 'action', 'offerId', 'recordId'],
    rows: result.changes.map((c) => [
      c.customerName,
      c.customerId,
      c.subscriptionId,
      c.product,
      at(c.operationDate),
      c.oldQuantity,
      c.newQuantity,
      c.change,
      c.partnerUser,
      action(c.operationType, c.source === 'order' ? 'order' : 'subscription', '', lang),
      c.offerId,
      c.recordId,
    ]),
  };
}

export function ordersTable(result: OrdersResult, lang: Lang): ReportTable {
  return {
    columns: ['customer', 'customerId', 'orderId', 'product', 'offerId', 'quantity', 'unitPrice', 'promotionId', 'dateTime', 'status', 'subscriptionId', 'billingCycle', 'termDuration', 'listPrice', 'currency', 'orderStatus', 'partnerUser', 'action', 'recordId'],
    rows: result.lines.map((l) => [
      l.customerName,
      l.customerId,
      l.orderId,
      l.product,
      l.offerId,
      l.quantity,
      l.unitPrice,
      l.promotionId,
      at(l.operationDate),
      status(l.status, lang),
      l.subscriptionId,
      l.billingCycle,
      l.termDuration,
      l.listPrice,
      l.currency,
      l.orderStatus,
      l.partnerUser,
      action(l.operationType, 'order', '', lang),
      l.recordId,
    ]),
  };
}

/**
 * One row per lifecycle event, with the relationship's state now beside it. With a period, only its events are
 * listed (the states still come from everything read before).
 */
export function relationshipsTable(result: RelationshipsResult, lang: Lang, period: { from?: string; to?: string } = {}): ReportTable {
  const rows: ReportCell[][] = [];
  const from = period.from ?? '';
  const to = period.to ?? '\uffff';
  for (const r of result.relationships) {
    for (let i = r.events.length - 1; i >= 0; i--) {
      const e = r.events[i]!;
      const day = e.operationDate.slice(0, 10);
      if (day < from || day > to) continue;
      rows.push([
        r.customerName || e.customerName,
        r.customerId,
        relationshipKindText(r.kind, lang),
        r.relationshipId,
        r.displayName,
        relationshipEventText(e.event, lang),
        at(e.operationDate),
        relationshipStateText(r.state, lang),
        at(r.endDate),
        r.roles.join(', '),
        e.partnerUser,
        e.recordId,
      ]);
    }
  }
  rows.sort((a, b) => {
    const da = (a[6] as { dateTime: string }).dateTime;
    const db = (b[6] as { dateTime: string }).dateTime;
    return da < db ? 1 : da > db ? -1 : 0;
  });
  return { columns: ['customer', 'customerId', 'kind', 'relationshipId', 'relationshipName', 'event', 'dateTime', 'stateNow', 'endDate', 'roles', 'partnerUser', 'recordId'], rows };
}

export function partnerUsersTable(result: PartnerUsersResult, lang: Lang): ReportTable {
  const yes = lang === 'it' ? 'Sì' : 'Yes';
  const no = lang === 'it' ? 'No' : 'No';
  return {
    columns: ['partnerUser', 'actions', 'succeeded', 'failed', 'customersTouched', 'firstActivity', 'lastActivity', 'activeDays', 'newInPeriod', 'topActions'],
    rows: result.users.map((u) => [
      u.user,
      u.actions,
      u.succeeded,
      u.failed,
      u.customersTouched,
      at(u.firstActivity),
      at(u.lastActivity),
      u.activeDays,
      u.newInPeriod ? yes : no,
      u.actionCounts
        .slice(0, 3)
        .map((a) => `${action(a.operationType, a.resourceType, a.actionText, lang)} (${a.count})`)
        .join('; '),
    ]),
  };
}

export function failuresTable(result: FailuresResult, lang: Lang): ReportTable {
  return {
    columns: ['dateTime', 'customer', 'customerId', 'action', 'status', 'partnerUser', 'operationType', 'resourceType', 'application', 'recordId'],
    rows: result.rows.map((r) => [
      at(r.operationDate),
      r.customerName,
      r.customerId,
      action(r.operationType, r.resourceType, r.actionText, lang),
      status(r.status, lang),
      r.partnerUser,
      r.operationType,
      r.resourceType,
      r.applicationId,
      r.recordId,
    ]),
  };
}

/** A customer's timeline (the Customer view's export). */
export function customerTimelineTable(story: CustomerStory, lang: Lang): ReportTable {
  return {
    columns: ['dateTime', 'customer', 'customerId', 'action', 'status', 'partnerUser', 'operationType', 'resourceType', 'recordId'],
    rows: story.timeline.map((t) => [
      at(t.operationDate),
      story.customerName,
      story.customerId,
      action(t.operationType, t.resourceType, t.actionText, lang),
      status(t.status, lang),
      t.partnerUser,
      t.operationType,
      t.resourceType,
      t.recordId,
    ]),
  };
}
