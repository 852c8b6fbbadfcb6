// Every record matching a query, in chunks, in no particular order, as fast as reading the archive can be: the
// block plan skips blocks that cannot match and the next blocks are requested while a chunk is being handled.
// Counts, charts and insight views are built on it (in workers).
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { planBlocks, recordTest, type PlannedBlock } from './block-plan';
import { readBlockRecords } from './block-reader';
import type { StoreQuery } from './store-query';

/** Blocks per read: ~4 MB of records, enough to keep IndexedDB busy while the last read is filtered. */
const BLOCKS_PER_READ = 4;

function abortError(): DOMException {
  return new DOMException('The scan was cancelled.', 'AbortError');
}

/** Reads the given blocks (in id order: the store's own order) and hands each one's matching records on. */
export async function readBlocks(
  db: ActivityDb,
  planned: readonly PlannedBlock[],
  test: (r: ActivityRecord) => boolean,
  onBlock: (block: PlannedBlock, matching: ActivityRecord[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const blocks = [...planned].sort((a, b) => a.summary.id - b.summary.id);
  const read = (i: number) => readBlockRecords(db, blocks.slice(i, i + BLOCKS_PER_READ));
  let next = blocks.length > 0 ? read(0) : undefined;
  try {
    for (let i = 0; i < blocks.length; i += BLOCKS_PER_READ) {
      if (signal?.aborted) throw abortError();
      const lists = await next!;
      next = i + BLOCKS_PER_READ < blocks.length ? read(i + BLOCKS_PER_READ) : undefined;
      for (let j = 0; j < lists.length; j++) {
        // Checked per block too: a cancel during a chunk's handling hands over nothing more.
        if (signal?.aborted) throw abortError();
        const matching: ActivityRecord[] = [];
        for (const r of lists[j]!) if (test(r)) matching.push(r);
        await onBlock(blocks[i + j]!, matching);
      }
    }
  } finally {
    // A read left in flight by an abort must not reject unobserved.
    await next?.catch(() => undefined);
  }
}

/** Like scanRecords, block by block, with what the plan knew of each block. */
export async function scanBlocks(
  db: ActivityDb,
  q: StoreQuery,
  onBlock: (block: PlannedBlock, matching: ActivityRecord[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const plan = await planBlocks(db, q);
  await readBlocks(db, plan.blocks, recordTest(q), onBlock, signal);
}

/** Every record matching q, in chunks, any order; skips blocks by summary. */
export async function scanRecords(
  db: ActivityDb,
  q: StoreQuery,
  onChunk: (records: readonly ActivityRecord[]) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  await scanBlocks(
    db,
    q,
    async (_block, matching) => {
      if (matching.length > 0) await onChunk(matching);
    },
    signal,
  );
}
