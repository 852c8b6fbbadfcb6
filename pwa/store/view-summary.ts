// The counts of the current view: how many records match, per day (the chart), the top customers and actions,
// and how many matched in each block (so the list can jump to any row). Without free text the blocks' facets
// answer it all (no record read); with it, one pass over the rows of the blocks the plan keeps, the text tested on
// the stored columns (no record objects) and the rest counted from the facets. Run in the view worker.
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ActivityDb } from './activity-db';
import { planBlocks, recordTest, type PlannedBlock } from './block-plan';
import type { BlockFacets } from './block-facets';
import { readBlocks } from './record-scan';
import { readBlockParts } from './block-reader';
import { applyTextWords, textWordsOf } from './block-text-match';

/** Blocks per read of the text test (as record-scan's reads). */
const BLOCKS_PER_READ = 4;
import type { StoreQuery } from './store-query';

export interface ActivityStats {
  /** yyyy-MM-dd (UTC) → count, in date order. */
  perDay: [string, number][];
  topCustomers: { name: string; customerId: string; count: number }[];
  topActions: { operationType: string; resourceType: string; actionText: string; count: number }[];
}

export interface ViewSummary extends ActivityStats {
  total: number;
  /** [block id, matching records] for every block holding a match. */
  blockCounts: [number, number][];
}

interface Tally<T> {
  item: T;
  count: number;
}

export async function summarizeView(db: ActivityDb, q: StoreQuery, top = 5, signal?: AbortSignal): Promise<ViewSummary> {
  const days = new Map<string, number>();
  const customers = new Map<string, Tally<{ name: string; customerId: string }>>();
  // Actions by operation type, then resource type, then action text: no key string built per record.
  const actions = new Map<string, Map<string, Map<string, Tally<{ operationType: string; resourceType: string; actionText: string }>>>>();
  const blockCounts: [number, number][] = [];
  let total = 0;
  const tally = (r: ActivityRecord) => {
    const day = r.operationDate.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
    const ck = r.customerId || r.customerName;
    const c = customers.get(ck);
    if (c) c.count++;
    else customers.set(ck, { item: { name: r.customerName, customerId: r.customerId }, count: 1 });
    let byResource = actions.get(r.operationType);
    if (!byResource) actions.set(r.operationType, (byResource = new Map()));
    let byText = byResource.get(r.resourceType);
    if (!byText) byResource.set(r.resourceType, (byText = new Map()));
    const a = byText.get(r.actionText);
    if (a) a.count++;
    else byText.set(r.actionText, { item: { operationType: r.operationType, resourceType: r.resourceType, actionText: r.actionText }, count: 1 });
  };
  const tallyFacets = (f: BlockFacets, mask: Uint8Array) => {
    const dayCounts = new Uint32Array(f.days.length);
    const customerCounts = new Uint32Array(f.customerIds.length);
    const actionCounts = new Uint32Array(f.operationTypes.length);
    for (let i = 0; i < mask.length; i++) {
      if (mask[i] === 0) continue;
      dayCounts[f.day[i]!]!++;
      customerCounts[f.customer[i]!]!++;
      actionCounts[f.action[i]!]!++;
    }
    dayCounts.forEach((n, d) => n > 0 && days.set(f.days[d]!, (days.get(f.days[d]!) ?? 0) + n));
    customerCounts.forEach((n, c) => {
      if (n === 0) return;
      const ck = f.customerIds[c]! || f.customerNames[c]!;
      const t = customers.get(ck);
      if (t) t.count += n;
      else customers.set(ck, { item: { name: f.customerNames[c]!, customerId: f.customerIds[c]! }, count: n });
    });
    actionCounts.forEach((n, a) => {
      if (n === 0) return;
      const operationType = f.operationTypes[a]!;
      const resourceType = f.resourceTypes[a]!;
      const actionText = f.actionTexts[a]!;
      let byResource = actions.get(operationType);
      if (!byResource) actions.set(operationType, (byResource = new Map()));
      let byText = byResource.get(resourceType);
      if (!byText) byResource.set(resourceType, (byText = new Map()));
      const t = byText.get(actionText);
      if (t) t.count += n;
      else byText.set(actionText, { item: { operationType, resourceType, actionText }, count: n });
    });
  };
  // Blocks the facets answer exactly are counted from their codes; those they answer but for free text have the
  // text tested on their rows (block-text-match.ts), then are counted from their codes too; the others are read.
  const plan = await planBlocks(db, q, true);
  const words = q.filter ? textWordsOf(q.filter.text) : undefined;
  const toRead: PlannedBlock[] = [];
  const toTest: PlannedBlock[] = [];
  for (const block of plan.blocks) {
    const match = block.match;
    if (match?.exceptText && match.facets && !match.exact && words) {
      toTest.push(block);
      continue;
    }
    if (!match?.exact || !match.facets) {
      toRead.push(block);
      continue;
    }
    if (signal?.aborted) throw new DOMException('The summary was cancelled.', 'AbortError');
    blockCounts.push([block.summary.id, match.count]);
    total += match.count;
    tallyFacets(match.facets, match.mask);
  }
  toTest.sort((a, b) => a.summary.id - b.summary.id);
  const readParts = (i: number) => readBlockParts(db, toTest.slice(i, i + BLOCKS_PER_READ));
  let next = toTest.length > 0 ? readParts(0) : undefined;
  try {
    for (let i = 0; i < toTest.length; i += BLOCKS_PER_READ) {
      if (signal?.aborted) throw new DOMException('The summary was cancelled.', 'AbortError');
      const lists = await next!;
      next = i + BLOCKS_PER_READ < toTest.length ? readParts(i + BLOCKS_PER_READ) : undefined;
      lists.forEach((parts, j) => {
        const block = toTest[i + j]!;
        const match = block.match!;
        const mask = match.mask.slice();
        applyTextWords(mask, match.facets!, block.summary.partStarts, parts, words!);
        let n = 0;
        for (let k = 0; k < mask.length; k++) n += mask[k]!;
        if (n === 0) return;
        blockCounts.push([block.summary.id, n]);
        total += n;
        tallyFacets(match.facets!, mask);
      });
    }
  } finally {
    await next?.catch(() => undefined);
  }
  await readBlocks(
    db,
    toRead,
    recordTest(q),
    (block, matching) => {
      if (matching.length === 0) return;
      blockCounts.push([block.summary.id, matching.length]);
      total += matching.length;
      for (const r of matching) tally(r);
    },
    signal,
  );
  const byCount = <T>(list: Iterable<Tally<T>>) =>
    [...list]
      .sort((a, b) => b.count - a.count)
      .slice(0, top)
      .map((t) => ({ ...t.item, count: t.count }));
  const allActions: Tally<{ operationType: string; resourceType: string; actionText: string }>[] = [];
  for (const byResource of actions.values()) for (const byText of byResource.values()) allActions.push(...byText.values());
  return {
    total,
    blockCounts,
    perDay: [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    topCustomers: byCount(customers.values()),
    topActions: byCount(allActions),
  };
}

/** The stats of a view on the page's own thread (tests, small archives); the app asks the view worker. */
export async function queryStats(db: ActivityDb, q: StoreQuery, top = 5): Promise<ActivityStats> {
  const { perDay, topCustomers, topActions } = await summarizeView(db, q, top);
  return { perDay, topCustomers, topActions };
}
