// Builds the "Export log" files off the main thread: reads the current view from IndexedDB in chunks, runs
// them through the core Excel CSV (or JSON) writer, and writes to the user's chosen file (File System
// Access) or hands back Blobs for a download, chunk by chunk so memory stays flat whatever the size. Split past
// Excel's row limit comes from the writer.
import * as Comlink from 'comlink';
import type { ActivityQuery } from '../../core/activity-query';
import type { ActivityRecord } from '../../core/activity-record';
import { excelCsvChunksAsync } from '../../core/excel-csv-writer';
import { jsonChunksAsync } from '../../core/json-writer';
import type { CsvDelimiter, Lang } from '../../core/locale';
import { openActivityDb } from '../store/activity-db';
import { openRecordWindow } from '../store/record-window';
import { storeQueryFor } from '../store/store-query';

const READ_CHUNK = 5_000;
/** Text gathered before it becomes a Blob or a file write: a Blob per 16 kB chunk cost more than the CSV itself. */
const FLUSH_CHARS = 4_000_000;

/** The text of one file as a few large Blobs (the browser keeps their bytes, on disk if need be), or streamed writes. */
class FileText {
  rows = 0;
  private readonly blobs: Blob[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  constructor(
    readonly part: number,
    private readonly writable?: FileSystemWritableFileStream,
  ) {}
  async add(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    if (this.writable) await this.writable.write(pending.join(''));
    else this.blobs.push(new Blob(pending));
  }
  blob(type: string): Blob | undefined {
    return this.writable ? undefined : new Blob(this.blobs, { type });
  }
}

export interface ExportRequest {
  query: ActivityQuery;
  format: 'csv' | 'json';
  lang: Lang;
  delimiter: CsvDelimiter;
  /** Where the user picked to save (File System Access); absent → Blobs come back for a download. */
  handle?: FileSystemFileHandle;
}

export interface ExportedFile {
  /** 0-based part index. */
  part: number;
  rows: number;
  blob?: Blob;
}

export interface ExportProgress {
  rows: number;
  total: number;
}

let cancelRequested = false;

async function* recordsOf(query: ActivityQuery, onRead: (n: number, total: number) => void): AsyncGenerator<ActivityRecord> {
  const window = await openRecordWindow(openActivityDb(), storeQueryFor(query));
  // Windows read on from where the last ended (each group of blocks is read once); the next is requested while
  // the writer works on this one.
  let offset = 0;
  let next = window.rows(0, READ_CHUNK);
  for (;;) {
    if (cancelRequested) throw { kind: 'cancelled', message: 'Export cancelled.' };
    const rows = await next;
    if (rows.length === 0) break;
    offset += rows.length;
    next = window.rows(offset, READ_CHUNK);
    yield* rows;
    onRead(offset, Math.max(offset, window.atMost));
  }
  onRead(offset, offset);
}

const api = {
  async exportView(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportedFile[]> {
    cancelRequested = false;
    const files: FileText[] = [];
    let writable: FileSystemWritableFileStream | undefined;
    if (request.handle) writable = await request.handle.createWritable();
    const type = request.format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    try {
      const records = recordsOf(request.query, (rows, total) => onProgress({ rows, total }));
      if (request.format === 'json') {
        const file = new FileText(0, writable);
        files.push(file);
        const counted = (async function* () {
          for await (const r of records) {
            file.rows++;
            yield r;
          }
        })();
        for await (const text of jsonChunksAsync(counted)) await file.add(text);
      } else {
        for await (const chunk of excelCsvChunksAsync(records, { lang: request.lang, delimiter: request.delimiter })) {
          // The writer numbers files from 1; parts here are 0-based.
          const part = chunk.file - 1;
          let file = files.find((f) => f.part === part);
          if (!file) {
            // With a picked file only the first part goes there; further parts come back as Blobs.
            file = new FileText(part, part === 0 ? writable : undefined);
            files.push(file);
          }
          file.rows += chunk.chunkRows;
          await file.add(chunk.text);
        }
      }
      for (const f of files) await f.flush();
      await writable?.close();
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      throw error;
    }
    return files.map((f) => ({ part: f.part, rows: f.rows, blob: f.blob(type) }));
  },
  cancel(): void {
    cancelRequested = true;
  },
};

export type ExportWorkerApi = typeof api;
Comlink.expose(api);
