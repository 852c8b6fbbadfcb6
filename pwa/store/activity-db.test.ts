import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { emptyRecord, type ActivityRecord } from '../../core/activity-record';
import { ActivityDb, SCHEMA_V1, type Batch } from './activity-db';
import { BatchWriter, importBatch, removeBatch, rollBackAbandonedBatches, StoreError } from './batch-writer';
import { openRecordWindow, queryStats } from './record-window';

let n = 0;
const dbName = () => `lens-test-${++n}-${Math.random()}`;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function record(i: number, over: Partial<ActivityRecord> = {}): ActivityRecord {
  const date = new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString();
  return { ...emptyRecord('api'), key: `id:${i}`, id: String(i), customerId: `c${i % 7}`, customerName: i % 7 === 0 ? 'Caffè Ñandú' : `Customer ${i % 7}`, operationType: 'create_order', resourceType: 'order', operationDate: date, operationStatus: 'succeeded', ...over };
}
const records = (from: number, count: number) => Array.from({ length: count }, (_, i) => record(from + i));

function freshDb() {
  const db = new ActivityDb(dbName());
  opened.push(db);
  return db;
}

describe('the archive', () => {
  it('keeps a record once when the same file is imported twice', async () => {
    const db = freshDb();
    const first = await importBatch(db, 'file', 'log.csv', [records(0, 500)]);
    const second = await importBatch(db, 'file', 'log.csv', [records(0, 500)]);
    expect(first.added).toBe(500);
    expect(second.added).toBe(0);
    expect(second.duplicates).toBe(500);
    expect(await db.records.count()).toBe(500);
  });

  it('does not duplicate when two imports of overlapping files run at the same time', async () => {
    const db = freshDb();
    const a = importBatch(db, 'file', 'a.csv', [records(0, 300), records(300, 300)]);
    const b = importBatch(db, 'file', 'b.csv', [records(200, 300), records(500, 300)]);
    const [ba, bb] = await Promise.all([a, b]);
    expect(await db.records.count()).toBe(800);
    expect(ba.added + bb.added).toBe(800);
  });

  it('undoes a batch by removing exactly the records it added', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'old.csv', [records(0, 100)]);
    const overlapping = await importBatch(db, 'file', 'new.csv', [records(50, 100)]);
    expect(overlapping.added).toBe(50);
    await removeBatch(db, overlapping.id!);
    expect(await db.records.count()).toBe(100);
    expect(await db.batches.count()).toBe(1);
    expect(await db.records.get('id:99')).toBeDefined();
    expect(await db.records.get('id:120')).toBeUndefined();
  });

  it('leaves the store exactly as it was when an import fails half-way', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'kept.csv', [records(0, 100)]);
    function* failing() {
      yield records(100, 100);
      throw new Error('disk went away');
    }
    await expect(importBatch(db, 'file', 'broken.csv', failing())).rejects.toBeInstanceOf(StoreError);
    expect(await db.records.count()).toBe(100);
    expect((await db.batches.toArray()).map((b) => b.label)).toEqual(['kept.csv']);
  });

  it('leaves the store as it was when the user cancels', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const chunks = (async function* () {
      yield records(0, 100);
      controller.abort();
      yield records(100, 100);
    })();
    await expect(importBatch(db, 'file', 'big.csv', chunks, { signal: controller.signal })).rejects.toMatchObject({ kind: 'cancelled' });
    expect(await db.records.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('rolls back an import a closed tab left half-written, but not a live one', async () => {
    const db = freshDb();
    const abandoned = await BatchWriter.begin(db, 'file', 'closed-tab.csv');
    await abandoned.add(records(0, 10));
    const live = await BatchWriter.begin(db, 'file', 'live.csv');
    await live.add(records(10, 10));
    await db.batches.update(abandoned.batchId, { touchedAt: Date.now() - 10 * 60_000 });
    expect(await rollBackAbandonedBatches(db)).toBe(1);
    expect(await db.records.count()).toBe(10);
  });

  it('reports a full disk as a quota problem and keeps nothing of that import', async () => {
    const db = freshDb();
    const writer = await BatchWriter.begin(db, 'file', 'huge.csv');
    await writer.add(records(0, 50));
    // The disk fills up on the tenth record of the second chunk.
    const storeProto = Object.getPrototypeOf(db.backendDB().transaction('records').objectStore('records')) as IDBObjectStore;
    const realAdd = storeProto.add;
    let calls = 0;
    storeProto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 10) throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    };
    const error = await writer.add(records(50, 50)).catch((e: unknown) => e);
    storeProto.add = realAdd;
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await db.records.count()).toBe(50);
    expect(writer.added).toBe(50);
    await writer.rollback();
    expect(await db.records.count()).toBe(0);
  });

  it('lists a customer\'s records newest first, in windows, through the compound index', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'x.csv', [records(0, 1000)]);
    const from = new Date(Date.UTC(2026, 9, 1)).toISOString();
    const to = new Date(Date.UTC(2026, 9, 2)).toISOString();
    const w = await openRecordWindow(db, { from, to, customerId: 'c3' });
    expect(w.total).toBe(143);
    const page = await w.rows(0, 10);
    expect(page.every((r) => r.customerId === 'c3')).toBe(true);
    expect(page[0].operationDate > page[9].operationDate).toBe(true);
    const filtered = await openRecordWindow(db, { from, to, matches: (r) => r.customerName.startsWith('Caffè') });
    expect(filtered.total).toBe(143);
    expect((await filtered.rows(140, 10)).length).toBe(3);
    const stats = await queryStats(db, { from, to });
    expect(stats.perDay).toEqual([['2026-10-01', 1000]]);
    expect(stats.topCustomers[0].count).toBe(143);
  });

  it('reads window after window exactly as one read, also across records that share a date-time', async () => {
    const db = freshDb();
    // Ten records per minute: windows of 7 end in the middle of a run of equal dates.
    const same = Array.from({ length: 300 }, (_, i) => record(i, { key: `id:${String(i).padStart(3, '0')}`, operationDate: new Date(Date.UTC(2026, 9, 1) + Math.floor(i / 10) * 60_000).toISOString(), customerId: i % 2 ? 'c1' : 'c2' }));
    await importBatch(db, 'file', 'ties.csv', [same]);
    const from = new Date(Date.UTC(2026, 9, 1)).toISOString();
    const to = new Date(Date.UTC(2026, 9, 2)).toISOString();
    for (const q of [{ from, to }, { from, to, customerId: 'c1' }]) {
      const whole = await (await openRecordWindow(db, q)).rows(0, 1000);
      const w = await openRecordWindow(db, q);
      const read: string[] = [];
      for (let offset = 0; offset < w.total; offset += 7) read.push(...(await w.rows(offset, 7)).map((r) => r.key));
      expect(read).toEqual(whole.map((r) => r.key));
      expect(new Set(read).size).toBe(w.total);
      // A jump back still answers by offset.
      expect((await w.rows(14, 3)).map((r) => r.key)).toEqual(whole.slice(14, 17).map((r) => r.key));
    }
  });
});

describe('schema upgrade', () => {
  it('keeps 100k v1 records, and the batches they came in, when upgrading to v2', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const all = records(0, 100_000).map((r) => ({ ...r, customerFolded: r.customerName.toLowerCase() }));
    const batch: Batch = { source: 'file', label: 'v1.csv', importedAt: '2026-10-01T00:00:00.000Z', state: 'done', touchedAt: 0, received: 100_000, added: 60_000, duplicates: 0, problems: 0, keys: all.slice(0, 60_000).map((r) => r.key) };
    await v1.table('batches').add(batch);
    await v1.table('records').bulkAdd(all);
    v1.close();

    const v2 = new ActivityDb(name);
    opened.push(v2);
    expect(await v2.records.count()).toBe(100_000);
    const [b] = await v2.batches.toArray();
    expect(b.keys).toBeUndefined();
    expect(await v2.records.where('batchId').equals(b.id!).count()).toBe(60_000);
    await removeBatch(v2, b.id!);
    expect(await v2.records.count()).toBe(40_000);
  }, 120_000);
});
