// Turns the fresh records of one import chunk into archive rows: sorted by date and cut into blocks, so a
// period query reads few blocks, each with its summary, facets, text grams and dedupe keys (five rows, one id).
import type { ActivityRecord } from '../../core/record/activity-record';
import { BLOCK_PARTS, BLOCK_RECORDS, columnsOf, partOf, type RecordBlock } from './record-block';
import { summarizeBlock, type BlockSummary, type BlockText } from './block-summary';
import { buildFacets, type BlockFacets } from './block-facets';
import { foldText } from '../../core/asking/fold-text';

/** The row of the blockKeys table: what dedupe loads, without the records. */
export interface BlockKeys {
  id: number;
  keys: string[];
}

export interface BuiltBlock {
  summary: BlockSummary;
  /** The block's parts that hold records (see BLOCK_PARTS). */
  records: RecordBlock[];
  text: BlockText;
  facets: BlockFacets;
  keys: BlockKeys;
}

function byDate(a: ActivityRecord, b: ActivityRecord): number {
  return a.operationDate < b.operationDate ? -1 : a.operationDate > b.operationDate ? 1 : 0;
}

/**
 * Blocks for `records` (any order), numbered from `firstId`. `batch`: the one batch they all came in, or each
 * record's own (same order as `records`), when small blocks of several imports are merged into one.
 */
export function buildBlocks(records: readonly ActivityRecord[], batch: number | readonly number[], firstId: number): BuiltBlock[] {
  const perRecord = typeof batch === 'number' ? undefined : batch;
  const sortedAt = records.map((_, i) => i);
  if (perRecord) sortedAt.sort((a, b) => byDate(records[a]!, records[b]!) || a - b);
  const sorted = perRecord ? sortedAt.map((i) => records[i]!) : [...records].sort(byDate);
  const out: BuiltBlock[] = [];
  for (let start = 0, id = firstId; start < sorted.length; start += BLOCK_RECORDS, id++) {
    const dated = sorted.slice(start, start + BLOCK_RECORDS);
    // In the block, records go part by part (date order within a part): facet codes and masks use this order.
    const parts = dated.map((r) => partOf(r.customerId));
    const order = dated.map((_, i) => i).sort((a, b) => parts[a]! - parts[b]! || a - b);
    const block = order.map((i) => dated[i]!);
    const partStarts = new Array<number>(BLOCK_PARTS + 1).fill(0);
    for (const p of parts) partStarts[p + 1]!++;
    for (let p = 0; p < BLOCK_PARTS; p++) partStarts[p + 1]! += partStarts[p]!;
    const facets = buildFacets(block, id, foldText);
    let batchIds: number[];
    if (perRecord) {
      const batches = order.map((i) => perRecord[sortedAt[start + i]!]!);
      batchIds = [...new Set(batches)].sort((a, b) => a - b);
      if (batchIds.length > 1) {
        facets.batches = batchIds;
        facets.batch = Uint16Array.from(batches, (b) => batchIds.indexOf(b));
      }
    } else batchIds = [batch as number];
    const { summary, text } = summarizeBlock(block, id, batchIds.length === 1 ? batchIds[0]! : 0, partStarts, facets);
    summary.batchIds = batchIds;
    const records: RecordBlock[] = [];
    for (let p = 0; p < BLOCK_PARTS; p++) {
      const from = partStarts[p]!;
      const to = partStarts[p + 1]!;
      if (to > from) records.push({ id, part: p, columns: columnsOf(block.slice(from, to)) });
    }
    out.push({ summary, text, facets, records, keys: { id, keys: block.map((r) => r.key) } });
  }
  return out;
}

/** Gives built blocks new ids (a concurrent import took the ones they were built with). */
export function renumber(blocks: BuiltBlock[], firstId: number): void {
  blocks.forEach((b, i) => {
    const id = firstId + i;
    b.summary.id = id;
    b.text.id = id;
    for (const part of b.records) part.id = id;
    b.keys.id = id;
    b.facets.id = id;
  });
}
