// Brings records into the archive off the main thread, so the page never freezes: each dropped file is read once
// as a stream of bytes (CSV and JSON alike, any size), the sample is generated, or the sample server is asked
// through core's ActivitySource; every one of them becomes one batch through the one archive import.
import * as Comlink from 'comlink';
import { recordsFromBytes } from '../../core/reading/records-from-file';
import { generateSampleRecords, SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { sampleServerActivitySource } from '../../core/partner-center/activity-source';
import type { ActivityRecord } from '../../core/record/activity-record';
import { openActivityDb } from '../store/activity-db';
import { importToArchive, WRITE_CHUNK, type ArchiveImportOutcome, type RecordsChunk } from '../store/archive-import';
import { removeBatch } from '../store/batch-writer';

export interface ImportProgress {
  label: string;
  /** 0..1 over the whole run when known. */
  fraction?: number;
  added: number;
  duplicates: number;
}

/** What one file, the sample or a fetch came to (the archive import's outcome, as the import panel lists it). */
export type ImportOutcome = Omit<ArchiveImportOutcome, 'tenants'>;

type ProgressCallback = (p: ImportProgress) => void;

/** The run in hand: cancel() aborts it (its files, its fetch). */
let controller: AbortController | undefined;

/** A run-wide stop: a cancel or a full disk undoes the whole run, not just the source in hand. */
class RunStopped {
  constructor(readonly problem: { kind: string; message: string }) {}
}

function outcomeOf(o: ArchiveImportOutcome): ImportOutcome {
  const { tenants: _tenants, ...outcome } = o;
  return outcome;
}

/** A File's bytes chunk by chunk; leaving early cancels the read (a cancel, a full disk). */
async function* fileBytes(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

async function* fileChunks(file: File, doneBytes: number, totalBytes: number): AsyncGenerator<RecordsChunk> {
  for await (const batch of recordsFromBytes(file.name, fileBytes(file))) {
    const fraction = totalBytes > 0 ? (doneBytes + Math.min(batch.bytesRead, file.size)) / totalBytes : undefined;
    yield { records: batch.records, problems: batch.problems, fraction };
  }
}

function* sampleChunks(count: number, now: Date): Generator<RecordsChunk> {
  let chunk: ActivityRecord[] = [];
  let made = 0;
  for (const r of generateSampleRecords({ count, seed: 42, now })) {
    chunk.push(r);
    if (chunk.length >= WRITE_CHUNK) {
      made += chunk.length;
      yield { records: chunk, fraction: Math.min(1, made / count) };
      chunk = [];
    }
  }
  made += chunk.length;
  yield { records: chunk, fraction: Math.min(1, made / count) };
}

/** Runs one user action (some files, the sample, a fetch): a stop undoes every batch it committed. */
async function run<T>(work: (signal: AbortSignal, kept: number[]) => Promise<T>): Promise<T> {
  const own = new AbortController();
  controller = own;
  const kept: number[] = [];
  try {
    return await work(own.signal, kept);
  } catch (error) {
    const db = openActivityDb();
    for (const id of kept) await removeBatch(db, id);
    throw error instanceof RunStopped ? error.problem : { kind: 'write-failed', message: String((error as Error)?.message ?? error) };
  } finally {
    if (controller === own) controller = undefined;
  }
}

function progress(onProgress: ProgressCallback) {
  return (p: { label: string; fraction?: number; added: number; duplicates: number }) =>
    onProgress({ label: p.label, fraction: p.fraction, added: p.added, duplicates: p.duplicates });
}

const api = {
  async importFiles(files: File[], onProgress: ProgressCallback): Promise<ImportOutcome[]> {
    return run(async (signal, kept) => {
      const totalBytes = files.reduce((s, f) => s + f.size, 0);
      let doneBytes = 0;
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        const outcome = await importToArchive(openActivityDb(), fileChunks(file, doneBytes, totalBytes), {
          kind: 'file',
          label: file.name,
          coverage: { kind: 'record-days' },
          signal,
          onProgress: progress(onProgress),
        });
        if (outcome.error?.kind === 'cancelled' || outcome.error?.kind === 'quota') throw new RunStopped(outcome.error);
        if (outcome.batchId !== undefined) kept.push(outcome.batchId);
        doneBytes += file.size;
        outcomes.push(outcomeOf(outcome));
      }
      return outcomes;
    });
  },

  async loadSample(count: number, nowIso: string, onProgress: ProgressCallback): Promise<ImportOutcome> {
    return run(async (signal) => {
      // Generated, not fetched: its days hold records but nothing says they are all there is.
      const outcome = await importToArchive(openActivityDb(), sampleChunks(count, new Date(nowIso)), {
        kind: 'sample',
        label: 'Sample data',
        coverage: { kind: 'record-days', tenantId: SAMPLE_PARTNER_ID },
        signal,
        onProgress: progress(onProgress),
        writeChunk: 0,
      });
      if (outcome.error) throw new RunStopped(outcome.error);
      return outcomeOf(outcome);
    });
  },

  /** Pages from the sample Partner Center server go into the store as they arrive. */
  async fetchFromServer(baseUrl: string, from: string, to: string, onProgress: ProgressCallback): Promise<ImportOutcome> {
    return run(async (signal) => {
      const label = `Partner Center (sample server ${new URL(baseUrl).host})`;
      const startedAt = new Date();
      const source = sampleServerActivitySource({ baseUrl, fetch: (input, init) => fetch(input, init) });
      async function* pages(): AsyncGenerator<RecordsChunk> {
        for await (const page of source.pages({ from, to, signal })) {
          yield { records: page.records, page, fraction: page.chunks ? (page.chunk + 1) / page.chunks : undefined };
        }
      }
      const outcome = await importToArchive(openActivityDb(), pages(), {
        kind: 'sample-server',
        label,
        coverage: { kind: 'fetched-pages', tenantId: SAMPLE_PARTNER_ID, startedAt },
        signal,
        onProgress: progress(onProgress),
        keepWhatArrived: true,
        writeChunk: 0,
      });
      if (outcome.error) throw new RunStopped(outcome.error);
      return outcomeOf(outcome);
    });
  },

  cancel(): void {
    controller?.abort();
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
