// The export's read of the archive: every record of a view, newest first, in large batches, for core's export
// pipeline (core/leaving/export-files.ts) in the export worker. The list's record window (record-window.ts) reads a
// page at a time and keeps groups for scrolling back; an export reads everything once, front to back, so here:
// whole blocks with one getAll per run of consecutive blocks, the next reads in flight while the CSV of this batch
// is written, no cache, and no per-record test for a block the period holds whole when the view filters on the
// period alone.
import { newestFirst, type ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { overlapGroups, planBlocks, recordTest, type PlannedBlock } from './block-plan';
import { readBlockParts } from './block-reader';
import { BLOCK_PARTS, blockLength, recordAt, type RecordBlock } from './record-block';
import type { StoreQuery } from './store-query';

/** Blocks per read (~1,000 records each): one request of many rows instead of a round trip per block. */
export const EXPORT_BLOCKS_PER_READ = 2;
/** Reads in flight while a batch is written: IndexedDB works while the CSV is built (memory: a few batches). */
export const EXPORT_READS_AHEAD = 3;

export interface ExportRecords {
  /** At most this many records (those of the blocks the plan kept): the progress bar's end. */
  atMost: number;
  /** The view's records newest first, a read (one or more whole groups of blocks) at a time. */
  batches(): AsyncGenerator<ActivityRecord[]>;
}

function nonEmpty(list: readonly string[] | undefined): boolean {
  return list !== undefined && list.length > 0;
}

/**
 * A test that says, per block, whether every record of it passes the query (then none is tested): only when the
 * query filters on the period alone and the block's dates lie inside it as both the store's instants and core's
 * day comparison (compileQuery) read them. Anything else, and a predicate without its query, is tested per record.
 */
export function wholeBlockTest(q: StoreQuery): (block: PlannedBlock) => boolean {
  const f: ActivityQuery | undefined = q.filter;
  if (!f || q.customerId !== undefined) return () => false;
  if (f.customer?.trim() || f.customerId?.trim() || nonEmpty(f.operationTypes) || nonEmpty(f.resourceTypes) || nonEmpty(f.statuses)) return () => false;
  if (f.partnerUser?.trim() || f.text?.trim()) return () => false;
  const fromDay = f.from?.trim() ?? '';
  const toDay = f.to?.trim() ?? '';
  return ({ summary: s, match }) =>
    match === undefined &&
    s.minDate >= q.from &&
    s.maxDate < q.to &&
    (fromDay === '' || s.minDate.slice(0, 10) >= fromDay) &&
    (toDay === '' || (s.minDate !== '' && s.maxDate.slice(0, 10) <= toDay));
}

/**
 * Each block's part rows, as readBlockParts gives them: blocks read whole (no mask) in runs of consecutive ids
 * with one getAll per run (a million records are 16,000 part rows: a request each kept IndexedDB's round trips,
 * not its reads, the export's wait), blocks with a mask part by part.
 */
export async function readWholeOrParts(db: ActivityDb, blocks: readonly PlannedBlock[]): Promise<RecordBlock[][]> {
  const out: RecordBlock[][] = blocks.map(() => []);
  const at = new Map<number, number>();
  const masked: number[] = [];
  blocks.forEach((b, i) => {
    if (b.match) masked.push(i);
    else at.set(b.summary.id, i);
  });
  const ids = [...at.keys()].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last[1] === id - 1) last[1] = id;
    else runs.push([id, id]);
  }
  const [wholeRows, maskedRows] = await Promise.all([
    Promise.all(runs.map(([lo, hi]) => db.blockRecords.where('[id+part]').between([lo, 0], [hi, BLOCK_PARTS], true, false).toArray())),
    readBlockParts(db, masked.map((i) => blocks[i]!)),
  ]);
  for (const rows of wholeRows) for (const row of rows) out[at.get(row.id)!]!.push(row);
  masked.forEach((i, j) => (out[i] = maskedRows[j]!));
  return out;
}

/** The records of the view `q` for an export (see the top of this file). */
export async function openExportRecords(db: ActivityDb, q: StoreQuery, blocksPerRead = EXPORT_BLOCKS_PER_READ, readsAhead = EXPORT_READS_AHEAD): Promise<ExportRecords> {
  const plan = await planBlocks(db, q);
  for (const b of plan.blocks) if (b.match) b.match.facets = undefined;
  const groups = overlapGroups(plan.blocks);
  // Reads of whole groups, each at least blocksPerRead blocks (a group is never cut: its order is sorted whole).
  const reads: PlannedBlock[][][] = [];
  for (let g = 0; g < groups.length; ) {
    const read: PlannedBlock[][] = [];
    let blocks = 0;
    while (g < groups.length && (read.length === 0 || blocks + groups[g]!.length <= blocksPerRead)) {
      blocks += groups[g]!.length;
      read.push(groups[g++]!);
    }
    reads.push(read);
  }
  const test = recordTest(q);
  const whole = wholeBlockTest(q);
  const atMost = plan.blocks.reduce((s, b) => s + (b.match?.count ?? b.summary.count), 0);

  /** One read's records, newest first: each group's passing records, sorted (its parts are date runs already). */
  const readOne = async (read: PlannedBlock[][]): Promise<ActivityRecord[]> => {
    const blocks = read.flat();
    const parts = await readWholeOrParts(db, blocks);
    const out: ActivityRecord[] = [];
    let at = 0;
    for (const group of read) {
      const start = out.length;
      for (const block of group) {
        const rows = parts[at++]!;
        const all = whole(block);
        const mask = block.match?.mask;
        // Each part newest first: the sort below then meets long ordered runs and mostly merges them.
        for (let p = rows.length - 1; p >= 0; p--) {
          const row = rows[p]!;
          const first = block.summary.partStarts[row.part]!;
          const c = row.columns;
          for (let k = blockLength(c) - 1; k >= 0; k--) {
            if (mask && mask[first + k] !== 1) continue;
            const r = recordAt(c, k);
            if (all || test(r)) out.push(r);
          }
        }
      }
      if (out.length - start > 1) {
        const sorted = out.slice(start).sort(newestFirst);
        for (let i = 0; i < sorted.length; i++) out[start + i] = sorted[i]!;
      }
    }
    return out;
  };

  async function* batches(): AsyncGenerator<ActivityRecord[]> {
    const inFlight: Promise<ActivityRecord[]>[] = [];
    let next = 0;
    const fill = () => {
      while (next < reads.length && inFlight.length < readsAhead + 1) inFlight.push(readOne(reads[next++]!));
    };
    try {
      fill();
      while (inFlight.length > 0) {
        const rows = await inFlight.shift()!;
        fill();
        if (rows.length > 0) yield rows;
      }
    } finally {
      // Reads left in flight when the consumer stops (a cancel, a failed write) must not reject unobserved.
      for (const p of inFlight) p.catch(() => undefined);
    }
  }

  return { atMost, batches };
}
