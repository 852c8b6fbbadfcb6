import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { emptyRecord } from '../../core/record/activity-record';
import { coverageByDay, type CoverageSpan } from '../../core/archive/archive-coverage';
import { ActivityDb, SCHEMA_V1, SCHEMA_V2 } from './activity-db';
import { importBatch, removeBatch } from './batch-writer';
import { loadCoverage, recordCoverage } from './coverage-store';
import { scanRecords } from './record-scan';
import { storeQueryFor } from './store-query';

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
function freshDb(name = `lens-coverage-${++n}-${Math.random()}`) {
  const db = new ActivityDb(name);
  opened.push(db);
  return db;
}
const span = (from: string, to: string, complete = true, tenantId = 'p1'): CoverageSpan => ({ tenantId, from, to, complete, source: 'fetch' });

describe('the archive’s coverage', () => {
  it('keeps the spans it is given and gives them back as the core reads them', async () => {
    const db = freshDb();
    await recordCoverage(db, [span('2026-05-10T00:00:00.000Z', '2026-05-12T00:00:00.000Z'), span('2026-05-12T00:00:00.000Z', '2026-05-12T08:00:00.000Z', false, 'p2')]);
    await recordCoverage(db, []);
    const spans = await loadCoverage(db);
    expect(spans).toEqual([span('2026-05-10T00:00:00.000Z', '2026-05-12T00:00:00.000Z'), span('2026-05-12T00:00:00.000Z', '2026-05-12T08:00:00.000Z', false, 'p2')]);
    expect(coverageByDay(spans, '2026-05-10', '2026-05-12', 'p1').map((d) => d.state)).toEqual(['complete', 'complete', 'missing']);
  });

  it('forgets the coverage of an import when the import is undone, and keeps the rest', async () => {
    const db = freshDb();
    const rec = { ...emptyRecord('api'), key: 'id:1', id: '1', operationDate: '2026-05-10T10:00:00.000Z' };
    const batch = await importBatch(db, 'sample-server', 'fetch', [[rec]]);
    await recordCoverage(db, [span('2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z')], { batchId: batch.id });
    await recordCoverage(db, [span('2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z')]);
    expect(await loadCoverage(db)).toHaveLength(2);
    await removeBatch(db, batch.id!);
    expect(await loadCoverage(db)).toEqual([span('2026-05-01T00:00:00.000Z', '2026-05-02T00:00:00.000Z')]);
  });

  it('leaves out the coverage of an import still being written (it may yet be rolled back)', async () => {
    const db = freshDb();
    const id = await db.batches.add({ source: 'file', label: 'x', importedAt: '', state: 'importing', touchedAt: Date.now(), received: 0, added: 0, duplicates: 0, problems: 0 });
    await recordCoverage(db, [span('2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z')], { batchId: id });
    expect(await loadCoverage(db)).toEqual([]);
  });

  it('adds the coverage table to an archive made by the previous version without touching its records', async () => {
    const name = `lens-coverage-upgrade-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('records').add({ ...emptyRecord('api'), key: 'id:7', operationDate: '2026-05-10T10:00:00.000Z', batchId: 1, customerFolded: '' });
    await v2.table('views').add({ name: 'mine', search: 'customer=a', savedAt: '' });
    v2.close();
    const db = freshDb(name);
    // The record moved into the block layout (v3) and is still there.
    const keys: string[] = [];
    await scanRecords(db, storeQueryFor({}), (chunk) => {
      for (const r of chunk) keys.push(r.key);
    });
    expect(keys).toEqual(['id:7']);
    expect(await db.views.count()).toBe(1);
    await recordCoverage(db, [span('2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z')]);
    expect(await loadCoverage(db)).toHaveLength(1);
    expect(db.verno).toBe(5);
  });
});
