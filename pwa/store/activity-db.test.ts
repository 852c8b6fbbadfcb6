import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { queryRecords, type ActivityQuery } from '../../core/asking/activity-query';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { ActivityDb, countRecords, clearArchive, SCHEMA_V1, SCHEMA_V2, type Batch } from './activity-db';
import { BatchWriter, importBatch, removeBatch, rollBackAbandonedBatches, StoreError } from './batch-writer';
import { LIST_PAGE_ROWS, openRecordWindow } from './record-window';
import { scanRecords } from './record-scan';
import { storeQueryFor } from './store-query';
import { queryStats, summarizeView } from './view-summary';

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
const EVERYTHING = { from: '', to: '\uffff' };

function freshDb(name = dbName()) {
  const db = new ActivityDb(name);
  opened.push(db);
  return db;
}

async function keysIn(db: ActivityDb): Promise<string[]> {
  const keys: string[] = [];
  await scanRecords(db, EVERYTHING, (chunk) => {
    for (const r of chunk) keys.push(r.key);
  });
  return keys.sort();
}

describe('the archive', () => {
  it('undoes and merges blocks written before v5 (no batchIds) as it does new ones', async () => {
    const db = freshDb();
    const a = await importBatch(db, 'file', 'a.csv', [records(0, 30)]);
    const b = await importBatch(db, 'file', 'b.csv', [records(30, 30)]);
    // As v4 left them: one batch per block, no batchIds.
    await clearArchive(db);
    const old = [...(await import('./block-builder')).buildBlocks(records(0, 30), a.id!, 100), ...(await import('./block-builder')).buildBlocks(records(30, 30), b.id!, 101)];
    for (const block of old) {
      delete block.summary.batchIds;
      await db.blocks.put(block.summary);
      await db.blockRecords.bulkPut(block.records);
      await db.blockKeys.put(block.keys);
      await db.blockText.put(block.text);
      await db.blockFacets.put(block.facets);
    }
    await db.meta.put({ name: 'archive', nextBlockId: 102, removals: 5 });
    await importBatch(db, 'file', 'c.csv', [records(60, 30)]);
    expect(await db.blocks.count()).toBe(1);
    expect(await removeBatch(db, a.id!)).toBe(30);
    expect(await keysIn(db)).toEqual(records(30, 60).map((r) => r.key).sort());
  });

  it('merges the small blocks of many small imports, and undoing one of them removes exactly its records', async () => {
    const db = freshDb();
    const batches: number[] = [];
    // Thirty deliveries of 20 records, out of date order, the way a sync brings them.
    for (let d = 0; d < 30; d++) batches.push((await importBatch(db, 'extension', `delivery ${d}`, [records(((d * 7) % 30) * 20, 20)])).id!);
    expect(await countRecords(db)).toBe(600);
    expect(await db.blocks.count()).toBeLessThanOrEqual(3);
    const merged = (await db.blocks.toArray()).find((b) => (b.batchIds?.length ?? 1) > 1);
    expect(merged).toBeDefined();
    // Re-importing any delivery adds nothing; the list still reads every record, newest first.
    expect((await importBatch(db, 'extension', 'again', [records(100, 20)])).added).toBe(0);
    expect((await (await openRecordWindow(db, EVERYTHING)).rows(0, 1000)).map((r) => r.key)).toEqual(queryRecords(records(0, 600), {}).map((r) => r.key));
    // Undo of delivery 7 takes exactly its 20 records out of the merged block, and they can come back.
    const seventh = ((7 * 7) % 30) * 20;
    expect(await removeBatch(db, batches[7]!)).toBe(20);
    const left = records(0, 600).filter((r) => Number(r.id) < seventh || Number(r.id) >= seventh + 20).map((r) => r.key);
    expect(await keysIn(db)).toEqual(left.sort());
    expect((await importBatch(db, 'extension', 'back', [records(seventh, 20)])).added).toBe(20);
    expect(await countRecords(db)).toBe(600);
    // Undo of every delivery leaves only what came back.
    for (const id of batches) await removeBatch(db, id);
    expect(await keysIn(db)).toEqual(records(seventh, 20).map((r) => r.key).sort());
  });

  it('keeps a record once when the same file is imported twice', async () => {
    const db = freshDb();
    const first = await importBatch(db, 'file', 'log.csv', [records(0, 500)]);
    const second = await importBatch(db, 'file', 'log.csv', [records(0, 500)]);
    expect(first.added).toBe(500);
    expect(second.added).toBe(0);
    expect(second.duplicates).toBe(500);
    expect(await countRecords(db)).toBe(500);
  });

  it('keeps one copy of a record repeated inside one chunk', async () => {
    const db = freshDb();
    const batch = await importBatch(db, 'file', 'twice.csv', [[...records(0, 10), ...records(5, 10)]]);
    expect(batch.added).toBe(15);
    expect(batch.duplicates).toBe(5);
    expect(await keysIn(db)).toHaveLength(15);
  });

  it('does not duplicate when two imports of overlapping files run at the same time', async () => {
    const db = freshDb();
    const a = importBatch(db, 'file', 'a.csv', [records(0, 300), records(300, 300)]);
    const b = importBatch(db, 'file', 'b.csv', [records(200, 300), records(500, 300)]);
    const [ba, bb] = await Promise.all([a, b]);
    expect(await countRecords(db)).toBe(800);
    expect(ba.added + bb.added).toBe(800);
  });

  it('adds each record once when two tabs (two connections, each with its own key set) import at once', async () => {
    const name = dbName();
    const tab1 = freshDb(name);
    const tab2 = freshDb(name);
    // Both tabs know the archive before either writes, then write interleaved chunks of the same records.
    await importBatch(tab1, 'file', 'seed.csv', [records(5000, 10)]);
    const w1 = await BatchWriter.begin(tab1, 'file', 'tab1.csv');
    const w2 = await BatchWriter.begin(tab2, 'file', 'tab2.csv');
    await w1.add(records(5000, 1)); // loads tab 1's key set
    await w2.add(records(5000, 1)); // loads tab 2's
    const results = await Promise.all([w1.add(records(0, 400)), w2.add(records(200, 400)), w1.add(records(400, 400)), w2.add(records(0, 200))]);
    await Promise.all([w1.commit(), w2.commit()]);
    expect(results.reduce((s, r) => s + r.added, 0)).toBe(800);
    const keys = await keysIn(tab1);
    expect(keys).toHaveLength(810);
    expect(new Set(keys).size).toBe(810);
  });

  it('sees what another tab undid: a record removed there can be imported again here', async () => {
    const name = dbName();
    const tab1 = freshDb(name);
    const tab2 = freshDb(name);
    const w1 = await BatchWriter.begin(tab1, 'file', 'long.csv');
    await w1.add(records(0, 10));
    const other = await importBatch(tab2, 'file', 'other.csv', [records(100, 10)]);
    await w1.add(records(100, 10)); // already there: duplicates
    await removeBatch(tab2, other.id!);
    const again = await w1.add(records(100, 10));
    expect(again.added).toBe(10);
    await w1.commit();
    expect(await countRecords(tab1)).toBe(20);
  });

  it('undoes a batch by removing exactly the records it added', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'old.csv', [records(0, 100)]);
    const overlapping = await importBatch(db, 'file', 'new.csv', [records(50, 100)]);
    expect(overlapping.added).toBe(50);
    await removeBatch(db, overlapping.id!);
    expect(await countRecords(db)).toBe(100);
    expect(await db.batches.count()).toBe(1);
    const keys = await keysIn(db);
    expect(keys).toContain('id:99');
    expect(keys).not.toContain('id:120');
    // The undone records can come back.
    expect((await importBatch(db, 'file', 'new.csv', [records(50, 100)])).added).toBe(50);
  });

  it('leaves the store exactly as it was when an import fails half-way', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'kept.csv', [records(0, 100)]);
    function* failing() {
      yield records(100, 100);
      throw new Error('disk went away');
    }
    await expect(importBatch(db, 'file', 'broken.csv', failing())).rejects.toBeInstanceOf(StoreError);
    expect(await countRecords(db)).toBe(100);
    expect((await db.batches.toArray()).map((b) => b.label)).toEqual(['kept.csv']);
    expect((await importBatch(db, 'file', 'again.csv', [records(100, 100)])).added).toBe(100);
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
    expect(await countRecords(db)).toBe(0);
    expect(await db.batches.count()).toBe(0);
    expect(await db.blockRecords.count()).toBe(0);
  });

  it('rolls back an import a closed tab left half-written, but not a live one', async () => {
    const db = freshDb();
    const abandoned = await BatchWriter.begin(db, 'file', 'closed-tab.csv');
    await abandoned.add(records(0, 10));
    const live = await BatchWriter.begin(db, 'file', 'live.csv');
    await live.add(records(10, 10));
    await db.batches.update(abandoned.batchId, { touchedAt: Date.now() - 10 * 60_000 });
    expect(await rollBackAbandonedBatches(db)).toBe(1);
    expect(await countRecords(db)).toBe(10);
  });

  it('reports a full disk as a quota problem and keeps nothing of that chunk, then nothing of that import', async () => {
    const db = freshDb();
    const writer = await BatchWriter.begin(db, 'file', 'huge.csv');
    await writer.add(records(0, 1500));
    // The disk fills up on the third block row of the second chunk.
    const storeProto = Object.getPrototypeOf(db.backendDB().transaction('blocks').objectStore('blocks')) as IDBObjectStore;
    const realPut = storeProto.put;
    let calls = 0;
    storeProto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    const error = await writer.add(records(1500, 1500)).catch((e: unknown) => e);
    storeProto.put = realPut;
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await countRecords(db)).toBe(1500);
    expect(await db.blockKeys.count()).toBe(await db.blocks.count());
    expect(await db.blockFacets.count()).toBe(await db.blocks.count());
    expect(writer.added).toBe(1500);
    // The refused chunk's records were not taken as known: they can still be written.
    expect((await writer.add(records(1500, 10))).added).toBe(10);
    await writer.rollback();
    expect(await countRecords(db)).toBe(0);
    expect(await db.blockKeys.count()).toBe(0);
  });

  it('deletes everything on "Delete all data", and imports afresh after', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'x.csv', [records(0, 100)]);
    await clearArchive(db);
    expect(await countRecords(db)).toBe(0);
    expect((await importBatch(db, 'file', 'x.csv', [records(0, 100)])).added).toBe(100);
  });

  it('lists a customer\'s records newest first, in windows', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'x.csv', [records(0, 1000), records(1000, 1000)]);
    const from = new Date(Date.UTC(2026, 9, 1)).toISOString();
    const to = new Date(Date.UTC(2026, 9, 2)).toISOString();
    const w = await openRecordWindow(db, { from, to, customerId: 'c3' });
    const summary = await summarizeView(db, { from, to, customerId: 'c3' });
    expect(summary.total).toBe(206);
    const counted = w.withCounts(new Map(summary.blockCounts));
    expect(counted.exact).toBe(true);
    expect(counted.total).toBe(206);
    const page = await counted.rows(0, 10);
    expect(page.every((r) => r.customerId === 'c3')).toBe(true);
    expect(page[0].operationDate > page[9].operationDate).toBe(true);
    const filtered = await openRecordWindow(db, { from, to, matches: (r) => r.customerName.startsWith('Caffè') });
    expect(filtered.total).toBeGreaterThanOrEqual(LIST_PAGE_ROWS);
    expect((await filtered.rows(200, 10)).length).toBe(6);
    const stats = await queryStats(db, { from, to });
    expect(stats.perDay).toEqual([['2026-10-01', 1440]]);
    expect(stats.topCustomers[0].count).toBe(206);
  });

  it('reads window after window exactly as one read, also across records that share a date-time and blocks that overlap', async () => {
    const db = freshDb();
    // Ten records per minute: windows of 7 end in the middle of a run of equal dates. Two imports of the same
    // period interleave in time, so their blocks overlap.
    const same = Array.from({ length: 3000 }, (_, i) => record(i, { key: `id:${String(i).padStart(4, '0')}`, operationDate: new Date(Date.UTC(2026, 9, 1) + Math.floor(i / 10) * 60_000).toISOString(), customerId: i % 2 ? 'c1' : 'c2' }));
    await importBatch(db, 'file', 'even.csv', [same.filter((_, i) => i % 3 === 0)]);
    await importBatch(db, 'file', 'rest.csv', [same.filter((_, i) => i % 3 !== 0)]);
    const from = new Date(Date.UTC(2026, 9, 1)).toISOString();
    const to = new Date(Date.UTC(2026, 9, 2)).toISOString();
    for (const q of [{ from, to }, { from, to, customerId: 'c1' }]) {
      const expected = queryRecords(same, {}).filter((r) => !q.customerId || r.customerId === q.customerId).map((r) => r.key);
      const w = await openRecordWindow(db, q);
      const read: string[] = [];
      for (let offset = 0; ; offset += 7) {
        const rows = await w.rows(offset, 7);
        if (rows.length === 0) break;
        read.push(...rows.map((r) => r.key));
      }
      expect(read).toEqual(expected);
      // A jump back, and a jump far ahead once the counts are known, still answer by offset.
      expect((await w.rows(14, 3)).map((r) => r.key)).toEqual(expected.slice(14, 17));
      const counted = w.withCounts(new Map((await summarizeView(db, q)).blockCounts));
      expect(counted.total).toBe(expected.length);
      expect((await counted.rows(expected.length - 5, 10)).map((r) => r.key)).toEqual(expected.slice(-5));
    }
  });
});

describe('block summaries skip blocks, never answers', () => {
  const now = new Date('2026-10-31T12:00:00Z');
  const sample = [...generateSampleRecords({ count: 6000, seed: 5, now })];
  const queries: ActivityQuery[] = [
    {},
    { from: '2026-10-20', to: '2026-10-25' },
    { customer: sample[10]!.customerName.slice(2, 8) },
    { customer: sample[11]!.customerId.toUpperCase() },
    { customerId: sample[12]!.customerId },
    { partnerUser: sample[13]!.userPrincipalName.slice(0, 6).toUpperCase() },
    { statuses: ['failed'] },
    { resourceTypes: ['order'], operationTypes: ['create_order'] },
    { operationTypes: ['no_such_operation'] },
    { text: sample[14]!.id.slice(4, 20) },
    { text: sample[15]!.originalCorrelationId },
    { text: 'creato' },
    { text: 'Riuscita' },
    { text: 'societa' },
    { text: 'zzqxv' },
    { text: sample[16]!.customerName.split(' ')[0]!.toUpperCase(), statuses: ['succeeded'], from: '2026-09-01', to: '2026-10-31' },
    { text: `order ${sample[17]!.customerName.slice(0, 4)}` },
    { text: 'ordine creato', customer: sample[18]!.customerName.slice(1, 5) },
    { text: 'Åström' },
    { text: sample[19]!.userPrincipalName.split('@')[0], partnerUser: sample[19]!.userPrincipalName.slice(0, 3) },
  ];

  it('gives every query of the filter form the same rows as filtering the whole list in memory', async () => {
    const db = freshDb();
    // Out of date order and in two batches, so blocks overlap in time.
    await importBatch(db, 'sample', 'a', [sample.filter((_, i) => i % 2 === 0)]);
    await importBatch(db, 'sample', 'b', [sample.filter((_, i) => i % 2 === 1).reverse()]);
    for (const query of queries) {
      const expected = queryRecords(sample, query).map((r) => r.key);
      const q = storeQueryFor(query);
      const w = await openRecordWindow(db, q);
      const first = (await w.rows(0, 100)).map((r) => r.key);
      expect(first, JSON.stringify(query)).toEqual(expected.slice(0, 100));
      const scanned: string[] = [];
      await scanRecords(db, q, (chunk) => {
        for (const r of chunk) scanned.push(r.key);
      });
      expect(scanned.sort(), JSON.stringify(query)).toEqual([...expected].sort());
      const summary = await summarizeView(db, q);
      expect(summary.total, JSON.stringify(query)).toBe(expected.length);
      // The chart and top lists as counting the matches in memory gives them (ties may list in any order).
      const matches = queryRecords(sample, query);
      const perDay = new Map<string, number>();
      const customers = new Map<string, number>();
      for (const r of matches) {
        perDay.set(r.operationDate.slice(0, 10), (perDay.get(r.operationDate.slice(0, 10)) ?? 0) + 1);
        customers.set(r.customerId || r.customerName, (customers.get(r.customerId || r.customerName) ?? 0) + 1);
      }
      expect(summary.perDay, JSON.stringify(query)).toEqual([...perDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
      expect(summary.topCustomers.map((c) => c.count)).toEqual([...customers.values()].sort((a, b) => b - a).slice(0, 5));
      for (const c of summary.topCustomers) expect(customers.get(c.customerId || c.name)).toBe(c.count);
    }
  }, 120_000);
});

describe('the list window on the sample', () => {
  const now = new Date('2026-10-31T12:00:00Z');
  const sample = [...generateSampleRecords({ count: 8000, seed: 7, now })];
  const queries: ActivityQuery[] = [
    {},
    { customer: sample[10]!.customerName.slice(2, 8), statuses: ['failed'] },
    { statuses: ['decline'] },
    { operationTypes: ['create_order'], from: '2026-10-01', to: '2026-10-30' },
    { text: sample[14]!.id.slice(4, 20) },
    { text: 'order' },
    { text: 'creato', customer: sample[18]!.customerName.slice(1, 5) },
    { text: `license ${sample[20]!.userPrincipalName.slice(0, 4)}`, from: '2026-09-15', to: '2026-10-20' },
    { text: 'zzqxv' },
  ];

  it('reads every row of a view in order, window after window, and again after its groups left the cache', async () => {
    const db = freshDb();
    // Two batches, one out of date order: blocks overlap, groups hold several blocks.
    await importBatch(db, 'sample', 'a', [sample.filter((_, i) => i % 3 === 0)]);
    await importBatch(db, 'sample', 'b', [sample.filter((_, i) => i % 3 !== 0).reverse()]);
    for (const query of queries) {
      const expected = queryRecords(sample, query).map((r) => r.key);
      const w = await openRecordWindow(db, storeQueryFor(query), { cachedRows: 150 });
      const read: string[] = [];
      for (let offset = 0; ; offset += 130) {
        const rows = await w.rows(offset, 130);
        if (rows.length === 0) break;
        read.push(...rows.map((r) => r.key));
      }
      expect(read, JSON.stringify(query)).toEqual(expected);
      expect((await w.rows(0, 50)).map((r) => r.key), JSON.stringify(query)).toEqual(expected.slice(0, 50));
      expect(w.atMost).toBeGreaterThanOrEqual(expected.length);
      // A fresh window, counted, jumps straight to the middle and the end (its blocks refined from there on).
      const q = storeQueryFor(query);
      const counted = (await openRecordWindow(db, q, { cachedRows: 150 })).withCounts(new Map((await summarizeView(db, q)).blockCounts));
      expect(counted.total).toBe(expected.length);
      const middle = Math.floor(expected.length / 2);
      expect((await counted.rows(middle, 40)).map((r) => r.key), JSON.stringify(query)).toEqual(expected.slice(middle, middle + 40));
      expect((await counted.rows(Math.max(0, expected.length - 7), 10)).map((r) => r.key), JSON.stringify(query)).toEqual(expected.slice(-7));
      expect((await counted.rows(3, 5)).map((r) => r.key), JSON.stringify(query)).toEqual(expected.slice(3, 8));
    }
  }, 120_000);
});

describe('schema upgrade', () => {
  it('keeps v1 records and the batches they came in, through v2 to blocks', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const all = records(0, 3000).map((r) => ({ ...r, customerFolded: r.customerName.toLowerCase() }));
    const batch: Batch = { source: 'file', label: 'v1.csv', importedAt: '2026-10-01T00:00:00.000Z', state: 'done', touchedAt: 0, received: 3000, added: 1800, duplicates: 0, problems: 0, keys: all.slice(0, 1800).map((r) => r.key) };
    await v1.table('batches').add(batch);
    await v1.table('records').bulkAdd(all);
    v1.close();

    const v3 = freshDb(name);
    expect(await countRecords(v3)).toBe(3000);
    const [b] = await v3.batches.toArray();
    expect(b.keys).toBeUndefined();
    await removeBatch(v3, b.id!);
    expect(await countRecords(v3)).toBe(1200);
  });

  it('keeps all 100k v2 records, field for field, and which import brought each, when moving to blocks', async () => {
    const name = dbName();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const all = records(0, 100_000).map((r, i) => ({ ...r, customizedData: i % 10 === 0 ? [{ key: 'OrderId', value: `o${i}` }] : [], customerFolded: r.customerName.toLowerCase(), batchId: i < 60_000 ? 1 : 2 }));
    await v2.table('batches').bulkAdd([1, 2].map((id) => ({ id, source: 'file', label: `v2-${id}.csv`, importedAt: '2026-10-01T00:00:00.000Z', state: 'done', touchedAt: 0, received: 0, added: 0, duplicates: 0, problems: 0 })));
    await v2.table('records').bulkAdd(all);
    v2.close();

    const v3 = freshDb(name);
    expect(await countRecords(v3)).toBe(100_000);
    const byKey = new Map(all.map((r) => [r.key, r]));
    let checked = 0;
    await scanRecords(v3, EVERYTHING, (chunk) => {
      for (const r of chunk) {
        const { batchId: _b, customerFolded: _c, ...before } = byKey.get(r.key)!;
        expect(r).toEqual(before);
        checked++;
      }
    });
    expect(checked).toBe(100_000);
    await removeBatch(v3, 1);
    expect(await countRecords(v3)).toBe(40_000);
    expect((await importBatch(v3, 'file', 'again', [records(59_990, 20)])).added).toBe(10);
  }, 180_000);
});
