// Every record matching a query, handed over in chunks: what the insight views aggregate in one pass. Each chunk is
// read in its own short transaction, so the callback may take its time (or await) without holding the database.
// The contract (this signature, every matching record once, any order) is what the views rely on; how the archive
// is laid out stays this file's business.
import type { ActivityRecord } from '../../core/activity-record';
import type { ActivityDb, StoredRecord } from './activity-db';
import type { StoreQuery } from './record-window';

/** Records per chunk: a transaction's worth that keeps progress lively and memory flat. */
const SCAN_CHUNK = 5_000;

function abortError(): Error {
  const error = new Error('The scan was cancelled.');
  error.name = 'AbortError';
  return error;
}

/**
 * Reads pages along the period (or customer + period) index, each starting just after the last record read. A page
 * is two plain range reads (getAll under Dexie): the rest of the last page's date-time, then the dates after it.
 */
export async function scanRecords(
  db: ActivityDb,
  q: StoreQuery,
  onChunk: (records: readonly ActivityRecord[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const range = (from: string, includeFrom: boolean) =>
    q.customerId
      ? db.records.where('[customerId+operationDate]').between([q.customerId, from], [q.customerId, q.to], includeFrom, false)
      : db.records.where('operationDate').between(from, q.to, includeFrom, false);
  const sameDate = (date: string) =>
    q.customerId ? db.records.where('[customerId+operationDate]').equals([q.customerId, date]) : db.records.where('operationDate').equals(date);
  let last: StoredRecord | undefined;
  for (;;) {
    if (signal?.aborted) throw abortError();
    let page: StoredRecord[];
    if (!last) page = await range(q.from, true).limit(SCAN_CHUNK).toArray();
    else {
      const after = last;
      // Index order is (date, key): the records sharing the last one's date-time with a greater key come first.
      const rest = (await sameDate(after.operationDate).toArray()).filter((r) => r.key > after.key);
      const next = await range(after.operationDate, false).limit(Math.max(1, SCAN_CHUNK - rest.length)).toArray();
      page = rest.length === 0 ? next : rest.concat(next);
    }
    if (page.length === 0) return;
    last = page[page.length - 1]!;
    const matching = q.matches ? page.filter((r) => q.matches!(r)) : page;
    if (matching.length > 0) await onChunk(matching);
    if (page.length < SCAN_CHUNK) return;
  }
}
