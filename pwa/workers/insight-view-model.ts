// What each insight view shows, computed from one scan: which aggregator reads the records, which query the scan
// runs (GDAP and partner users read before the period to know states and who is new), and the facts and tables
// the screen and its exports share. Plain data, so it crosses from the worker to the page as it is.
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { actionText } from '../../core/words/action-text';
import type { InsightAggregator } from '../../core/insight/insight-aggregator';
import { CustomerStoryAggregator, customerSummary } from '../../core/insight/customer-story';
import { relationshipStateText } from '../../core/insight/insight-text';
import { FailureAggregator } from '../../core/insight/operation-failures';
import { OrderLineAggregator, type OrdersResult } from '../../core/insight/order-lines';
import { PartnerUserAggregator } from '../../core/insight/partner-user-activity';
import { RelationshipAggregator } from '../../core/insight/relationship-lifecycle';
import {
  customerTimelineTable,
  failuresTable,
  ordersTable,
  partnerUsersTable,
  relationshipsTable,
  seatChangesTable,
  type ReportCell,
  type ReportTable,
} from '../../core/insight/report-table';
import { SeatChangeAggregator, type SeatChangesResult } from '../../core/insight/seat-changes';

import type { InsightViewId, PromotionFilter } from '../views/insight/insight-view-id';

export type { InsightViewId, PromotionFilter };

export interface InsightRequest {
  view: InsightViewId;
  query: ActivityQuery;
  lang: Lang;
  promotion?: PromotionFilter;
}

export type SectionId =
  | 'customers'
  | 'timeline'
  | 'subscriptions'
  | 'seatChanges'
  | 'orders'
  | 'relationships'
  | 'perCustomer'
  | 'perProduct'
  | 'accessEnded'
  | 'customerAccess'
  | 'users'
  | 'created'
  | 'failures'
  | 'byAction'
  | 'byCustomer'
  | 'byUser';

export type FactId =
  | 'records'
  | 'lastActivity'
  | 'lastOrder'
  | 'gdap'
  | 'dap'
  | 'added'
  | 'removed'
  | 'net'
  | 'changes'
  | 'orders'
  | 'lines'
  | 'promotedLines'
  | 'failedLines'
  | 'relationships'
  | 'accessEnded'
  | 'expiring'
  | 'users'
  | 'newUsers'
  | 'failed'
  | 'declined';

export interface InsightFact {
  id: FactId;
  value: ReportCell;
}

export interface InsightSection {
  id: SectionId;
  table: ReportTable;
  /** All rows; the table may hold only the first SHOWN_ROWS. */
  total: number;
}

export interface InsightModel {
  view: InsightViewId;
  facts: InsightFact[];
  sections: InsightSection[];
  /** Records whose old/new values the view could not read (they still show in the log). */
  unreadable: number;
  /** Records the scan read. */
  scanned: number;
  customerId?: string;
  customerName?: string;
}

/** Rows a section shows on screen; its export has them all. */
export const SHOWN_ROWS = 500;

export interface InsightComputation {
  /** The query the scan runs. */
  scan: ActivityQuery;
  aggregator: InsightAggregator<unknown>;
  /** The facts and full (uncapped) sections, in a language. */
  build(lang: Lang): Omit<InsightModel, 'scanned'>;
}

const withoutPeriod = (q: ActivityQuery): ActivityQuery => {
  const { from: _f, to: _t, ...rest } = q;
  return rest;
};
const at = (iso: string): ReportCell => (iso === '' ? undefined : { dateTime: iso });
const action = (operationType: string, resourceType: string, text: string, lang: Lang) => actionText({ operationType, resourceType, actionText: text }, lang);
const section = (id: SectionId, table: ReportTable): InsightSection => ({ id, table, total: table.rows.length });

function seatSections(result: SeatChangesResult, lang: Lang): InsightSection[] {
  return [
    section('perCustomer', {
      columns: ['customer', 'customerId', 'added', 'removed', 'net', 'changes', 'subscriptions'],
      rows: result.customers.map((c) => [c.customerName, c.customerId, c.added, c.removed, c.net, c.changes, c.subscriptions]),
    }),
    section('perProduct', {
      columns: ['product', 'offerId', 'added', 'removed', 'net', 'changes'],
      rows: result.products.map((p) => [p.product, p.offerId, p.added, p.removed, p.net, p.changes]),
    }),
    section('seatChanges', seatChangesTable(result, lang)),
  ];
}

function promotionFiltered(result: OrdersResult, promotion: PromotionFilter): OrdersResult {
  if (promotion === 'any') return result;
  const lines = result.lines.filter((l) => (promotion === 'with' ? l.promotionId !== '' : l.promotionId === ''));
  return { ...result, lines };
}

/** Distinct customers of the records, for picking one when the Customer view has none yet. */
class CustomerListAggregator implements InsightAggregator<{ customerId: string; customerName: string; count: number; last: string }[]> {
  private readonly customers = new Map<string, { customerId: string; customerName: string; count: number; last: string }>();
  add(r: ActivityRecord): void {
    if (r.customerId === '') return;
    let c = this.customers.get(r.customerId);
    if (!c) this.customers.set(r.customerId, (c = { customerId: r.customerId, customerName: r.customerName, count: 0, last: '' }));
    c.count++;
    if (r.operationDate > c.last) {
      c.last = r.operationDate;
      if (r.customerName) c.customerName = r.customerName;
    }
  }
  result() {
    return [...this.customers.values()].sort((a, b) => b.count - a.count);
  }
}

/** What a view shows of its aggregator's result, in a language (the model less what the computation adds). */
type ViewShown = Omit<InsightModel, 'scanned' | 'view'>;

/** The one shape of every view: its aggregator over the scan, and how the result reads as facts and sections. */
function computation<Result>(
  view: InsightViewId,
  scan: ActivityQuery,
  aggregator: InsightAggregator<Result>,
  show: (result: Result, lang: Lang) => ViewShown,
): InsightComputation {
  return { scan, aggregator, build: (lang) => ({ view, ...show(aggregator.result(), lang) }) };
}

export function insightComputation(request: InsightRequest): InsightComputation {
  const { query } = request;
  const period = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
  switch (request.view) {
    case 'customer': {
      if (!query.customerId) {
        return computation('customer', query, new CustomerListAggregator(), (list) => ({
          facts: [],
          unreadable: 0,
          sections: [section('customers', { columns: ['customer', 'customerId', 'records', 'lastActivity'], rows: list.map((c) => [c.customerName, c.customerId, c.count, at(c.last)]) })],
        }));
      }
      return computation('customer', query, new CustomerStoryAggregator(query.customerId, period), (story, lang) => {
        const summary = customerSummary(story);
        const changes = story.subscriptions.flatMap((s) => s.changes);
        const seatResult: SeatChangesResult = { changes: [...changes].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1)), subscriptions: [], customers: [], products: [], totals: story.seatTotals, unreadable: 0 };
        const facts: InsightFact[] = [
          { id: 'records', value: story.timeline.length },
          { id: 'lastActivity', value: at(summary.lastActivity?.operationDate ?? '') },
          { id: 'lastOrder', value: at(summary.lastOrder?.operationDate ?? '') },
          { id: 'net', value: story.seatTotals.net },
          { id: 'gdap', value: relationshipStateText(summary.gdap, lang) },
          { id: 'dap', value: relationshipStateText(summary.dap, lang) },
        ];
        return {
          customerId: story.customerId,
          customerName: story.customerName,
          facts,
          unreadable: story.unreadable,
          sections: [
            section('subscriptions', {
              columns: ['subscriptionId', 'product', 'offerId', 'quantityNow', 'status', 'added', 'removed', 'net', 'changes', 'lastActivity'],
              rows: story.subscriptions.map((s) => [s.subscriptionId, s.product, s.offerId, s.quantityNow, s.status, s.added, s.removed, s.net, s.changes.length, at(s.lastSeen)]),
            }),
            section('seatChanges', seatChangesTable(seatResult, lang)),
            section('orders', ordersTable({ lines: story.orders, orders: 0, promotedLines: 0, succeededLines: 0, unreadable: 0 }, lang)),
            section('relationships', relationshipsTable({ relationships: story.relationships, customers: [], accessEnded: [], events: [], unreadable: 0 }, lang)),
            section('timeline', customerTimelineTable(story, lang)),
          ],
        };
      });
    }
    case 'seat-changes':
      return computation('seat-changes', query, new SeatChangeAggregator(), (result, lang) => ({
        facts: [
          { id: 'added', value: result.totals.added },
          { id: 'removed', value: result.totals.removed },
          { id: 'net', value: result.totals.net },
          { id: 'changes', value: result.totals.changes },
        ],
        unreadable: result.unreadable,
        sections: seatSections(result, lang),
      }));
    case 'orders':
      return computation('orders', query, new OrderLineAggregator(), (all, lang) => ({
        facts: [
          { id: 'orders', value: all.orders },
          { id: 'lines', value: all.lines.length },
          { id: 'promotedLines', value: all.promotedLines },
          { id: 'failedLines', value: all.lines.length - all.succeededLines },
        ],
        unreadable: all.unreadable,
        sections: [section('orders', ordersTable(promotionFiltered(all, request.promotion ?? 'any'), lang))],
      }));
    case 'gdap':
      return computation('gdap', withoutPeriod(query), new RelationshipAggregator(period), (result, lang) => {
        const state = (s: Parameters<typeof relationshipStateText>[0]) => relationshipStateText(s, lang);
        return {
          facts: [
            { id: 'relationships', value: result.relationships.filter((r) => r.kind !== 'access-assignment').length },
            { id: 'accessEnded', value: result.accessEnded.length },
            { id: 'expiring', value: result.relationships.filter((r) => r.state === 'expiring').length },
          ],
          unreadable: result.unreadable,
          sections: [
            section('accessEnded', {
              columns: ['customer', 'customerId', 'accessEnded', 'gdapState', 'dapState'],
              rows: result.accessEnded.map((c) => [c.customerName, c.customerId, at(c.accessEndedAt), state(c.gdap), state(c.dap)]),
            }),
            section('customerAccess', {
              columns: ['customer', 'customerId', 'gdapState', 'dapState', 'lastActivity'],
              rows: result.customers.map((c) => [c.customerName, c.customerId, state(c.gdap), state(c.dap), at(c.lastEvent)]),
            }),
            section('relationships', relationshipsTable(result, lang, period)),
          ],
        };
      });
    case 'users':
      return computation('users', withoutPeriod(query), new PartnerUserAggregator(period), (result, lang) => ({
        facts: [
          { id: 'users', value: result.users.length },
          { id: 'newUsers', value: result.newUsers.length },
          { id: 'records', value: result.records },
        ],
        unreadable: 0,
        sections: [
          section('users', partnerUsersTable(result, lang)),
          section('created', { columns: ['dateTime', 'partnerUser', 'createdBy'], rows: result.created.map((c) => [at(c.operationDate), c.user, c.createdBy]) }),
        ],
      }));
    case 'failures':
      return computation('failures', query, new FailureAggregator(), (result, lang) => ({
        facts: [
          { id: 'failed', value: result.failed },
          { id: 'declined', value: result.declined },
        ],
        unreadable: 0,
        sections: [
          section('byAction', { columns: ['action', 'failed', 'declined'], rows: result.byAction.map((a) => [action(a.operationType, a.resourceType, a.actionText, lang), a.failed, a.declined]) }),
          section('byCustomer', { columns: ['customer', 'customerId', 'failed', 'declined'], rows: result.byCustomer.map((c) => [c.customerName, c.customerId, c.failed, c.declined]) }),
          section('byUser', { columns: ['partnerUser', 'failed', 'declined'], rows: result.byUser.map((u) => [u.user, u.failed, u.declined]) }),
          section('failures', failuresTable(result, lang)),
        ],
      }));
  }
}

/** The model as the page gets it: every section cut to SHOWN_ROWS (exports read the full ones). */
export function shownModel(model: Omit<InsightModel, 'scanned'>, scanned: number): InsightModel {
  return { ...model, scanned, sections: model.sections.map((s) => ({ ...s, table: { ...s.table, rows: s.table.rows.slice(0, SHOWN_ROWS) } })) };
}

