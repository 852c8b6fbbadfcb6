// Reads the archive for the list, newest first, in windows of rows, so a million records never sit in memory at
// once. The block plan gives the blocks that may match, newest first; blocks whose periods overlap form a group
// that is read and sorted together (that is all an exact order needs). The first page reads groups from the top
// until it is full; with the per-block counts of a count pass (withCounts) the total is exact and any offset is
// one group read away. The last few groups read are kept for scrolling back and forth.
import { newestFirst } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { overlapGroups, planSummaries, recordTest, refineBlocks, type PlannedBlock } from './block-plan';
import { partsToRead, readBlockParts } from './block-reader';
import type { BlockHints } from './block-summary';
import { applyTextWords, textWordsOf, type TextWord } from './block-text-match';
import { BLOCK_RECORDS, blockLength, recordAt, type RecordBlock } from './record-block';
import type { StoreQuery } from './store-query';

export type { StoreQuery } from './store-query';

/**
 * The list's page: rows found before the window is handed to the list, and what the list reads at a time. Two
 * screens of rows on the tallest display; a sparse filter (failed orders of one customer with a word: 450 matches
 * in a million) reads the archive until it has them, so a smaller page is a shorter wait for the first screen
 * (measured at 1M: 200 rows took ~0.1x a full scan there).
 */
export const LIST_PAGE_ROWS = 100;
/** Rows of matches kept in memory for scrolling back and forth (the groups read last; the one in use always). */
const CACHED_ROWS = 12_000;
/**
 * Most stored rows one read takes (records of the parts read, matching or not): a sparse filter reads ahead while
 * reads come back with few matches, doubling from a block's worth up to this. The part rows are garbage as soon as
 * their matches are taken, so this bounds what one read holds at once (~1.5 kB a record as stored).
 */
const MOST_ROWS_PER_READ = 16_000;
/** Blocks whose text grams are read before the reader judges whether they are worth reading. */
const GRAM_TRIAL_BLOCKS = 12;
/** Blocks whose text-gram and facet rows one refinement reads at most (a few tens of kB each). */
const MOST_BLOCKS_REFINED = 256;

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

/** A block of the window: its summary, and once refined (refineBlocks) whether it can match and its facet mask. */
interface WindowBlock extends PlannedBlock {
  refined: boolean;
  dropped: boolean;
}

/** Stored rows a read of the block takes: the records of the parts holding one its mask keeps. */
function rowsToRead(b: WindowBlock): number {
  if (b.dropped) return 0;
  const starts = b.summary.partStarts;
  let rows = 0;
  for (const p of partsToRead(b)) rows += starts[p + 1]! - starts[p]!;
  return rows;
}

class GroupReader {
  private readonly cache = new Map<number, ActivityRecord[]>();
  private cachedRows = 0;
  readonly counts: (number | undefined)[];
  private readonly words: TextWord[] | undefined;

  constructor(
    private readonly db: ActivityDb,
    private readonly q: StoreQuery,
    private readonly hints: BlockHints,
    private readonly test: (r: ActivityRecord) => boolean,
    readonly groups: WindowBlock[][],
    private readonly cacheLimit: number,
  ) {
    this.counts = groups.map(() => undefined);
    this.flat = groups.flat();
    this.groupStart = [];
    let at = 0;
    for (const group of groups) {
      this.groupStart.push(at);
      at += group.length;
    }
    this.words = q.filter ? textWordsOf(q.filter.text) : undefined;
  }

  /** Stored rows the next read may take: doubles while reads come back with few matches (see read). */
  private readRows = BLOCK_RECORDS;
  /** Blocks the next refinement reads the rows of: doubles as refinements are needed. */
  private refineBlocks = 4;
  /** Blocks whose text grams were read, and how many of them the grams dropped. */
  private gramsTried = 0;
  private gramsDropped = 0;

  /** Every block in reading order (the groups one after another), and where each group starts in it. */
  private readonly flat: WindowBlock[];
  private readonly groupStart: number[];
  /** Where the next refinement read ahead starts in `flat`. */
  private refineNext = 0;
  private readonly refining = new Map<WindowBlock, Promise<void>>();

  /**
   * Asks for the refinement (text grams, then facets) of up to a chunk of the blocks from flat[from] on that
   * are neither refined nor asked for.
   */
  private startRefinement(from: number): void {
    const blocks: WindowBlock[] = [];
    let at = from;
    for (; at < this.flat.length && blocks.length < this.refineBlocks; at++) {
      const b = this.flat[at]!;
      if (!b.refined && !this.refining.has(b)) blocks.push(b);
    }
    this.refineNext = at;
    if (blocks.length === 0) return;
    this.refineBlocks = Math.min(this.refineBlocks * 2, MOST_BLOCKS_REFINED);
    // A word in most blocks (a customer's name, "order") has its grams let nearly every block through: once they
    // dropped under one in eight of the blocks tried, they are read no more (40 kB a block, for nothing).
    const useGrams = this.gramsTried < GRAM_TRIAL_BLOCKS || this.gramsDropped * 8 >= this.gramsTried;
    const hints = useGrams ? this.hints : { ...this.hints, words: undefined };
    const done = refineBlocks(this.db, hints, blocks.map((b) => b.summary), this.q.filter !== undefined).then((refined) => {
      if (hints.words) {
        this.gramsTried += blocks.length;
        for (const r of refined) if (r.byText) this.gramsDropped++;
      }
      blocks.forEach((b, i) => {
        b.refined = true;
        b.dropped = refined[i]!.dropped;
        b.match = b.dropped ? undefined : refined[i]!.match;
        // The facets serve only the text test of a read; without free text the mask is all a read needs.
        if (b.match && !this.words) b.match.facets = undefined;
        this.refining.delete(b);
      });
    });
    // A chunk read ahead for a window no longer wanted (or a closed database) fails unseen; one waited for throws.
    done.catch(() => undefined);
    for (const b of blocks) this.refining.set(b, done);
  }

  /**
   * Refines the blocks of group g if not yet done, and asks for the next chunk's meanwhile: a sparse filter's
   * reads then never wait for a refinement's two round trips (a thousand blocks at 1M come in chunks of 256).
   * A jump (counts known) refines from the group it lands on, not every block before it.
   */
  private async refineFrom(g: number): Promise<void> {
    const group = this.groups[g]!;
    if (group.every((b) => b.refined)) return;
    if (group.some((b) => !b.refined && !this.refining.has(b))) this.startRefinement(this.groupStart[g]!);
    const waits = new Set(group.map((b) => this.refining.get(b)).filter((p) => p !== undefined));
    if (this.refineNext < this.flat.length) this.startRefinement(this.refineNext);
    await Promise.all(waits);
  }

  async read(g: number): Promise<ActivityRecord[]> {
    const hit = this.cache.get(g);
    if (hit) {
      this.cache.delete(g);
      this.cache.set(g, hit);
      return hit;
    }
    // A sparse filter (a rare customer, failed orders of one customer with a word) finds a few records per
    // group: reading the next groups in the same request saves a round trip per group (a thousand at 1M).
    const batch: number[] = [];
    let rows = 0;
    for (let i = g; i < this.groups.length; i++) {
      if (i > g && this.cache.has(i)) break;
      await this.refineFrom(i);
      const r = this.groups[i]!.reduce((s, b) => s + rowsToRead(b), 0);
      if (i > g && rows + r > this.readRows) break;
      batch.push(i);
      rows += r;
    }
    const blocks = batch.flatMap((i) => this.groups[i]!).filter((b) => !b.dropped);
    const parts = blocks.length > 0 ? await readBlockParts(this.db, blocks) : [];
    const matches = new Map<WindowBlock, ActivityRecord[]>();
    blocks.forEach((b, j) => {
      matches.set(b, this.matchesOf(b, parts[j]!));
      // Read: its facets are no longer needed (the mask stays, for a read again once it left the cache).
      if (b.match) b.match.facets = undefined;
    });
    let found = 0;
    for (const i of batch) {
      const out: ActivityRecord[] = [];
      for (const b of this.groups[i]!) for (const r of matches.get(b) ?? []) out.push(r);
      out.sort(newestFirst);
      this.counts[i] = out.length;
      this.cache.set(i, out);
      this.cachedRows += out.length;
      found += out.length;
    }
    this.readRows = found < LIST_PAGE_ROWS ? Math.min(this.readRows * 2, MOST_ROWS_PER_READ) : BLOCK_RECORDS;
    // Groups read ahead stay until used; the oldest used ones go first, down to the rows the cache may hold.
    const keep = new Set(batch);
    for (const [i, list] of this.cache) {
      if (this.cachedRows <= this.cacheLimit) break;
      if (keep.has(i)) continue;
      this.cache.delete(i);
      this.cachedRows -= list.length;
    }
    return this.cache.get(g)!;
  }

  /** The block's matching records, as objects: with free text and facets, words are tested on the rows first. */
  private matchesOf(b: WindowBlock, parts: readonly RecordBlock[]): ActivityRecord[] {
    let mask = b.match?.mask;
    const facets = b.match?.facets;
    if (this.words && facets) {
      const tested = mask ? mask.slice() : new Uint8Array(b.summary.count).fill(1);
      applyTextWords(tested, facets, b.summary.partStarts, parts, this.words);
      mask = tested;
      // Kept: a read again (the group left the cache) then makes objects of the matches only.
      b.match!.mask = tested;
    }
    const out: ActivityRecord[] = [];
    for (const row of parts) {
      const start = b.summary.partStarts[row.part]!;
      const c = row.columns;
      for (let k = 0, n = blockLength(c); k < n; k++) {
        if (mask && mask[start + k] !== 1) continue;
        const r = recordAt(c, k);
        if (this.test(r)) out.push(r);
      }
    }
    return out;
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
    atMost: exact ? found : reader.groups.reduce((s, g) => s + g.reduce((t, b) => t + (b.dropped ? 0 : (b.match?.count ?? b.summary.count)), 0), 0),
    rows: (offset, limit) => reader.rows(offset, limit),
    withCounts(counts) {
      reader.groups.forEach((group, g) => {
        reader.counts[g] = group.reduce((s, b) => s + (counts.get(b.summary.id) ?? 0), 0);
      });
      return windowOf(reader);
    },
  };
}

export interface WindowOptions {
  /** Rows of matches the window keeps (tests set it low to read groups again). */
  cachedRows?: number;
}

export async function openRecordWindow(db: ActivityDb, q: StoreQuery, options: WindowOptions = {}): Promise<RecordWindow> {
  // The summaries only: the facet and text rows of a block are read when the reader gets to it (refineFrom).
  const plan = await planSummaries(db, q);
  const blocks: WindowBlock[] = plan.blocks.map((b) => ({ ...b, refined: false, dropped: false }));
  const reader = new GroupReader(db, q, plan.hints, recordTest(q), overlapGroups(blocks as WindowBlock[]), options.cachedRows ?? CACHED_ROWS);
  // The first page: groups from the newest until it is full (or the archive ends).
  await reader.rows(0, LIST_PAGE_ROWS);
  return windowOf(reader);
}
