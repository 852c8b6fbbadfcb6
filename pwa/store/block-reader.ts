// Reads records out of blocks: only the parts (rows) that hold a record the plan's facet mask keeps, and only
// those records become objects. A customer's first page thus reads a sixteenth of each block it touches.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import type { BlockSummary } from './block-summary';
import { BLOCK_PARTS, blockLength, recordAt, type RecordBlock } from './record-block';

export interface BlockToRead {
  summary: BlockSummary;
  /** 1 for each record (block order) that may match; absent: all may. */
  match?: { mask: Uint8Array };
}

/** The parts of a block that hold a record the mask keeps. */
export function partsToRead(b: BlockToRead): number[] {
  const starts = b.summary.partStarts;
  const mask = b.match?.mask;
  const parts: number[] = [];
  for (let p = 0; p < BLOCK_PARTS; p++) {
    const start = starts[p]!;
    const end = starts[p + 1]!;
    if (end === start) continue;
    if (!mask) {
      parts.push(p);
      continue;
    }
    for (let i = start; i < end; i++) {
      if (mask[i] === 1) {
        parts.push(p);
        break;
      }
    }
  }
  return parts;
}

/** Each block's records that its mask keeps (all without one), in block order; a block deleted meanwhile gives []. */
export async function readBlockRecords(db: ActivityDb, blocks: readonly BlockToRead[]): Promise<ActivityRecord[][]> {
  const parts = await readBlockParts(db, blocks);
  return blocks.map((b, i) => {
    const mask = b.match?.mask;
    const list: ActivityRecord[] = [];
    for (const row of parts[i]!) {
      const start = b.summary.partStarts[row.part]!;
      const c = row.columns;
      for (let k = 0, n = blockLength(c); k < n; k++) if (!mask || mask[start + k] === 1) list.push(recordAt(c, k));
    }
    return list;
  });
}

/** Each block's part rows that hold a record its mask keeps, as stored (no record objects made). */
export async function readBlockParts(db: ActivityDb, blocks: readonly BlockToRead[]): Promise<RecordBlock[][]> {
  const keys: [number, number][] = [];
  const owner: number[] = [];
  blocks.forEach((b, i) => {
    for (const p of partsToRead(b)) {
      keys.push([b.summary.id, p]);
      owner.push(i);
    }
  });
  const rows = await db.blockRecords.bulkGet(keys);
  const out: RecordBlock[][] = blocks.map(() => []);
  rows.forEach((row, j) => {
    if (row) out[owner[j]!]!.push(row);
  });
  return out;
}

/** Keys of every part row of the given blocks (what an undo deletes). */
export function partKeysOf(ids: readonly number[]): [number, number][] {
  const keys: [number, number][] = [];
  for (const id of ids) for (let p = 0; p < BLOCK_PARTS; p++) keys.push([id, p]);
  return keys;
}
