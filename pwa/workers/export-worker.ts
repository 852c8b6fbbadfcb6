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
import { openRecordWindow, type RecordWindow } from '../store/record-window';
import { storeQueryFor } from '../store/store-query';
import { appExportSink, workerPrivateDirectory, type ExportedFile } from './export-sinks';

export type { ExportedFile };

const READ_CHUNK = 5_000;
/** Most rows the CSV writer takes per chunk (its chunkRows); chunks up to 1 MB, gathered again by the sink. */
const CSV_CHUNK_ROWS = 2_000;
const CSV_CHUNK_CHARS = 1 << 20;

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

/** The view's records newest first, a window at a time; the next window is requested while this one is used. */
class ViewReader {
  private offset = 0;
  private next: Promise<ActivityRecord[]> | undefined;
  private constructor(
    private readonly window: RecordWindow,
    private readonly onRead: (n: number, total: number) => unknown,
  ) {}
  static async open(query: ActivityQuery, onRead: (n: number, total: number) => unknown): Promise<ViewReader> {
    return new ViewReader(await openRecordWindow(openActivityDb(), storeQueryFor(query)), onRead);
  }
  /** The next rows; empty at the end. */
  async read(): Promise<ActivityRecord[]> {
    if (cancel?.signal.aborted) throw new ExportCancelled();
    const rows = await (this.next ?? this.window.rows(this.offset, READ_CHUNK));
    this.offset += rows.length;
    this.next = rows.length > 0 ? this.window.rows(this.offset, READ_CHUNK) : undefined;
    // Awaited: the page's progress call travels on its own channel, and a last one arriving after the result
    // would leave the progress bar (and its Cancel) showing once the export is done.
    await this.onRead(this.offset, rows.length > 0 ? Math.max(this.offset, this.window.atMost) : this.offset);
    return rows;
  }
}

/** The view's records a window at a time: core's pipeline takes batches without an await per record. */
async function* batchesOf(reader: ViewReader): AsyncGenerator<readonly ActivityRecord[]> {
  for (let rows = await reader.read(); rows.length > 0; rows = await reader.read()) yield rows;
}

const api = {
  async exportView(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportedFile[]> {
    const controller = (cancel = new AbortController());
    const reader = await ViewReader.open(request.query, (rows, total) => onProgress({ rows, total }));
    return writeExportFiles(
      batchesOf(reader),
      {
        format: request.format,
        lang: request.lang,
        delimiter: request.delimiter,
        from: request.query.from ?? '',
        to: request.query.to ?? '',
        chunkRows: request.format === 'csv' ? CSV_CHUNK_ROWS : undefined,
        chunkChars: request.format === 'csv' ? CSV_CHUNK_CHARS : undefined,
        signal: controller.signal,
      },
      appExportSink({
        picked: request.handle,
        privateDirectory: workerPrivateDirectory,
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
