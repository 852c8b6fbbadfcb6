import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ActivityDb, countRecords } from './store/activity-db';
import { archiveSummary, importDelivery } from './archive-sync';
import { loadCoverage } from './store/coverage-store';
import { generateSampleRecords, SAMPLE_PARTNER_ID } from '../sample-data/sample-generator';

const now = new Date('2026-12-01T10:00:00.000Z');
const records = [...generateSampleRecords({ count: 300, seed: 3, now, days: 10 })];
const span = { tenantId: SAMPLE_PARTNER_ID, from: '2026-11-21T00:00:00.000Z', to: now.toISOString(), complete: true, source: 'fetch' as const };

describe('the app takes what the extension fetched', () => {
  it('imports a delivery as one batch with its coverage; one that adds nothing leaves no empty batch but keeps its coverage', async () => {
    const db = new ActivityDb(`sync-${Math.random()}`);
    expect(await importDelivery(db, { label: 'Sync', chunks: [records.slice(0, 200), records.slice(200)], spans: [span] })).toEqual({ added: 300, duplicates: 0 });
    expect(await countRecords(db)).toBe(300);
    const again = await importDelivery(db, { label: 'Sync again', chunks: [records.slice(250)], spans: [{ ...span, from: '2026-11-30T00:00:00.000Z' }] });
    expect(again).toEqual({ added: 0, duplicates: 50 });
    expect((await db.batches.toArray()).map((b) => b.label)).toEqual(['Sync']);
    expect(await loadCoverage(db)).toHaveLength(2);
  });

  it('tells the extension the newest record per tenant and the coverage inside the 90 days', async () => {
    const db = new ActivityDb(`sync-${Math.random()}`);
    await importDelivery(db, { label: 'Sync', chunks: [records], spans: [span, { ...span, from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' }] });
    const summary = await archiveSummary(db, now.getTime());
    expect(summary.newest).toEqual({ [SAMPLE_PARTNER_ID]: records.map((r) => r.operationDate).sort().at(-1) });
    expect(summary.coverage).toEqual([span]);
  });
});
