// Reads the archive for the list: an index range (period, or customer + period) narrows the records first,
// the core query's predicate does the rest, and the list asks for windows of rows by offset so a million
// records never sit in memory at once.
import type { ActivityRecord } from '../../core/activity-record';
import type { ActivityDb, StoredRecord } from './activity-db';
import type { Collection } from 'dexie';

/** What the store needs from a query: the indexed part and, for everything else, a predicate. */
export interface StoreQuery {
  /** UTC ISO instants, from inclusive, to exclusive. */
  from: string;
  to: string;
  /** Exact customer id: uses the [customerId+operationDate] index. */
  customerId?: string;
  /** Everything the indexes cannot answer (text search, action, user, status…); absent = all match. */
  matches?: (record: ActivityRecord) => boolean;
}

export interface RecordWindow {
  total: number;
  /** Newest first. */
  rows(offset: number, limit: number): Promise<StoredRecord[]>;
}

function rangeOf(db: ActivityDb, q: StoreQuery): Collection<StoredRecord, string> {
  if (q.customerId) {
    return db.records.where('[customerId+operationDate]').between([q.customerId, q.from], [q.customerId, q.to], true, false);
  }
  return db.records.where('operationDate').between(q.from, q.to, true, false);
}

/** The rows that come after `last` newest first: IndexedDB's reverse order is date, then key, descending. */
function rangeAfter(db: ActivityDb, q: StoreQuery, last: StoredRecord): Collection<StoredRecord, string> {
  const upTo = last.operationDate;
  const range = q.customerId
    ? db.records.where('[customerId+operationDate]').between([q.customerId, q.from], [q.customerId, upTo], true, true)
    : db.records.where('operationDate').between(q.from, upTo, true, true);
  return range.reverse().filter((r) => r.operationDate < upTo || r.key < last.key);
}

export async function openRecordWindow(db: ActivityDb, q: StoreQuery): Promise<RecordWindow> {
  const matches = q.matches;
  if (!matches) {
    const total = await rangeOf(db, q).count();
    // Reading on from where the last window ended (an export, a scroll down) continues after its last row
    // instead of skipping `offset` rows again, so reading a million rows window by window stays linear.
    let end = -1;
    let last: StoredRecord | undefined;
    return {
      total,
      rows: async (offset, limit) => {
        const rows =
          offset > 0 && offset === end && last
            ? await rangeAfter(db, q, last).limit(limit).toArray()
            : await rangeOf(db, q).reverse().offset(offset).limit(limit).toArray();
        end = offset + rows.length;
        last = rows.at(-1);
        return rows;
      },
    };
  }
  // One pass over the narrowed range keeps only the matching keys (strings), newest first.
  const keys = (await rangeOf(db, q).reverse().filter(matches).primaryKeys()) as string[];
  return {
    total: keys.length,
    rows: async (offset, limit) => (await db.records.bulkGet(keys.slice(offset, offset + limit))).filter((r): r is StoredRecord => !!r),
  };
}

export interface ActivityStats {
  /** yyyy-MM-dd (UTC) → count, in date order. */
  perDay: [string, number][];
  topCustomers: { name: string; customerId: string; count: number }[];
  topActions: { operationType: string; resourceType: string; actionText: string; count: number }[];
}

/** Per-day counts and the top customers and actions of the current query, in one pass. */
export async function queryStats(db: ActivityDb, q: StoreQuery, top = 5): Promise<ActivityStats> {
  const days = new Map<string, number>();
  const customers = new Map<string, { name: string; customerId: string; count: number }>();
  const actions = new Map<string, { operationType: string; resourceType: string; actionText: string; count: number }>();
  await rangeOf(db, q).each((r) => {
    if (q.matches && !q.matches(r)) return;
    const day = r.operationDate.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
    const ck = r.customerId || r.customerName;
    const c = customers.get(ck) ?? { name: r.customerName, customerId: r.customerId, count: 0 };
    c.count += 1;
    customers.set(ck, c);
    const ak = `${r.operationType}|${r.resourceType}|${r.actionText}`;
    const a = actions.get(ak) ?? { operationType: r.operationType, resourceType: r.resourceType, actionText: r.actionText, count: 0 };
    a.count += 1;
    actions.set(ak, a);
  });
  const byCount = <T extends { count: number }>(m: Map<string, T>) => [...m.values()].sort((a, b) => b.count - a.count).slice(0, top);
  return {
    perDay: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    topCustomers: byCount(customers),
    topActions: byCount(actions),
  };
}
