import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { queryRecords, type ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { chunksText } from '../../core/leaving/chunks-text';
import { exportChunks, writeExportFiles } from '../../core/leaving/export-files';
import { inMemoryExportSink } from '../../core/leaving/memory-export-sink';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { ActivityDb } from './activity-db';
import { importBatch } from './batch-writer';
import { overlapGroups } from './block-plan';
import { openExportRecords, wholeBlockTest } from './export-records';
import { planBlocks } from './block-plan';
import { storeQueryFor } from './store-query';

const NOW = new Date(Date.UTC(2026, 4, 31, 12));
let db: ActivityDb;
let all: ActivityRecord[];

beforeAll(async () => {
  db = new ActivityDb(`export-records-${Math.random()}`);
  // Two imports over the same months: their blocks overlap in time (groups of several blocks), and the second
  // repeats date-times of the first (ties ordered by key), with dates at a day's very edges.
  const first = [...generateSampleRecords({ count: 6_000, seed: 7, now: NOW, days: 60 })];
  const newest = [...first].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1)).slice(0, 1_500);
  const second = [...generateSampleRecords({ count: 3_500, seed: 8, now: NOW, days: 20 })].map((r, i) => {
    const twin = newest[(i * 13) % newest.length]!;
    if (i % 5 === 0) return { ...r, operationDate: twin.operationDate };
    if (i % 97 === 0) return { ...r, operationDate: '2026-05-10T00:00:00.000Z' };
    if (i % 89 === 0) return { ...r, operationDate: '2026-05-20T23:59:59.999Z' };
    return r;
  });
  await importBatch(db, 'file', 'first', [first]);
  await importBatch(db, 'file', 'second', [second]);
  all = [...first, ...second];
}, 60_000);

afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function exported(query: ActivityQuery, blocksPerRead?: number, readsAhead?: number): Promise<{ keys: string[]; batches: number; records: ActivityRecord[] }> {
  const records = await openExportRecords(db, storeQueryFor(query), blocksPerRead, readsAhead);
  const out: ActivityRecord[] = [];
  let batches = 0;
  for await (const batch of records.batches()) {
    batches++;
    out.push(...batch);
  }
  return { keys: out.map((r) => r.key), batches, records: out };
}

const expected = (query: ActivityQuery) => queryRecords(all, query).map((r) => r.key);

describe('openExportRecords', () => {
  const queries: [string, ActivityQuery][] = [
    ['everything', {}],
    ['a period cutting blocks at both ends', { from: '2026-05-10', to: '2026-05-20' }],
    ['one day', { from: '2026-05-15', to: '2026-05-15' }],
    ['a period and a status', { from: '2026-04-15', to: '2026-05-25', statuses: ['failed'] }],
    ['a customer name part', { customer: 'con' }],
    ['an action and a text word', { operationTypes: ['create_order'], text: 'order' }],
    ['nothing matches', { text: 'quokka' }],
  ];

  it.each(queries)('%s: exactly the filter’s records, newest first (ties by key), as core orders them', async (_name, query) => {
    const want = expected(query);
    const { keys } = await exported(query);
    expect(keys.length).toBe(want.length);
    expect(keys).toEqual(want);
  });

  it('the same with one block per read and no read ahead, or many blocks per read', async () => {
    const query = { from: '2026-04-01', to: '2026-05-28' };
    const want = expected(query);
    const small = await exported(query, 1, 0);
    const large = await exported(query, 64, 4);
    expect(small.keys).toEqual(want);
    expect(large.keys).toEqual(want);
    expect(small.batches).toBeGreaterThan(large.batches);
  });

  it('the CSV from the store is byte for byte the core writer’s on the same rows', async () => {
    const query = { from: '2026-05-03', to: '2026-05-29' };
    const options = { format: 'csv' as const, lang: 'it' as const, delimiter: ';' as const, from: query.from, to: query.to, chunkRows: 500, chunkSize: 1 << 16 };
    const records = await openExportRecords(db, storeQueryFor(query), 3, 1);
    const files = await writeExportFiles(records.batches(), options, inMemoryExportSink((f) => f));
    const ours = chunksText(files.flatMap((f) => f.chunks));
    const core = chunksText(exportChunks(queryRecords(all, query), options));
    expect(ours.length).toBeGreaterThan(1_000);
    expect(ours).toBe(core);
  });

  it('atMost is at least the rows the export gives', async () => {
    const query = { from: '2026-05-10', to: '2026-05-20' };
    const records = await openExportRecords(db, storeQueryFor(query));
    expect(records.atMost).toBeGreaterThanOrEqual(expected(query).length);
  });
});

describe('wholeBlockTest', () => {
  it('skips the per-record test only for blocks a period-only query holds whole', async () => {
    const periodOnly = storeQueryFor({ from: '2026-04-02', to: '2026-05-25' });
    const plan = await planBlocks(db, periodOnly);
    const whole = wholeBlockTest(periodOnly);
    const inside = plan.blocks.filter(whole);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(plan.blocks.length);
    for (const b of inside) expect(b.summary.minDate >= periodOnly.from && b.summary.maxDate < periodOnly.to).toBe(true);
    const filtered = storeQueryFor({ from: '2026-04-02', to: '2026-05-25', statuses: ['failed'] });
    expect((await planBlocks(db, filtered)).blocks.filter(wholeBlockTest(filtered))).toEqual([]);
    expect(wholeBlockTest({ ...periodOnly, filter: undefined })(plan.blocks[0]!)).toBe(false);
  });

  it('overlapGroups keeps blocks whose periods overlap together', async () => {
    const plan = await planBlocks(db, storeQueryFor({}));
    const groups = overlapGroups(plan.blocks);
    expect(groups.flat().length).toBe(plan.blocks.length);
    expect(groups.some((g) => g.length > 1)).toBe(true);
    for (let g = 1; g < groups.length; g++) {
      const newestOfNext = groups[g]!.reduce((m, b) => (b.summary.maxDate > m ? b.summary.maxDate : m), '');
      const oldestOfThis = groups[g - 1]!.reduce((m, b) => (b.summary.minDate < m ? b.summary.minDate : m), '\uffff');
      expect(newestOfNext <= oldestOfThis).toBe(true);
    }
  });
});
