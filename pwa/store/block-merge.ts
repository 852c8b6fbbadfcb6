// Small imports (a sync delivery of a few dozen records, a short file) each make a block of their own, and a plan
// reads every block's summary: after a year of deliveries every few minutes that is a hundred thousand tiny
// blocks. So after each import the small blocks are merged, nearest in time together, into blocks of up to
// BLOCK_RECORDS. A merged block records each record's batch (facets.batches/batch, summary.batchIds), so undoing
// one import still removes exactly its records: its blocks are deleted, and a merged block it shares is written
// again without them (removeBatchRecords).
import type { ActivityRecord } from '../../core/record/activity-record';
import { ARCHIVE_META, BLOCK_TABLES, EMPTY_META, type ActivityDb } from './activity-db';
import { buildBlocks, type BuiltBlock } from './block-builder';
import { partKeysOf } from './block-reader';
import type { BlockSummary } from './block-summary';
import { BLOCK_RECORDS, recordAt } from './record-block';

/** A block with fewer records than this is small: merged with its neighbours in time. */
export const SMALL_BLOCK_RECORDS = BLOCK_RECORDS / 4;
/** Most blocks one merge reads (a short transaction; the next import merges more). */
const MOST_MERGED = 64;

/** The batches a block's records came in. */
export function batchesOf(s: BlockSummary): number[] {
  return s.batchIds ?? [s.batchId];
}

/** Every record of the given blocks with the batch it came in (inside the caller's transaction). */
async function contentsOf(db: ActivityDb, blocks: readonly BlockSummary[]): Promise<{ records: ActivityRecord[]; batches: number[] }> {
  const ids = blocks.map((b) => b.id);
  const [rows, facets] = await Promise.all([db.blockRecords.bulkGet(partKeysOf(ids)), db.blockFacets.bulkGet(ids)]);
  const byId = new Map(blocks.map((b, i) => [b.id, { summary: b, facets: facets[i] }]));
  const records: ActivityRecord[] = [];
  const batches: number[] = [];
  for (const row of rows) {
    if (!row) continue;
    const { summary, facets: f } = byId.get(row.id)!;
    const start = summary.partStarts[row.part]!;
    for (let k = 0; k < row.columns.key.length; k++) {
      records.push(recordAt(row.columns, k));
      batches.push(f?.batches && f.batch ? f.batches[f.batch[start + k]!]! : batchesOf(summary)[0]!);
    }
  }
  return { records, batches };
}

function putBlocks(db: ActivityDb, built: readonly BuiltBlock[]): Promise<unknown> {
  return Promise.all([
    db.blocks.bulkPut(built.map((b) => b.summary)),
    db.blockRecords.bulkPut(built.flatMap((b) => b.records)),
    db.blockKeys.bulkPut(built.map((b) => b.keys)),
    db.blockText.bulkPut(built.map((b) => b.text)),
    db.blockFacets.bulkPut(built.map((b) => b.facets)),
  ]);
}

function deleteBlocks(db: ActivityDb, ids: readonly number[]): Promise<unknown> {
  return Promise.all(BLOCK_TABLES.map((t) => db.table(t).bulkDelete(t === 'blockRecords' ? partKeysOf(ids) : [...ids])));
}

/** Takes block ids from the archive's counter (they only grow, which every import's "blocks since" read needs). */
async function takeIds(db: ActivityDb, n: number): Promise<number> {
  const meta = (await db.meta.get(ARCHIVE_META)) ?? { ...EMPTY_META };
  await db.meta.put({ ...meta, nextBlockId: meta.nextBlockId + n });
  return meta.nextBlockId;
}

/**
 * Merges small blocks, nearest in time together, into blocks of up to BLOCK_RECORDS records; returns how many
 * blocks were merged away. The keys stay the same (a merged block's keys row holds them under a newer id, which
 * every import reads as written since), so no import's key set needs reloading: `removals` is left as it is.
 */
export async function mergeSmallBlocks(db: ActivityDb): Promise<number> {
  return db.transaction('rw', [...BLOCK_TABLES, 'meta'], async () => {
    const small: BlockSummary[] = [];
    await db.blocks.each((b) => {
      if (b.count < SMALL_BLOCK_RECORDS) small.push(b);
    });
    if (small.length < 2) return 0;
    small.sort((a, b) => (a.minDate < b.minDate ? -1 : a.minDate > b.minDate ? 1 : a.id - b.id));
    const groups: BlockSummary[][] = [];
    let group: BlockSummary[] = [];
    let inGroup = 0;
    let taken = 0;
    for (const b of small) {
      if (taken >= MOST_MERGED) break;
      if (inGroup + b.count > BLOCK_RECORDS) {
        if (group.length > 1) groups.push(group);
        group = [];
        inGroup = 0;
      }
      group.push(b);
      inGroup += b.count;
      taken++;
    }
    if (group.length > 1) groups.push(group);
    let merged = 0;
    for (const blocks of groups) {
      const { records, batches } = await contentsOf(db, blocks);
      const firstId = await takeIds(db, Math.ceil(records.length / BLOCK_RECORDS));
      const built = buildBlocks(records, batches, firstId);
      await putBlocks(db, built);
      await deleteBlocks(db, blocks.map((b) => b.id));
      merged += blocks.length - built.length;
    }
    return merged;
  });
}

/**
 * Undo's part for blocks: deletes the blocks holding only `batchId`'s records and writes those it shares with
 * other imports again without them. Inside the caller's transaction; returns the records removed.
 */
export async function removeBatchRecords(db: ActivityDb, batchId: number): Promise<number> {
  const found = new Map<number, BlockSummary>();
  for (const b of await db.blocks.where('batchId').equals(batchId).toArray()) found.set(b.id, b);
  for (const b of await db.blocks.where('batchIds').equals(batchId).toArray()) found.set(b.id, b);
  const whole: BlockSummary[] = [];
  const shared: BlockSummary[] = [];
  for (const b of found.values()) (batchesOf(b).length === 1 ? whole : shared).push(b);
  let removed = whole.reduce((s, b) => s + b.count, 0);
  await deleteBlocks(db, whole.map((b) => b.id));
  if (shared.length > 0) {
    const { records, batches } = await contentsOf(db, shared);
    const kept: ActivityRecord[] = [];
    const keptBatches: number[] = [];
    records.forEach((r, i) => {
      if (batches[i] === batchId) removed++;
      else {
        kept.push(r);
        keptBatches.push(batches[i]!);
      }
    });
    await deleteBlocks(db, shared.map((b) => b.id));
    if (kept.length > 0) await putBlocks(db, buildBlocks(kept, keptBatches, await takeIds(db, Math.ceil(kept.length / BLOCK_RECORDS))));
  }
  return removed;
}
