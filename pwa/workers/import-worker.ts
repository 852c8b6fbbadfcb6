// Brings records into the archive off the main thread: streams each dropped file through the core parsers
// (CSV and JSON alike, byte chunk by chunk, any file size), generates the sample, or pages through the sample server,
// and writes each source as one batch straight to IndexedDB from here, so the page never freezes.
import * as Comlink from 'comlink';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { ImportProblem } from '../../core/reading/import-problem';
import { createFileRecordParser } from '../../core/reading/records-from-file';
import { generateSampleRecords, SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { fetchAuditRecords } from '../../core/partner-center/partner-center-client';
import { FetchCoverageTally, RecordDayTally } from '../../core/archive/coverage-spans';
import { openActivityDb } from '../store/activity-db';
import { BatchWriter, StoreError } from '../store/batch-writer';
import { recordCoverage } from '../store/coverage-store';

/** Records written per transaction: big enough to amortise a transaction, small enough to keep progress lively. */
const WRITE_CHUNK = 5_000;
/** Problems kept per file for the list (the count is always exact). */
const SHOWN_PROBLEMS = 200;
/** The sample server accepts any bearer token; it is not a secret. */
export const SAMPLE_SERVER_TOKEN = 'sample-token';

export interface ImportProgress {
  label: string;
  /** 0..1 over the whole run when known. */
  fraction?: number;
  added: number;
  duplicates: number;
}

export interface ImportOutcome {
  label: string;
  batchId?: number;
  received: number;
  added: number;
  duplicates: number;
  problemCount: number;
  problems: ImportProblem[];
  /** The whole source failed (nothing of it was kept). */
  error?: { kind: string; message: string };
  /** A fetch stopped part way (cancelled, failed): what arrived is kept and its days show as partial. */
  cut?: { kind: string; message: string };
}

type ProgressCallback = (p: ImportProgress) => void;

let cancelRequested = false;
let controller: AbortController | undefined;

function cancelled(): StoreError {
  return new StoreError('cancelled', 'Import cancelled: nothing from it was kept.');
}

class ChunkedWriter {
  private pending: ActivityRecord[] = [];
  /** The days the records touch, for the archive's coverage. */
  readonly days = new RecordDayTally();
  constructor(readonly writer: BatchWriter) {}
  async push(records: readonly ActivityRecord[]): Promise<void> {
    this.days.note(records);
    for (const r of records) this.pending.push(r);
    if (this.pending.length >= WRITE_CHUNK) await this.flush();
  }
  async flush(): Promise<void> {
    if (cancelRequested) throw cancelled();
    if (this.pending.length === 0) return;
    const chunk = this.pending;
    this.pending = [];
    await this.writer.add(chunk);
  }
}

async function importOneFile(file: File, done: { bytes: number }, totalBytes: number, onProgress: ProgressCallback): Promise<ImportOutcome> {
  const db = openActivityDb();
  const writer = await BatchWriter.begin(db, 'file', file.name);
  const out = new ChunkedWriter(writer);
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const note = (ps: readonly ImportProblem[]) => {
    problemCount += ps.length;
    for (const p of ps) if (problems.length < SHOWN_PROBLEMS) problems.push(p);
  };
  const report = (fileBytes: number) =>
    onProgress({ label: file.name, fraction: totalBytes > 0 ? (done.bytes + fileBytes) / totalBytes : undefined, added: writer.added, duplicates: writer.duplicates });
  try {
    // Every file is read as a stream of bytes, JSON and CSV alike, so a file of any size imports with memory
    // of one chunk and the records it completes (a 1.5 GB file never becomes one string).
    const parser = createFileRecordParser(file.name);
    const reader = file.stream().getReader();
    let read = 0;
    try {
      for (;;) {
        if (cancelRequested) throw cancelled();
        const { value, done: end } = await reader.read();
        if (end) break;
        read += value.length;
        const batch = parser.push(value);
        note(batch.problems);
        await out.push(batch.records);
        report(Math.min(read, file.size));
      }
    } finally {
      // Stops reading the file when the import stops early (cancel, a full disk).
      if (read < file.size) void reader.cancel().catch(() => undefined);
    }
    const last = parser.finish();
    note(last.problems);
    await out.push(last.records);
    await out.flush();
    if (cancelRequested) throw cancelled();
    const batch = await writer.commit(problemCount);
    await recordCoverage(db, out.days.spans('file'), { batchId: batch.id });
    done.bytes += file.size;
    report(0);
    return { label: file.name, batchId: batch.id, received: writer.received, added: writer.added, duplicates: writer.duplicates, problemCount, problems };
  } catch (error) {
    await writer.rollback();
    const e = error instanceof StoreError ? error : new StoreError('write-failed', `${file.name}: ${(error as Error)?.message ?? String(error)}`);
    if (e.kind === 'cancelled' || e.kind === 'quota') throw e;
    done.bytes += file.size;
    return { label: file.name, received: 0, added: 0, duplicates: 0, problemCount, problems, error: { kind: e.kind, message: e.message } };
  }
}

async function runCancellable<T>(work: (batches: number[]) => Promise<T>): Promise<T> {
  cancelRequested = false;
  const batches: number[] = [];
  try {
    return await work(batches);
  } catch (error) {
    // Cancel or a full disk undoes the whole run, not just the file in hand.
    const db = openActivityDb();
    for (const id of batches) await import('../store/batch-writer').then((m) => m.removeBatch(db, id));
    throw error instanceof StoreError ? { kind: error.kind, message: error.message } : { kind: 'write-failed', message: String((error as Error)?.message ?? error) };
  } finally {
    cancelRequested = false;
  }
}

const api = {
  async importFiles(files: File[], onProgress: ProgressCallback): Promise<ImportOutcome[]> {
    return runCancellable(async (batches) => {
      const totalBytes = files.reduce((s, f) => s + f.size, 0);
      const done = { bytes: 0 };
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        const outcome = await importOneFile(file, done, totalBytes, onProgress);
        if (outcome.batchId !== undefined) batches.push(outcome.batchId);
        outcomes.push(outcome);
      }
      return outcomes;
    });
  },

  async loadSample(count: number, nowIso: string, onProgress: ProgressCallback): Promise<ImportOutcome> {
    return runCancellable(async (batches) => {
      const writer = await BatchWriter.begin(openActivityDb(), 'sample', 'Sample data');
      batches.push(writer.batchId);
      let chunk: ActivityRecord[] = [];
      const days = new RecordDayTally(SAMPLE_PARTNER_ID);
      const flush = async () => {
        if (cancelRequested) throw cancelled();
        days.note(chunk);
        await writer.add(chunk);
        chunk = [];
        onProgress({ label: 'Sample data', fraction: Math.min(1, writer.received / count), added: writer.added, duplicates: writer.duplicates });
      };
      for (const r of generateSampleRecords({ count, seed: 42, now: new Date(nowIso) })) {
        chunk.push(r);
        if (chunk.length >= WRITE_CHUNK) await flush();
      }
      await flush();
      const batch = await writer.commit();
      // Generated, not fetched: its days hold records but nothing says they are all there is.
      await recordCoverage(openActivityDb(), days.spans('file'), { batchId: batch.id });
      return { label: batch.label, batchId: batch.id, received: writer.received, added: writer.added, duplicates: writer.duplicates, problemCount: 0, problems: [] };
    });
  },

  /** Pages from the sample Partner Center server go into the store as they arrive. */
  async fetchFromServer(baseUrl: string, from: string, to: string, onProgress: ProgressCallback): Promise<ImportOutcome> {
    return runCancellable(async (batches) => {
      controller = new AbortController();
      const label = `Partner Center (sample server ${new URL(baseUrl).host})`;
      const writer = await BatchWriter.begin(openActivityDb(), 'sample-server', label);
      batches.push(writer.batchId);
      const coverage = new FetchCoverageTally(SAMPLE_PARTNER_ID, new Date());
      let cut: ImportOutcome['cut'];
      try {
        const pages = fetchAuditRecords({ baseUrl, fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init), getToken: async () => SAMPLE_SERVER_TOKEN, from, to, signal: controller.signal });
        for await (const page of pages) {
          if (cancelRequested) throw cancelled();
          await writer.add(page.records);
          coverage.page(page);
          onProgress({ label, fraction: page.chunks ? (page.chunk + 1) / page.chunks : undefined, added: writer.added, duplicates: writer.duplicates });
        }
      } catch (error) {
        // What arrived before a cancel or a failure is real history: keep it, and let coverage say which days
        // are only partial. A full disk, or a stop before anything arrived, keeps nothing, as before.
        const kind = (error as { kind?: string })?.kind ?? 'failed';
        if (kind === 'quota' || coverage.spans().length === 0) throw error;
        cut = { kind, message: (error as Error)?.message ?? String(error) };
      }
      const batch = await writer.commit();
      await recordCoverage(openActivityDb(), coverage.spans(), { batchId: batch.id });
      return { label, batchId: batch.id, received: writer.received, added: writer.added, duplicates: writer.duplicates, problemCount: 0, problems: [], cut };
    });
  },

  cancel(): void {
    cancelRequested = true;
    controller?.abort();
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
