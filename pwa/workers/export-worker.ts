// Builds the "Export log" files off the main thread: reads the current view from IndexedDB in chunks, runs
// them through the core Excel CSV (or JSON) writer, and writes to the user's chosen file (File System
// Access) or hands back Blobs for a download. Split past Excel's row limit comes from the writer.
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
  for (let offset = 0; offset < window.total; offset += READ_CHUNK) {
    if (cancelRequested) throw { kind: 'cancelled', message: 'Export cancelled.' };
    const rows = await window.rows(offset, READ_CHUNK);
    for (const r of rows) {
      const { batchId: _b, customerFolded: _c, ...record } = r;
      yield record as ActivityRecord;
    }
    onRead(Math.min(window.total, offset + rows.length), window.total);
  }
}

const api = {
  async exportView(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportedFile[]> {
    cancelRequested = false;
    const files: { part: number; rows: number; parts: BlobPart[] }[] = [];
    let writable: FileSystemWritableFileStream | undefined;
    if (request.handle) writable = await request.handle.createWritable();
    try {
      const records = recordsOf(request.query, (rows, total) => onProgress({ rows, total }));
      if (request.format === 'json') {
        const file = { part: 0, rows: 0, parts: [] as BlobPart[] };
        files.push(file);
        const counted = (async function* () {
          for await (const r of records) {
            file.rows++;
            yield r;
          }
        })();
        for await (const text of jsonChunksAsync(counted)) {
          if (writable) await writable.write(text);
          else file.parts.push(text);
        }
      } else {
        for await (const chunk of excelCsvChunksAsync(records, { lang: request.lang, delimiter: request.delimiter })) {
          // The writer numbers files from 1; parts here are 0-based.
          const part = chunk.file - 1;
          let file = files.find((f) => f.part === part);
          if (!file) {
            file = { part, rows: 0, parts: [] };
            files.push(file);
          }
          file.rows += chunk.chunkRows;
          // With a picked file only the first part goes there; further parts come back as Blobs.
          if (writable && part === 0) await writable.write(chunk.text);
          else file.parts.push(chunk.text);
        }
      }
      await writable?.close();
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      throw error;
    }
    return files.map((f) => ({ part: f.part, rows: f.rows, blob: writable && f.part === 0 ? undefined : new Blob(f.parts, { type: request.format === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }) }));
  },
  cancel(): void {
    cancelRequested = true;
  },
};

export type ExportWorkerApi = typeof api;
Comlink.expose(api);
