// Reads the archive for the list, newest first, in windows of rows, so a million records never sit in memory at
// once. The block plan gives the blocks that may match, newest first; blocks whose periods overlap form a group
// that is read and sorted together (that is all an exact order needs). The first page reads groups from the top
// until it is full; with the per-block counts of a count pass (withCounts) the total is exact and any offset is
// one group read away. The last few groups read are kept for scrolling back and forth.
import { newestFirst } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { planBlocks, recordTest, type PlannedBlock } from './block-plan';
import { readBlockRecords } from './block-reader';
import type { StoreQuery } from './store-query';

export type { StoreQuery } from './store-query';

/** Rows found before the window is handed to the list (the list reads pages of 200). */
export const FIRST_ROWS = 200;
/** Groups kept in memory (each at least a block, ~1,000 records). */
const CACHED_GROUPS = 6;
/** Most blocks one read of a sparse filter takes ahead: a text search reads whole blocks, and the page holds them
 * until they are filtered (bench app-heap-1m on an idle machine peaked at 502 MB with none ahead, 1,070 MB at 8,
 * 599 MB at 32: not shown to follow this, but watch it). */
const MOST_BLOCKS_AHEAD = 8;

export interface RecordWindow {
  /** Matching rows: exact when `exact`, else those found so far (at least the first page, when there are that many). */
  total: number;
  exact: boolean;
  /** At most this many can match (the records of the blocks the plan kept): a progress bar's end before the count. */
  atMost: number;
  /** Newest first. */
  rows(offset: number, limit: number): Promise<ActivityRecord[]>;
  /** This window with the matches per block id that a count pass found: exact total, direct jumps. */
  withCounts(counts: ReadonlyMap<number, number>): RecordWindow;
}

/** Blocks newest-first cut into groups whose date ranges do not overlap the next group's. */
function groupsOf(blocks: readonly PlannedBlock[]): PlannedBlock[][] {
  const groups: PlannedBlock[][] = [];
  let current: PlannedBlock[] = [];
  let low = '';
  for (const planned of blocks) {
    const b = planned.summary;
    // Sorted by maxDate descending: b belongs with the group while it reaches into the group's oldest date.
    if (current.length > 0 && b.maxDate < low) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0 || b.minDate < low) low = b.minDate;
    current.push(planned);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

class GroupReader {
  private readonly cache = new Map<number, ActivityRecord[]>();
  readonly counts: (number | undefined)[];

  constructor(
    private readonly db: ActivityDb,
    private readonly test: (r: ActivityRecord) => boolean,
    readonly groups: PlannedBlock[][],
  ) {
    this.counts = groups.map(() => undefined);
  }

  /** Blocks read ahead with the next group: doubles while groups come back with few matches (see read). */
  private aheadBlocks = 1;

  async read(g: number): Promise<ActivityRecord[]> {
    const hit = this.cache.get(g);
    if (hit) {
      this.cache.delete(g);
      this.cache.set(g, hit);
      return hit;
    }
    // A sparse filter (a rare customer, failed orders of one customer with a word) finds a few records per
    // group: reading the next groups in the same request saves a round trip per group (a thousand at 1M).
    const batch = [g];
    let blocks = this.groups[g]!.length;
    for (let i = g + 1; i < this.groups.length && blocks + this.groups[i]!.length <= this.aheadBlocks; i++) {
      if (this.cache.has(i)) break;
      batch.push(i);
      blocks += this.groups[i]!.length;
    }
    const lists = await readBlockRecords(this.db, batch.flatMap((i) => this.groups[i]!));
    let at = 0;
    let found = 0;
    for (const i of batch) {
      const out: ActivityRecord[] = [];
      for (let b = 0; b < this.groups[i]!.length; b++) for (const r of lists[at++]!) if (this.test(r)) out.push(r);
      out.sort(newestFirst);
      this.counts[i] = out.length;
      this.cache.set(i, out);
      found += out.length;
    }
    this.aheadBlocks = found < FIRST_ROWS ? Math.min(this.aheadBlocks * 2, MOST_BLOCKS_AHEAD) : 1;
    // Groups read ahead stay until used; the oldest used ones go first.
    while (this.cache.size > CACHED_GROUPS + batch.length) this.cache.delete(this.cache.keys().next().value!);
    return this.cache.get(g)!;
  }

  /** Rows [offset, offset+limit) newest first, reading groups only as far as needed. */
  async rows(offset: number, limit: number): Promise<ActivityRecord[]> {
    const out: ActivityRecord[] = [];
    let start = 0;
    for (let g = 0; g < this.groups.length && out.length < limit; g++) {
      let count = this.counts[g];
      if (count === 0) continue;
      if (count !== undefined && start + count <= offset) {
        start += count;
        continue;
      }
      const group = await this.read(g);
      count = group.length;
      const from = Math.max(0, offset - start);
      if (from < count) out.push(...group.slice(from, from + (limit - out.length)));
      start += count;
    }
    return out;
  }

  known(): { found: number; exact: boolean } {
    let found = 0;
    let exact = true;
    for (const c of this.counts) {
      if (c === undefined) exact = false;
      else found += c;
    }
    return { found, exact };
  }
}

function windowOf(reader: GroupReader): RecordWindow {
  const { found, exact } = reader.known();
  return {
    total: found,
    exact,
    atMost: exact ? found : reader.groups.reduce((s, g) => s + g.reduce((t, b) => t + (b.match?.count ?? b.summary.count), 0), 0),
    rows: (offset, limit) => reader.rows(offset, limit),
    withCounts(counts) {
      reader.groups.forEach((group, g) => {
        reader.counts[g] = group.reduce((s, b) => s + (counts.get(b.summary.id) ?? 0), 0);
      });
      return windowOf(reader);
    },
  };
}

export async function openRecordWindow(db: ActivityDb, q: StoreQuery): Promise<RecordWindow> {
  const plan = await planBlocks(db, q);
  // The window keeps each block's mask (a bit per record), not its facets.
  for (const b of plan.blocks) if (b.match) b.match.facets = undefined;
  const reader = new GroupReader(db, recordTest(q), groupsOf(plan.blocks));
  // The first page: groups from the newest until it is full (or the archive ends).
  await reader.rows(0, FIRST_ROWS);
  return windowOf(reader);
}
