// Measurement hooks for `npm run bench`, in the benches' own build of the app only (bench-main.ts loads them with
// ?bench; dist/pwa never has them). They drive the same store and workers the UI uses, under window.__lensBench.
// A million records do not fit in a page's heap at once, so every pass generates them afresh, 100k at a time,
// with the clock stopped, and times only what it measures.
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { excelCsvChunks } from '../../core/leaving/excel-csv-writer';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { ActivityDb } from '../../pwa/store/activity-db';
import { BatchWriter } from '../../pwa/store/batch-writer';
import { recordTest } from '../../pwa/store/block-plan';
import { openRecordWindow } from '../../pwa/store/record-window';
import { newestFirst } from '../../core/asking/activity-query';
import { readBlockRecords } from '../../pwa/store/block-reader';
import { storeQueryFor } from '../../pwa/store/store-query';
import { exportWorker, insightSource, viewWorker, Comlink } from '../../pwa/workers/worker-clients';
import { DB_NAME } from '../../pwa/store/activity-db';
import { scanRecords } from '../../pwa/store/record-scan';
import type { InsightViewId } from '../../pwa/workers/insight-view-model';

/** Records generated (and timed) at a time: the tail bench compares the first and the last of these. */
const PASS_CHUNK = 100_000;
/** Records per store call, as the import worker writes them. */
const WRITE_CHUNK = 5_000;
const SEED = 20261125;

let count = 0;
let nowIso = '';

function* passes(): Generator<ActivityRecord[]> {
  const all = generateSampleRecords({ count, seed: SEED, now: new Date(nowIso) });
  let chunk: ActivityRecord[] = [];
  for (const r of all) {
    chunk.push(r);
    if (chunk.length === PASS_CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function since(t0: number): number {
  return performance.now() - t0;
}

export interface ImportTiming {
  ms: number;
  /** Milliseconds for each PASS_CHUNK records, in order. */
  perChunk: number[];
  records: number;
}

function idbRequest<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, ko) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
}

/** Watches the main thread: the longest task (PerformanceObserver) and the longest gap between 10 ms timers. */
function watchMainThread(): () => { longest: number; maxGap: number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let maxGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last - 10);
    last = t;
  }, 10);
  return () => {
    observer.disconnect();
    clearInterval(ticker);
    return { longest, maxGap };
  };
}

const hooks = {
  /** How many records each pass generates, and the "now" they end at. */
  configure(records: number, now: string): void {
    count = records;
    nowIso = now;
  },

  /**
   * Our import path (dedupe, blocks, summaries, batch counts) into a fresh app database, 5,000 records a call, and
   * the baseline (the same records written as plain 1,000-record rows in one object store, no index) into another,
   * taking turns pass by pass: on a shared machine a neighbour's burst then lands on both sides alike (run one after
   * the other, the baseline's 16 s and our minute saw different loads).
   */
  async importRawAndOurs(rawName: string, dbName: string): Promise<{ raw: ImportTiming; ours: ImportTiming }> {
    const open = indexedDB.open(rawName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('blocks', { keyPath: 'id' });
    const idb = await idbRequest(open);
    const db = new ActivityDb(dbName);
    await db.open();
    const raw: ImportTiming = { ms: 0, perChunk: [], records: 0 };
    const ours: ImportTiming = { ms: 0, perChunk: [], records: 0 };
    let id = 0;
    let t0 = performance.now();
    const writer = await BatchWriter.begin(db, 'sample', 'bench');
    let begin = since(t0);
    for (const pass of passes()) {
      t0 = performance.now();
      for (let i = 0; i < pass.length; i += WRITE_CHUNK) {
        const tx = idb.transaction('blocks', 'readwrite');
        const store = tx.objectStore('blocks');
        for (let j = i; j < Math.min(pass.length, i + WRITE_CHUNK); j += 1_000) store.put({ id: id++, records: pass.slice(j, Math.min(j + 1_000, i + WRITE_CHUNK)) });
        await new Promise<void>((ok, ko) => {
          tx.oncomplete = () => ok();
          tx.onabort = () => ko(tx.error);
        });
      }
      raw.perChunk.push(since(t0));
      raw.records += pass.length;
      t0 = performance.now();
      for (let i = 0; i < pass.length; i += WRITE_CHUNK) await writer.add(pass.slice(i, i + WRITE_CHUNK));
      // The pass's last chunk is on disk before the clock stops (as the baseline's transactions are).
      await writer.settled();
      ours.perChunk.push(since(t0) + begin);
      begin = 0;
      ours.records += pass.length;
    }
    t0 = performance.now();
    await writer.commit();
    ours.perChunk[ours.perChunk.length - 1]! += since(t0);
    db.close();
    idb.close();
    if (writer.added !== ours.records) throw new Error(`importOurs: added ${writer.added} of ${ours.records}`);
    raw.ms = raw.perChunk.reduce((s, x) => s + x, 0);
    ours.ms = ours.perChunk.reduce((s, x) => s + x, 0);
    return { raw, ours };
  },

  /** Frees the baseline's database (after our import: deleting 1.4 GB cleans up in the background for a while). */
  async dropDatabase(dbName: string): Promise<void> {
    await idbRequest(indexedDB.deleteDatabase(dbName) as unknown as IDBRequest<unknown>).catch(() => undefined);
  },

  /** Our import path alone into a fresh app database (the insight bench's archive), 5,000 records a call. */
  async importOurs(dbName: string): Promise<ImportTiming> {
    const db = new ActivityDb(dbName);
    await db.open();
    const perChunk: number[] = [];
    let records = 0;
    let t0 = performance.now();
    const writer = await BatchWriter.begin(db, 'sample', 'bench');
    let begin = since(t0);
    for (const pass of passes()) {
      t0 = performance.now();
      for (let i = 0; i < pass.length; i += WRITE_CHUNK) await writer.add(pass.slice(i, i + WRITE_CHUNK));
      perChunk.push(since(t0) + begin);
      begin = 0;
      records += pass.length;
    }
    t0 = performance.now();
    await writer.commit();
    perChunk[perChunk.length - 1]! += since(t0);
    db.close();
    if (writer.added !== records) throw new Error(`importOurs: added ${writer.added} of ${records}`);
    return { ms: perChunk.reduce((s, x) => s + x, 0), perChunk, records };
  },

  /** Filters a user would type, made from records actually stored (one from the middle, one recent). */
  async benchQueries(dbName: string): Promise<{ name: string; query: ActivityQuery }[]> {
    const db = new ActivityDb(dbName);
    const ids = await db.blocks.orderBy('id').primaryKeys();
    const summary = (await db.blocks.get(ids[Math.floor(ids.length / 2)]!))!;
    const [middle] = await readBlockRecords(db, [{ summary }]);
    const r = middle![Math.floor(middle!.length / 2)]!;
    const withCustomer = middle!.find((x) => x.customerId !== '') ?? r;
    db.close();
    const to = nowIso.slice(0, 10);
    const monthAgo = new Date(Date.parse(nowIso) - 30 * 86_400_000).toISOString().slice(0, 10);
    const all = { from: new Date(Date.parse(nowIso) - 120 * 86_400_000).toISOString().slice(0, 10), to };
    const word = withCustomer.customerName.split(/\s+/).find((w) => w.length >= 4) ?? withCustomer.customerName;
    return [
      { name: 'period (all)', query: all },
      { name: 'period (last month)', query: { from: monthAgo, to } },
      { name: 'customer name part', query: { ...all, customer: word.slice(0, 6) } },
      { name: 'customer id', query: { ...all, customerId: withCustomer.customerId } },
      { name: 'action (create_order)', query: { ...all, operationTypes: ['create_order'] } },
      { name: 'resource type (license)', query: { ...all, resourceTypes: ['license'] } },
      { name: 'partner user part', query: { ...all, partnerUser: r.userPrincipalName.slice(0, 8) } },
      { name: 'status (failed)', query: { ...all, statuses: ['failed'] } },
      { name: 'text: a word', query: { ...all, text: word } },
      { name: 'text: an id fragment', query: { ...all, text: r.id.slice(9, 23) } },
      { name: 'text: absent word', query: { ...all, text: 'quokka' } },
      { name: 'customer + failed + text', query: { ...all, customer: word.slice(0, 5), statuses: ['failed'], text: 'order' } },
    ];
  },

  /** The list's first page (100 rows) through the block plan, as the app opens it. */
  async queryFirstPage(dbName: string, query: ActivityQuery): Promise<{ ms: number; rows: string[] }> {
    const db = new ActivityDb(dbName);
    await db.open();
    const t0 = performance.now();
    const w = await openRecordWindow(db, storeQueryFor(query));
    const rows = await w.rows(0, 100);
    const ms = since(t0);
    db.close();
    return { ms, rows: rows.map((r) => r.key) };
  },

  /** The same first page by reading every block of the store and filtering every record. */
  async fullScanFirstPage(dbName: string, query: ActivityQuery): Promise<{ ms: number; rows: string[]; matched: number }> {
    const db = new ActivityDb(dbName);
    await db.open();
    const t0 = performance.now();
    const test = recordTest(storeQueryFor(query));
    let best: ActivityRecord[] = [];
    let matched = 0;
    const summaries = await db.blocks.toArray();
    for (let i = 0; i < summaries.length; i += 4) {
      for (const list of await readBlockRecords(db, summaries.slice(i, i + 4).map((summary) => ({ summary })))) {
        for (const r of list) {
          if (!test(r)) continue;
          matched++;
          best.push(r);
        }
        if (best.length > 1_000) best = best.sort(newestFirst).slice(0, 100);
      }
    }
    const rows = best.sort(newestFirst).slice(0, 100);
    const ms = since(t0);
    db.close();
    return { ms, rows: rows.map((r) => r.key), matched };
  },

  /**
   * fullScanFirstPage for many queries in one read of the store: every block read once (timed once), each query's
   * predicate and first-page sort timed on its own; a query's full scan is the read plus its own filtering. Twelve
   * separate scans took over four minutes of the bench at 1M, for the same read each time.
   */
  async fullScansFirstPage(dbName: string, queries: ActivityQuery[]): Promise<{ ms: number; rows: string[]; matched: number }[]> {
    const db = new ActivityDb(dbName);
    await db.open();
    const tests = queries.map((q) => recordTest(storeQueryFor(q)));
    const best: ActivityRecord[][] = queries.map(() => []);
    const matched = queries.map(() => 0);
    const own = queries.map(() => 0);
    let readMs = 0;
    let t0 = performance.now();
    const summaries = await db.blocks.toArray();
    readMs += since(t0);
    for (let i = 0; i < summaries.length; i += 4) {
      t0 = performance.now();
      const lists = await readBlockRecords(db, summaries.slice(i, i + 4).map((summary) => ({ summary })));
      readMs += since(t0);
      for (let q = 0; q < queries.length; q++) {
        const t1 = performance.now();
        const test = tests[q]!;
        for (const list of lists) {
          for (const r of list) {
            if (!test(r)) continue;
            matched[q]!++;
            best[q]!.push(r);
          }
          if (best[q]!.length > 1_000) best[q] = best[q]!.sort(newestFirst).slice(0, 100);
        }
        own[q]! += since(t1);
      }
    }
    db.close();
    return queries.map((_, q) => {
      const t1 = performance.now();
      const rows = best[q]!.sort(newestFirst).slice(0, 100);
      return { ms: readMs + own[q]! + since(t1), rows: rows.map((r) => r.key), matched: matched[q]! };
    });
  },

  /** Counts, chart and top lists of a view, in the view worker, with the main thread watched. */
  async viewSummary(query: ActivityQuery): Promise<{ ms: number; total: number; longest: number; maxGap: number }> {
    const stop = watchMainThread();
    const t0 = performance.now();
    const s = await viewWorker().summarize(query);
    const ms = since(t0);
    await new Promise((r) => setTimeout(r, 100));
    return { ms, total: s?.total ?? -1, ...stop() };
  },

  /** The core writer alone on the same rows (generated again, clock stopped), making the file's bytes. */
  coreWriterAlone(): { ms: number; rows: number; bytes: number } {
    let ms = 0;
    let rows = 0;
    let bytes = 0;
    for (const pass of passes()) {
      const t0 = performance.now();
      for (const chunk of excelCsvChunks(pass, { lang: 'en', delimiter: ',' })) {
        bytes += chunk.bytes.length;
        rows += chunk.chunkRows;
      }
      ms += since(t0);
    }
    return { ms, rows, bytes };
  },

  /** A whole-archive CSV export in the export worker, from the store, while watching the main thread. */
  async exportFromStore(from: string, to: string): Promise<{ longest: number; maxGap: number; bytes: number; rows: number; ms: number }> {
    const stop = watchMainThread();
    const t0 = performance.now();
    const files = await exportWorker().exportView({ query: { from, to } as never, format: 'csv', lang: 'en', delimiter: ',' }, Comlink.proxy(() => undefined) as never);
    const bytes = files.reduce((s, f) => s + (f.blob?.size ?? 0), 0);
    const ms = since(t0);
    await new Promise((r) => setTimeout(r, 200));
    return { ...stop(), bytes, rows: files.reduce((s, f) => s + f.rows, 0), ms };
  },

  /** The busiest customer of the configured records, and their period (the Customer view's bench asks for it). */
  pickCustomer(): { customerId: string; from: string; to: string } {
    const counts = new Map<string, number>();
    let from = '\uffff';
    let to = '';
    for (const pass of passes()) {
      for (const r of pass) {
        if (r.customerId) counts.set(r.customerId, (counts.get(r.customerId) ?? 0) + 1);
        if (r.operationDate < from) from = r.operationDate;
        if (r.operationDate > to) to = r.operationDate;
      }
    }
    const [customerId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
    return { customerId, from: from.slice(0, 10), to: to.slice(0, 10) };
  },

  /** The configured records into the app's own database (the one the insight worker reads). */
  async importIntoApp(): Promise<number> {
    return (await hooks.importOurs(DB_NAME)).records;
  },

  /** The insight bench's baseline: every stored record of the app's database read once, block by block (no work per record). */
  async fullScan(): Promise<{ ms: number; rows: number }> {
    const db = new ActivityDb(DB_NAME);
    await db.open();
    const t0 = performance.now();
    let rows = 0;
    const summaries = await db.blocks.toArray();
    for (let i = 0; i < summaries.length; i += 4) {
      for (const list of await readBlockRecords(db, summaries.slice(i, i + 4).map((summary) => ({ summary })))) rows += list.length;
    }
    const ms = since(t0);
    db.close();
    return { ms, rows };
  },

  /** scanRecords alone on the page (no aggregation, no worker): what the views' scan costs over the plain read. */
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
};

export type LensBenchHooks = typeof hooks;
(window as unknown as { __lensBench: LensBenchHooks }).__lensBench = hooks;
