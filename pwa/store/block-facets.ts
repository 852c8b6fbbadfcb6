// Each block's customers, partner users, actions, statuses and days as small dictionaries, and for every record
// its entry in each (16-bit codes, ~10 KB a block). A customer or user filter is then tested once per distinct
// value, not per record, and answered exactly: which records of a block pass every filter except free text is
// known without reading them. So a rare customer's first page reads only blocks that hold it, and the counts,
// chart and top lists of any view without free text come from the facets alone.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { BlockHints } from './block-summary';

/** The row of the blockFacets table. */
export interface BlockFacets {
  id: number;
  customerIds: string[];
  customerNames: string[];
  /** foldText of each name, as the customer filter compares. */
  customerFolded: string[];
  users: string[];
  usersFolded: string[];
  operationTypes: string[];
  resourceTypes: string[];
  actionTexts: string[];
  statuses: string[];
  /** yyyy-MM-dd of operationDate ('' when there is none). */
  days: string[];
  /** When the block holds records of several batches (merged small blocks): the batches, and below each record's. */
  batches?: number[];
  batch?: Uint16Array;
  /** Per record, in block order: its entry in each dictionary. */
  customer: Uint16Array;
  user: Uint16Array;
  action: Uint16Array;
  status: Uint16Array;
  day: Uint16Array;
}

class Dictionary {
  readonly index = new Map<string, number>();
  add(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(key, i);
    }
    return i;
  }
}

export function buildFacets(records: readonly ActivityRecord[], id: number, fold: (s: string) => string): BlockFacets {
  const n = records.length;
  const f: BlockFacets = {
    id, customerIds: [], customerNames: [], customerFolded: [], users: [], usersFolded: [], operationTypes: [], resourceTypes: [], actionTexts: [], statuses: [], days: [],
    customer: new Uint16Array(n), user: new Uint16Array(n), action: new Uint16Array(n), status: new Uint16Array(n), day: new Uint16Array(n),
  };
  const customers = new Dictionary();
  const users = new Dictionary();
  const actions = new Dictionary();
  const statuses = new Dictionary();
  const days = new Dictionary();
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const c = customers.add(`${r.customerId}\u0000${r.customerName}`);
    if (c === f.customerIds.length) {
      f.customerIds.push(r.customerId);
      f.customerNames.push(r.customerName);
      f.customerFolded.push(fold(r.customerName));
    }
    f.customer[i] = c;
    const u = users.add(r.userPrincipalName);
    if (u === f.users.length) {
      f.users.push(r.userPrincipalName);
      f.usersFolded.push(fold(r.userPrincipalName));
    }
    f.user[i] = u;
    const a = actions.add(`${r.operationType}\u0000${r.resourceType}\u0000${r.actionText}`);
    if (a === f.operationTypes.length) {
      f.operationTypes.push(r.operationType);
      f.resourceTypes.push(r.resourceType);
      f.actionTexts.push(r.actionText);
    }
    f.action[i] = a;
    const s = statuses.add(r.operationStatus);
    if (s === f.statuses.length) f.statuses.push(r.operationStatus);
    f.status[i] = s;
    const day = r.operationDate.slice(0, 10);
    const d = days.add(day);
    if (d === f.days.length) f.days.push(day);
    f.day[i] = d;
  }
  return f;
}

/** Whether a day-level test of the period is exact: both ends at midnight UTC (every period the app asks for). */
function dayBounds(from: string, to: string): { fromDay: string; toDay: string; exact: boolean } {
  const aligned = (t: string) => t === '' || t === '\uffff' || t.endsWith('T00:00:00.000Z');
  const exact = aligned(from) && aligned(to);
  // Inexact: the days the ends fall on are kept whole (a "maybe" the record test settles).
  const toDay = to === '\uffff' ? '\uffff' : exact ? to.slice(0, 10) : `${to.slice(0, 10)}\uffff`;
  return { fromDay: from.slice(0, 10), toDay, exact };
}

export interface FacetMatch {
  /** Records of the block passing every facet filter. */
  count: number;
  /** 1 for each such record (block order). */
  mask: Uint8Array;
  /** The facets answered every filter of the query: `mask` is the answer, no record need be read. */
  exact: boolean;
  /** They answered every filter but free text (which block-text-match.ts tests on the block's rows). */
  exceptText: boolean;
  /** The facets themselves, kept only when exceptText (the view summary counts from them). */
  facets?: BlockFacets;
}

/** Which records of a block pass the period, customer, user, action, resource type and status filters. */
export function facetMatch(f: BlockFacets, h: BlockHints, answersAll: boolean): FacetMatch {
  const { fromDay, toDay, exact: daysExact } = dayBounds(h.from, h.to);
  const pass = (values: readonly string[], test: (v: string, i: number) => boolean) => Uint8Array.from(values, (v, i) => (test(v, i) ? 1 : 0));
  const dayOk = pass(f.days, (d) => d >= fromDay && d < toDay);
  const customerOk = pass(f.customerIds, (id, i) => {
    const lower = id.toLowerCase();
    if (h.customerId !== undefined && lower !== h.customerId) return false;
    if (h.customer && !f.customerFolded[i]!.includes(h.customer.folded) && lower !== h.customer.asId) return false;
    return true;
  });
  const userOk = pass(f.users, (_u, i) => h.userFolded === undefined || f.usersFolded[i]!.includes(h.userFolded));
  const actionOk = pass(f.operationTypes, (op, i) => (!h.operationTypes || h.operationTypes.has(op)) && (!h.resourceTypes || h.resourceTypes.has(f.resourceTypes[i]!)));
  const statusOk = pass(f.statuses, (s) => !h.statuses || h.statuses.has(s));
  const n = f.customer.length;
  const mask = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (dayOk[f.day[i]!] && customerOk[f.customer[i]!] && userOk[f.user[i]!] && actionOk[f.action[i]!] && statusOk[f.status[i]!]) {
      mask[i] = 1;
      count++;
    }
  }
  const exceptText = answersAll && daysExact;
  return { count, mask, exact: exceptText && !h.hasText, exceptText, facets: exceptText ? f : undefined };
}

/** True when the query filters on something only the facets (not the summary row) can rule out. */
export function needsFacets(h: BlockHints): boolean {
  return h.customerId !== undefined || h.customer !== undefined || h.userFolded !== undefined || (h.operationTypes !== undefined && h.resourceTypes !== undefined);
}
