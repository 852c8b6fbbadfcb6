// Every record matching a query, handed over in chunks: what the insight views aggregate in one pass. Each chunk is
// read in its own short transaction, so the callback may take its time (or await) without holding the database.
// The contract (this signature, every matching record once, any order) is what the views rely on; how the archive
// is laid out stays this file's business.
import type { ActivityRecord } from '../../core/activity-record';
import type { ActivityDb, StoredRecord } from './activity-db';
import type { StoreQuery } from './record-window';

/** Records per chunk: a transaction's worth that keeps progress lively and memory flat. */
const SCAN_CHUNK = 2_000;

function abortError(): Error {
  const error = new Error('The scan was cancelled.');
  error.name = 'AbortError';
  return error;
}

/** Reads pages along the period (or customer + period) index, each starting just after the last record read. */
export async function scanRecords(
  db: ActivityDb,
  q: StoreQuery,
  onChunk: (records: readonly ActivityRecord[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let lastDate = q.from;
  let lastKey: string | undefined;
  for (;;) {
    if (signal?.aborted) throw abortError();
    const afterDate = lastDate;
    const afterKey = lastKey;
    const range = q.customerId
      ? db.records.where('[customerId+operationDate]').between([q.customerId, afterDate], [q.customerId, q.to], true, false)
      : db.records.where('operationDate').between(afterDate, q.to, true, false);
    // Index order is (date, key): records of the last page's date come back first and are skipped by key.
    const page: StoredRecord[] = await (afterKey === undefined ? range : range.filter((r) => r.operationDate > afterDate || r.key > afterKey))
      .limit(SCAN_CHUNK)
      .toArray();
    if (page.length === 0) return;
    const last = page[page.length - 1]!;
    lastDate = last.operationDate;
    lastKey = last.key;
    const matching = q.matches ? page.filter((r) => q.matches!(r)) : page;
    if (matching.length > 0) await onChunk(matching);
    if (page.length < SCAN_CHUNK) return;
  }
}
