// Builds the "Export log" files off the main thread: reads the current view from IndexedDB a window at a time and
// hands those batches to core's one export pipeline (core/leaving/export-files.ts), which writes the CSV (split and
// named past Excel's row limit) or JSON into this surface's sink (export-sinks.ts: the user's chosen file, a file in
// the origin's private storage, or Blobs), chunk by chunk so memory stays flat whatever the size.
import * as Comlink from 'comlink';
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { ExportCancelled, writeExportFiles } from '../../core/leaving/export-files';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { openActivityDb } from '../store/activity-db';
import { openExportRecords } from '../store/export-records';
import { storeQueryFor } from '../store/store-query';
import { appExportSink, workerPrivateDirectory, type ExportedFile, type FileWriterThread } from './export-sinks';
import type { ExportFileWorkerApi } from './export-file-worker';

export type { ExportedFile };

/**
 * Most rows the CSV writer takes per chunk (its chunkRows); the bytes a chunk ends at are the writer's own
 * default (64 KiB, see excel-csv-writer.ts), gathered by the sink into large writes.
 */
const CSV_CHUNK_ROWS = 2_000;

export interface ExportRequest {
  query: ActivityQuery;
  format: 'csv' | 'json';
  lang: Lang;
  delimiter: CsvDelimiter;
  /** Where the user picked to save (File System Access); absent → Blobs come back for a download. */
  handle?: FileSystemFileHandle;
}

export interface ExportProgress {
  rows: number;
  total: number;
}

let cancel: AbortController | undefined;

/**
 * The view's records newest first in batches (store/export-records.ts), with progress as they are read: the page
 * is told without waiting for its answer (a wait per batch held the reads up), and the last call is awaited
 * before the export's result goes back: it travels on its own channel, and arriving after the result it would
 * leave the progress bar (and its Cancel) showing once the export is done.
 */
async function* viewBatches(query: ActivityQuery, signal: AbortSignal, onRead: (rows: number, total: number) => unknown): AsyncGenerator<readonly ActivityRecord[]> {
  const records = await openExportRecords(openActivityDb(), storeQueryFor(query));
  let rows = 0;
  let told: Promise<unknown> | undefined;
  const tell = (done: number, total: number) => (told = Promise.resolve(onRead(done, total)).catch(() => undefined));
  try {
    for await (const batch of records.batches()) {
      if (signal.aborted) throw new ExportCancelled();
      rows += batch.length;
      tell(rows, Math.max(rows, records.atMost));
      yield batch;
    }
    if (signal.aborted) throw new ExportCancelled();
    tell(rows, rows);
  } finally {
    await told;
  }
}

/** A worker of this export's own for its files' bytes (export-file-worker.ts), where workers can start workers. */
function fileWriterThread(): FileWriterThread | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const worker = new Worker(new URL('./export-file-worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<ExportFileWorkerApi>(worker);
  const ready = new Promise<void>((ok, ko) => {
    worker.addEventListener('error', (e) => ko(new Error(`The export's file writer did not start: ${e.message}`)), { once: true });
    remote.ready().then(() => ok(), ko);
  });
  return {
    ready,
    open: (name) => remote.open(name),
    write: (name, bytes) => remote.write(name, Comlink.transfer(bytes, [bytes.buffer])),
    close: (name) => remote.close(name),
    abort: (name) => remote.abort(name),
    end: () => worker.terminate(),
  };
}

const api = {
  async exportView(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportedFile[]> {
    const controller = (cancel = new AbortController());
    return writeExportFiles(
      viewBatches(request.query, controller.signal, (rows, total) => onProgress({ rows, total })),
      {
        format: request.format,
        lang: request.lang,
        delimiter: request.delimiter,
        from: request.query.from ?? '',
        to: request.query.to ?? '',
        chunkRows: request.format === 'csv' ? CSV_CHUNK_ROWS : undefined,
        signal: controller.signal,
      },
      appExportSink({
        picked: request.handle,
        privateDirectory: workerPrivateDirectory,
        writerThread: fileWriterThread,
        type: request.format === 'json' ? 'application/json' : 'text/csv;charset=utf-8',
      }),
    );
  },
  cancel(): void {
    cancel?.abort();
  },
};

export type ExportWorkerApi = typeof api;
Comlink.expose(api);
