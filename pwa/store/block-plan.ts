// Which blocks a query must read, and what of each is already known: the summaries (a few hundred bytes a block)
// rule out blocks by period and type; the facets, when the query names a customer, user or action, tell exactly
// which records of a block pass those filters (blocks where none does are dropped); for a text search the blocks'
// n-gram sets rule out more. What is left is read and filtered by the core predicate.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { facetMatch, needsFacets, type BlockFacets, type FacetMatch } from './block-facets';
import { hintsFor, mayMatch, mayMatchText, type BlockHints, type BlockSummary } from './block-summary';
import type { StoreQuery } from './store-query';

/** Rows per read while planning: short tasks, so a plan made on the page never holds it for long. */
const ROWS_PER_READ = 50;

export interface PlannedBlock {
  summary: BlockSummary;
  /** Set when the facets were read: which records pass every filter but free text (exact when match.exact). */
  match?: FacetMatch;
}

export interface BlockPlan {
  hints: BlockHints;
  /** Blocks that may hold a match, newest (by maxDate) first. */
  blocks: PlannedBlock[];
  /** Every block of the archive (what a full scan reads). */
  archiveBlocks: number;
}

async function readPaged<T>(ids: readonly number[], read: (ids: number[]) => Promise<(T | undefined)[]>, each: (row: T) => void): Promise<void> {
  for (let i = 0; i < ids.length; i += ROWS_PER_READ) for (const row of await read(ids.slice(i, i + ROWS_PER_READ))) if (row) each(row);
}

/** The blocks whose summary row may match, newest (by maxDate) first: the plan before any facet or text row. */
export async function planSummaries(db: ActivityDb, q: StoreQuery): Promise<BlockPlan> {
  const hints = hintsFor(q.from, q.to, q.customerId, q.filter);
  const ids = (await db.blocks.toCollection().primaryKeys()) as number[];
  // Every page asked for at once: the answers come back one short task each, with no round trip between them
  // (a page at a time was twenty round trips at 1M).
  const pages: Promise<(BlockSummary | undefined)[]>[] = [];
  for (let i = 0; i < ids.length; i += ROWS_PER_READ) pages.push(db.blocks.bulkGet(ids.slice(i, i + ROWS_PER_READ)));
  const all: BlockSummary[] = [];
  for (const page of await Promise.all(pages)) for (const s of page) if (s) all.push(s);
  const blocks: PlannedBlock[] = all.filter((s) => mayMatch(s, hints)).map((summary) => ({ summary }));
  blocks.sort((a, b) => (a.summary.maxDate < b.summary.maxDate ? 1 : a.summary.maxDate > b.summary.maxDate ? -1 : b.summary.id - a.summary.id));
  return { hints, blocks, archiveBlocks: all.length };
}

/**
 * `withFacets`: read the facets of every candidate (the view summary answers from them), not only when a filter
 * needs them.
 */
export async function planBlocks(db: ActivityDb, q: StoreQuery, withFacets = false): Promise<BlockPlan> {
  const plan = await planSummaries(db, q);
  const { hints } = plan;
  let blocks = plan.blocks;
  // A predicate given without the query it came from may test anything: then facets only skip, never answer.
  const answersAll = q.filter !== undefined;
  // With free text the facets cannot answer a block alone, but they answer its other filters and tell which
  // customer, user, action and status holds a word (the view summary's text test).
  if (blocks.length > 0 && (withFacets || needsFacets(hints))) {
    const byId = new Map(blocks.map((b) => [b.summary.id, b]));
    await readPaged(blocks.map((b) => b.summary.id), (part) => db.blockFacets.bulkGet(part), (f: BlockFacets) => {
      byId.get(f.id)!.match = facetMatch(f, hints, answersAll);
    });
    blocks = blocks.filter((b) => b.match === undefined || b.match.count > 0);
  }
  if (hints.words && blocks.length > 0) {
    const keep = new Set<number>();
    await readPaged(blocks.map((b) => b.summary.id), (part) => db.blockText.bulkGet(part), (t) => {
      if (mayMatchText(t, hints)) keep.add(t.id);
    });
    blocks = blocks.filter((b) => keep.has(b.summary.id));
  }
  return { ...plan, blocks };
}

/** What refineBlocks learnt of one block: dropped (no record can match), or which records may (the facets). */
export interface RefinedBlock {
  dropped: boolean;
  /** Dropped by its text grams (a reader turns the grams off when they drop next to nothing). */
  byText?: boolean;
  match?: FacetMatch;
}

/**
 * The text-gram and facet rows of some blocks of a summary plan, read only as far as a reader gets (a first page
 * of a common word reads a handful, not a thousand): blocks the grams rule out are dropped before their facets are
 * read; the facets are read for any filter but the period alone (with free text, block-text-match.ts then tests words
 * on the rows read, so only real matches become record objects). `match.facets` is kept for that test.
 */
export async function refineBlocks(db: ActivityDb, hints: BlockHints, blocks: readonly BlockSummary[], answersAll: boolean): Promise<RefinedBlock[]> {
  const out: RefinedBlock[] = blocks.map(() => ({ dropped: false }));
  const at = new Map(blocks.map((b, i) => [b.id, i]));
  let alive = blocks.map((b) => b.id);
  if (hints.words && alive.length > 0) {
    const texts = await db.blockText.bulkGet(alive);
    texts.forEach((t, j) => {
      if (t && !mayMatchText(t, hints)) {
        const r = out[at.get(alive[j]!)!]!;
        r.dropped = true;
        r.byText = true;
      }
    });
    alive = alive.filter((id) => !out[at.get(id)!]!.dropped);
  }
  // Any filter but the period: the facets' mask turns a read of the whole block into a read of the parts holding
  // a match (a rare status: half the parts), and records into objects only when they match.
  const filtered = needsFacets(hints) || hints.hasText || hints.statuses !== undefined || hints.operationTypes !== undefined || hints.resourceTypes !== undefined;
  if (alive.length > 0 && filtered) {
    const facets = await db.blockFacets.bulkGet(alive);
    facets.forEach((f, j) => {
      const r = out[at.get(alive[j]!)!]!;
      if (!f) return;
      const match = facetMatch(f, hints, answersAll);
      match.facets = f;
      r.match = match;
      if (match.count === 0) r.dropped = true;
    });
  }
  return out;
}

/** The record test every reader applies after the plan: inside the period, and the predicate. */
export function recordTest(q: StoreQuery): (r: ActivityRecord) => boolean {
  const { from, to, matches } = q;
  const customerId = q.customerId?.trim().toLowerCase();
  return (r) => r.operationDate >= from && r.operationDate < to && (customerId === undefined || r.customerId.toLowerCase() === customerId) && (matches === undefined || matches(r));
}

/**
 * Blocks newest first (by maxDate, descending) cut into groups whose date ranges do not overlap the next
 * group's: an exact newest-first order needs to sort no more than one group at a time. The list window and
 * the export both read by these groups.
 */
export function overlapGroups<T extends PlannedBlock>(blocks: readonly T[]): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let low = '';
  for (const planned of blocks) {
    const b = planned.summary;
    // b belongs with the group while it reaches into the group's oldest date.
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
