// Turns the fresh records of one import chunk into archive rows: sorted by date and cut into blocks, so a
// period query reads few blocks, each with its summary, facets, text grams and dedupe keys (five rows, one id).
import type { ActivityRecord } from '../../core/activity-record';
import { BLOCK_RECORDS, columnsOf, type RecordBlock } from './record-block';
import { summarizeBlock, type BlockSummary, type BlockText } from './block-summary';
import { buildFacets, type BlockFacets } from './block-facets';
import { foldText } from '../../core/fold-text';

/** The row of the blockKeys table: what dedupe loads, without the records. */
export interface BlockKeys {
  id: number;
  keys: string[];
}

export interface BuiltBlock {
  summary: BlockSummary;
  records: RecordBlock;
  text: BlockText;
  facets: BlockFacets;
  keys: BlockKeys;
}

function byDate(a: ActivityRecord, b: ActivityRecord): number {
  return a.operationDate < b.operationDate ? -1 : a.operationDate > b.operationDate ? 1 : 0;
}

/** Blocks for `records` (any order), numbered from `firstId`. */
export function buildBlocks(records: readonly ActivityRecord[], batchId: number, firstId: number): BuiltBlock[] {
  const sorted = [...records].sort(byDate);
  const out: BuiltBlock[] = [];
  for (let start = 0, id = firstId; start < sorted.length; start += BLOCK_RECORDS, id++) {
    const part = sorted.slice(start, start + BLOCK_RECORDS);
    const { summary, text } = summarizeBlock(part, id, batchId);
    const columns = columnsOf(part);
    out.push({ summary, text, facets: buildFacets(part, id, foldText), records: { id, columns }, keys: { id, keys: columns.key } });
  }
  return out;
}

/** Gives built blocks new ids (a concurrent import took the ones they were built with). */
export function renumber(blocks: BuiltBlock[], firstId: number): void {
  blocks.forEach((b, i) => {
    const id = firstId + i;
    b.summary.id = id;
    b.text.id = id;
    b.records.id = id;
    b.keys.id = id;
    b.facets.id = id;
  });
}
