// Measurement hooks for `npm run bench`, loaded only when the app is opened with ?bench (a lazy chunk, so
// users never download it). They drive the same store and workers the UI uses, under window.__lensBench.
import type { ActivityRecord } from '../core/activity-record';
import { generateSampleRecords } from '../core/sample-generator';
import { ActivityDb } from './store/activity-db';
import { BatchWriter } from './store/batch-writer';
import { openRecordWindow } from './store/record-window';
import { exportWorker, insightSource, Comlink } from './workers/worker-clients';
import { DB_NAME } from './store/activity-db';
import { scanRecords } from './store/record-scan';
import { storeQueryFor } from './store/store-query';
import type { InsightViewId } from './workers/insight-view-model';

const CHUNK = 5_000;
let records: ActivityRecord[] = [];

function since(t0: number): number {
  return performance.now() - t0;
}

const hooks = {
  /** Generates the records once, outside any timing. */
  generate(count: number, nowIso: string): number {
    records = [...generateSampleRecords({ count, seed: 20261125, now: new Date(nowIso) })];
    return records.length;
  },
  /** Our import path: chunked BatchWriter transactions with dedupe, into the app's own database. */
  async importOurs(dbName: string): Promise<number> {
    const db = new ActivityDb(dbName);
    // Opened (schema created) before the clock starts, as the baseline's database is.
    await db.open();
    const t0 = performance.now();
    const writer = await BatchWriter.begin(db, 'sample', 'bench');
    for (let i = 0; i < records.length; i += CHUNK) await writer.add(records.slice(i, i + CHUNK));
    await writer.commit();
    const ms = since(t0);
    db.close();
    return ms;
  },
  /** The baseline: a plain IndexedDB put loop (one transaction per chunk) into a store with the same indexes. */
  async importRaw(dbName: string): Promise<number> {
    const open = indexedDB.open(dbName, 1);
    open.onupgradeneeded = () => {
      const s = open.result.createObjectStore('records', { keyPath: 'key' });
      // Exactly the app's v2 record indexes (SCHEMA_V2), batchId included, so only the write path differs.
      for (const ix of ['operationDate', 'customerFolded', 'operationType', 'resourceType', 'userPrincipalName', 'operationStatus', 'batchId']) s.createIndex(ix, ix);
      s.createIndex('customerId+operationDate', ['customerId', 'operationDate']);
    };
    const idb = await new Promise<IDBDatabase>((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const t0 = performance.now();
    for (let i = 0; i < records.length; i += CHUNK) {
      const tx = idb.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (const r of records.slice(i, i + CHUNK)) store.put({ ...r, customerFolded: r.customerName.toLowerCase(), batchId: 1 });
      await new Promise<void>((ok, ko) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => ko(tx.error);
      });
    }
    const ms = since(t0);
    idb.close();
    return ms;
  },
  /** The busiest customer in the generated records and the whole period, for the query bench. */
  pickCustomer(): { customerId: string; from: string; to: string } {
    const counts = new Map<string, number>();
    // Partner-level records have no customer: the busiest real customer is what a user looks up.
    for (const r of records) if (r.customerId) counts.set(r.customerId, (counts.get(r.customerId) ?? 0) + 1);
    const customerId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const dates = records.map((r) => r.operationDate).sort();
    const to = new Date(Date.parse(dates[dates.length - 1]) + 1).toISOString();
    return { customerId, from: dates[Math.floor(dates.length / 2)], to };
  },
  /** First page (100 rows) of customer + period through the indexes. */
  async queryFirstPage(dbName: string, q: { customerId: string; from: string; to: string }): Promise<{ ms: number; rows: number }> {
    const db = new ActivityDb(dbName);
    await db.open();
    const t0 = performance.now();
    const w = await openRecordWindow(db, q);
    const rows = await w.rows(0, 100);
    const ms = since(t0);
    db.close();
    return { ms, rows: rows.length };
  },
  /** The same answer by reading every record and filtering/sorting in memory. */
  async scanFirstPage(dbName: string, q: { customerId: string; from: string; to: string }): Promise<{ ms: number; rows: number }> {
    const db = new ActivityDb(dbName);
    await db.open();
    const t0 = performance.now();
    const all = await db.records.toArray();
    const rows = all
      .filter((r) => r.customerId === q.customerId && r.operationDate >= q.from && r.operationDate < q.to)
      .sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1))
      .slice(0, 100);
    const ms = since(t0);
    db.close();
    return { ms, rows: rows.length };
  },
  /** Our records into the app's own database (the one the insight worker reads). */
  async importIntoApp(): Promise<number> {
    return hooks.importOurs(DB_NAME);
  },
  /** The baseline of the insight bench: one plain cursor over every stored record, in a worker's place (no work per record). */
  async fullScan(): Promise<{ ms: number; rows: number }> {
    const db = new ActivityDb(DB_NAME);
    await db.open();
    const t0 = performance.now();
    let rows = 0;
    await db.records.each(() => {
      rows++;
    });
    const ms = since(t0);
    db.close();
    return { ms, rows };
  },
  /** scanRecords alone on the page (no aggregation, no worker): what the views' scan costs over a plain cursor. */
  async pagedScan(): Promise<{ ms: number; rows: number }> {
    const db = new ActivityDb(DB_NAME);
    await db.open();
    const t0 = performance.now();
    let rows = 0;
    await scanRecords(db, storeQueryFor({}), (chunk) => {
      rows += chunk.length;
    });
    const ms = since(t0);
    db.close();
    return { ms, rows };
  },
  /** One insight view over the whole archive, as the app asks its worker: until the model is on the page. */
  async insightView(view: InsightViewId, customerId?: string): Promise<{ ms: number; firstMs: number; scanned: number }> {
    const t0 = performance.now();
    let firstMs = 0;
    const model = await insightSource.compute({ view, query: customerId ? { customerId } : {}, lang: 'en' }, (p) => {
      if (p.partial && firstMs === 0) firstMs = since(t0);
    });
    const ms = since(t0);
    return { ms, firstMs: firstMs || ms, scanned: model?.scanned ?? 0 };
  },
  /** Runs a whole-period CSV export in the export worker while watching the main thread for long tasks. */
  async exportLongestTask(from: string, to: string): Promise<{ longest: number; maxGap: number; bytes: number; rows: number; ms: number }> {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    // Also time the gaps between 10 ms timers: a busy main thread shows up here even where 'longtask' is absent.
    let maxGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const t = performance.now();
      maxGap = Math.max(maxGap, t - last - 10);
      last = t;
    }, 10);
    const t0 = performance.now();
    const files = await exportWorker().exportView(
      { query: { from, to } as never, format: 'csv', lang: 'en', delimiter: ',' },
      Comlink.proxy(() => undefined) as never,
    );
    // Hold the Blobs briefly as a download would.
    const bytes = files.reduce((s, f) => s + (f.blob?.size ?? 0), 0);
    const ms = since(t0);
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    clearInterval(ticker);
    return { longest, maxGap, bytes, rows: files.reduce((s, f) => s + f.rows, 0), ms };
  },
};

export type LensBenchHooks = typeof hooks;
(window as unknown as { __lensBench: LensBenchHooks }).__lensBench = hooks;
