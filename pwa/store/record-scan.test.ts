import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { ActivityDb } from './activity-db';
import { importBatch } from './batch-writer';
import { scanRecords } from './record-scan';
import { storeQueryFor } from './store-query';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function freshDb() {
  const db = new ActivityDb(`scan-${Math.random()}`);
  opened.push(db);
  return db;
}

function record(i: number): ActivityRecord {
  // Many records share a date-time, as imports of one order often do, to test paging across equal dates.
  const date = new Date(Date.UTC(2026, 4, 1) + Math.floor(i / 7) * 3_600_000).toISOString();
  return { ...emptyRecord('api'), key: `id:${String(i).padStart(5, '0')}`, id: String(i), customerId: `c${i % 3}`, customerName: `Customer ${i % 3}`, operationType: i % 5 === 0 ? 'create_order' : 'update_subscription', resourceType: 'order', operationDate: date, operationStatus: 'succeeded' };
}

async function scanAll(db: ActivityDb, query: Parameters<typeof storeQueryFor>[0]) {
  const seen: string[] = [];
  let chunks = 0;
  await scanRecords(db, storeQueryFor(query), (records) => {
    chunks++;
    for (const r of records) seen.push(r.key);
  });
  return { seen, chunks };
}

describe('scanRecords', () => {
  it('hands over every matching record exactly once, in chunks, across equal date-times', async () => {
    const db = freshDb();
    const all = Array.from({ length: 11_000 }, (_, i) => record(i));
    await importBatch(db, 'file', 'x', [all]);
    const { seen, chunks } = await scanAll(db, {});
    expect(chunks).toBeGreaterThan(2);
    expect(seen.length).toBe(11_000);
    expect(new Set(seen).size).toBe(11_000);
  });

  it('narrows by period, customer and the rest of the query', async () => {
    const db = freshDb();
    const all = Array.from({ length: 3_000 }, (_, i) => record(i));
    await importBatch(db, 'file', 'x', [all]);
    const may3 = all.filter((r) => r.operationDate.startsWith('2026-05-03') && r.customerId === 'c1' && r.operationType === 'create_order');
    const { seen } = await scanAll(db, { from: '2026-05-03', to: '2026-05-03', customerId: 'c1', operationTypes: ['create_order'] });
    expect(seen.sort()).toEqual(may3.map((r) => r.key).sort());
    const { seen: none } = await scanAll(db, { from: '2027-01-01', to: '2027-01-31' });
    expect(none).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const db = freshDb();
    await importBatch(db, 'file', 'x', [Array.from({ length: 12_000 }, (_, i) => record(i))]);
    const controller = new AbortController();
    let got = 0;
    let first = 0;
    await expect(
      scanRecords(db, storeQueryFor({}), (records) => {
        got += records.length;
        first ||= records.length;
        controller.abort();
      }, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    // Nothing after the chunk during which it was cancelled.
    expect(first).toBeGreaterThan(0);
    expect(got).toBe(first);
  });
});
