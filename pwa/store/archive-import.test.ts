import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import type { FetchedPage } from '../../core/partner-center/partner-center-client';
import { ActivityDb, countRecords } from './activity-db';
import { importToArchive, type RecordsChunk } from './archive-import';
import { loadCoverage } from './coverage-store';
import { scanRecords } from './record-scan';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
function freshDb() {
  const db = new ActivityDb(`archive-import-${Math.random()}`);
  opened.push(db);
  return db;
}

function record(i: number, over: Partial<ActivityRecord> = {}): ActivityRecord {
  const date = new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString();
  return { ...emptyRecord('api'), key: `id:${i}`, id: String(i), customerId: `c${i % 5}`, customerName: `Customer ${i % 5}`, operationType: 'create_order', resourceType: 'order', operationDate: date, operationStatus: 'succeeded', partnerId: 'tenant-1', ...over };
}
const records = (from: number, count: number) => Array.from({ length: count }, (_, i) => record(from + i));

/** Everything the store holds, to compare before and after. */
async function snapshot(db: ActivityDb) {
  const keys: string[] = [];
  await scanRecords(db, { from: '', to: '\uffff' }, (chunk) => {
    for (const r of chunk) keys.push(r.key);
  });
  return { keys: keys.sort(), batches: (await db.batches.toArray()).map((b) => [b.label, b.state, b.added]), coverage: await loadCoverage(db) };
}

async function* failingAfter(chunks: RecordsChunk[], error: unknown): AsyncGenerator<RecordsChunk> {
  for (const c of chunks) yield c;
  throw error;
}

describe('one archive import for every source', () => {
  it('imports a file as one batch, with the days it touches as partial coverage and its problems counted', async () => {
    const db = freshDb();
    const problem = { kind: 'bad-date' as const, file: 'log.csv', row: 3, message: 'log.csv, row 3: the date is not a date.' };
    const outcome = await importToArchive(db, [{ records: records(0, 30), problems: [problem] }, { records: records(30, 30) }], { kind: 'file', label: 'log.csv', coverage: { kind: 'record-days' } });
    expect(outcome).toMatchObject({ label: 'log.csv', received: 60, added: 60, duplicates: 0, problemCount: 1, problems: [problem], tenants: ['tenant-1'] });
    expect(outcome.error).toBeUndefined();
    const batch = await db.batches.get(outcome.batchId!);
    expect(batch).toMatchObject({ source: 'file', state: 'done', added: 60, problems: 1 });
    const coverage = await loadCoverage(db);
    expect(coverage.map((s) => [s.tenantId, s.from.slice(0, 10), s.to.slice(0, 10), s.complete, s.source])).toEqual([['tenant-1', '2026-10-01', '2026-10-04', false, 'file']]);
  });

  it('adds nothing the second time the same records come, and counts them as duplicates', async () => {
    const db = freshDb();
    await importToArchive(db, [{ records: records(0, 100) }], { kind: 'file', label: 'first.csv', coverage: { kind: 'record-days' } });
    const again = await importToArchive(db, [{ records: records(0, 100) }], { kind: 'file', label: 'again.csv', coverage: { kind: 'record-days' } });
    expect(again).toMatchObject({ added: 0, duplicates: 100 });
    expect(await countRecords(db)).toBe(100);
  });

  it('a source that fails part way leaves the store exactly as it was, and says why', async () => {
    const db = freshDb();
    await importToArchive(db, [{ records: records(0, 50) }], { kind: 'file', label: 'kept.csv', coverage: { kind: 'record-days' } });
    const before = await snapshot(db);
    const unreadable = Object.assign(new Error('the file could not be read'), { name: 'NotReadableError' });
    const outcome = await importToArchive(db, failingAfter([{ records: records(40, 6000) }], unreadable), { kind: 'file', label: 'broken.csv', coverage: { kind: 'record-days' } });
    expect(outcome.error).toEqual({ kind: 'write-failed', message: 'broken.csv: the file could not be read' });
    expect(outcome.batchId).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a cancel leaves the store as it was, even after chunks were written', async () => {
    const db = freshDb();
    await importToArchive(db, [{ records: records(0, 10) }], { kind: 'file', label: 'kept.csv', coverage: { kind: 'record-days' } });
    const before = await snapshot(db);
    const controller = new AbortController();
    async function* big(): AsyncGenerator<RecordsChunk> {
      for (let i = 0; i < 10; i++) {
        if (i === 3) controller.abort();
        yield { records: records(1000 + i * 100, 100) };
      }
    }
    const outcome = await importToArchive(db, big(), { kind: 'file', label: 'big.csv', coverage: { kind: 'record-days' }, signal: controller.signal, writeChunk: 0 });
    expect(outcome.error?.kind).toBe('cancelled');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a fetch cut part way keeps what arrived, with its chunk partial, and says why it stopped', async () => {
    const db = freshDb();
    const page = (from: number, last: boolean): FetchedPage => ({ records: records(from, 10), chunk: 1, chunks: 2, period: { from: '2026-10-01', to: '2026-10-30' }, lastOfChunk: last });
    const network = { kind: 'network', message: 'Partner Center could not be reached.' };
    const outcome = await importToArchive(db, failingAfter([page(0, false), page(10, false)].map((p) => ({ records: p.records, page: p })), network), {
      kind: 'sample-server',
      label: 'fetch',
      coverage: { kind: 'fetched-pages', tenantId: 'tenant-1', startedAt: new Date('2026-11-20T00:00:00Z') },
      keepWhatArrived: true,
      writeChunk: 0,
    });
    expect(outcome).toMatchObject({ added: 20, cut: network });
    expect(await countRecords(db)).toBe(20);
    expect((await loadCoverage(db)).map((s) => [s.from.slice(0, 10), s.complete])).toEqual([['2026-10-01', false]]);
  });

  it('a fetch stopped before anything arrived keeps nothing, and a full disk never keeps part of a fetch', async () => {
    const db = freshDb();
    const refused = await importToArchive(db, failingAfter([], { kind: 'unauthorized', message: 'Sign in again.' }), {
      kind: 'sample-server',
      label: 'fetch',
      coverage: { kind: 'fetched-pages', tenantId: 't', startedAt: new Date() },
      keepWhatArrived: true,
    });
    expect(refused.error).toEqual({ kind: 'unauthorized', message: 'Sign in again.' });
    expect(await db.batches.count()).toBe(0);
  });

  it('a delivery that adds nothing leaves no empty batch, but its coverage is kept', async () => {
    const db = freshDb();
    const span = { tenantId: 'tenant-1', from: '2026-10-01T00:00:00.000Z', to: '2026-10-03T00:00:00.000Z', complete: true, source: 'fetch' as const };
    await importToArchive(db, [{ records: records(0, 20) }], { kind: 'extension', label: 'Sync', coverage: { kind: 'spans', spans: [span] }, dropIfNothingAdded: true });
    const again = await importToArchive(db, [{ records: records(0, 20) }], { kind: 'extension', label: 'Sync again', coverage: { kind: 'spans', spans: [{ ...span, to: '2026-10-04T00:00:00.000Z' }] }, dropIfNothingAdded: true });
    expect(again).toMatchObject({ added: 0, duplicates: 20, batchId: undefined });
    expect((await db.batches.toArray()).map((b) => b.label)).toEqual(['Sync']);
    expect(await loadCoverage(db)).toHaveLength(2);
  });

  it('reports progress as chunks arrive, gathering small chunks into bigger writes', async () => {
    const db = freshDb();
    const seen: [number | undefined, number][] = [];
    const chunks = Array.from({ length: 10 }, (_, i) => ({ records: records(i * 10, 10), fraction: (i + 1) / 10 }));
    await importToArchive(db, chunks, { kind: 'file', label: 'x.csv', coverage: { kind: 'record-days' }, writeChunk: 50, onProgress: (p) => seen.push([p.fraction, p.added]) });
    expect(seen.at(-1)).toEqual([1, 100]);
    expect(new Set(seen.map(([, added]) => added))).toEqual(new Set([0, 50, 100]));
  });
});
