// Builds the "Export log" files off the main thread: reads the current view from IndexedDB in chunks, runs
// them through the core Excel CSV (or JSON) writer, and writes to the user's chosen file (File System
// Access) or hands back Blobs for a download, chunk by chunk so memory stays flat whatever the size. Split past
// Excel's row limit comes from the writer.
import * as Comlink from 'comlink';
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import { excelCsvChunks, type CsvChunk } from '../../core/leaving/excel-csv-writer';
import { jsonChunksAsync } from '../../core/leaving/json-writer';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { openActivityDb } from '../store/activity-db';
import { openRecordWindow, type RecordWindow } from '../store/record-window';
import { storeQueryFor } from '../store/store-query';
import { clearStaleExportFiles, exportFileName, newExportId } from './export-temp-files';

const READ_CHUNK = 5_000;
/** Most rows the CSV writer takes per chunk (its chunkRows). */
const CSV_CHUNK_ROWS = 2_000;
/** Text gathered before it is encoded and written: one write per ~4 MB, not per 16 kB chunk. */
const FLUSH_CHARS = 4_000_000;

/** The worker-only synchronous file handle (not in TypeScript's DOM library). */
interface SyncAccessHandle {
  write(data: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

/** Where a file's bytes go: the file the user picked, a file in the origin's private storage, or Blobs. */
interface ByteSink {
  write(text: string): Promise<void>;
  /** The finished file for a download; undefined when it went to the user's file. */
  finish(type: string): Promise<Blob | undefined>;
  abort(): Promise<void>;
}

function pickedFileSink(writable: FileSystemWritableFileStream): ByteSink {
  return {
    write: (text) => writable.write(text),
    finish: async () => undefined,
    abort: async () => undefined,
  };
}

/**
 * The file in the origin private file system, written synchronously from this worker: the bytes go to disk as
 * they come (a Blob built from strings cost more than writing the CSV) and the download is that file.
 */
async function privateFileSink(exportId: string, part: number): Promise<ByteSink | undefined> {
  try {
    const dir = await navigator.storage.getDirectory();
    // What earlier exports left (their downloads are long done): deleted before this one adds its own.
    if (part === 0) await clearStaleExportFiles(dir).catch(() => 0);
    const handle = await dir.getFileHandle(exportFileName(exportId, part), { create: true });
    const access = await (handle as FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncAccessHandle> }).createSyncAccessHandle();
    access.truncate(0);
    const encoder = new TextEncoder();
    let buffer = new Uint8Array(FLUSH_CHARS * 3 + 16);
    let at = 0;
    return {
      async write(text) {
        if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
        const { written } = encoder.encodeInto(text, buffer);
        at += access.write(buffer.subarray(0, written), { at });
      },
      async finish(type) {
        access.flush();
        access.close();
        const file = await handle.getFile();
        return new Blob([file], { type });
      },
      async abort() {
        access.close();
        await dir.removeEntry(handle.name).catch(() => undefined);
      },
    };
  } catch {
    return undefined; // no private file system here (or no sync access): Blobs instead
  }
}

function blobSink(): ByteSink {
  const blobs: Blob[] = [];
  return {
    write: async (text) => void blobs.push(new Blob([text])),
    finish: async (type) => new Blob(blobs, { type }),
    abort: async () => undefined,
  };
}

/** One exported file's text, gathered and handed to its sink in large pieces. */
class FileText {
  rows = 0;
  private pending: string[] = [];
  private pendingChars = 0;
  private constructor(
    readonly part: number,
    private readonly sink: ByteSink,
  ) {}
  static async open(exportId: string, part: number, writable?: FileSystemWritableFileStream): Promise<FileText> {
    return new FileText(part, writable ? pickedFileSink(writable) : ((await privateFileSink(exportId, part)) ?? blobSink()));
  }
  async add(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.sink.write(text);
  }
  finish(type: string): Promise<Blob | undefined> {
    return this.sink.finish(type);
  }
  abort(): Promise<void> {
    return this.sink.abort();
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
    if (cancelRequested) throw { kind: 'cancelled', message: 'Export cancelled.' };
    const rows = await (this.next ?? this.window.rows(this.offset, READ_CHUNK));
    this.offset += rows.length;
    this.next = rows.length > 0 ? this.window.rows(this.offset, READ_CHUNK) : undefined;
    // Awaited: the page's progress call travels on its own channel, and a last one arriving after the result
    // would leave the progress bar (and its Cancel) showing once the export is done.
    await this.onRead(this.offset, rows.length > 0 ? Math.max(this.offset, this.window.atMost) : this.offset);
    return rows;
  }
}

async function* recordsOf(reader: ViewReader): AsyncGenerator<ActivityRecord> {
  for (let rows = await reader.read(); rows.length > 0; rows = await reader.read()) yield* rows;
}

/**
 * The core's synchronous CSV writer over records that arrive asynchronously, without an await per record: the
 * writer takes at most CSV_CHUNK_ROWS records per step, so each step starts with more than that in hand (or all
 * that is left) and never sees the source run dry before its end.
 */
async function* csvChunksOf(reader: ViewReader, options: { lang: Lang; delimiter: CsvDelimiter }): AsyncGenerator<CsvChunk> {
  const queue: ActivityRecord[][] = [];
  let head = 0;
  let available = 0;
  let ended = false;
  const source: Iterable<ActivityRecord> = {
    [Symbol.iterator]: () => ({
      next: (): IteratorResult<ActivityRecord> => {
        while (queue.length > 0 && head >= queue[0]!.length) {
          queue.shift();
          head = 0;
        }
        if (queue.length === 0) return { value: undefined, done: true };
        available--;
        return { value: queue[0]![head++]!, done: false };
      },
    }),
  };
  const writer = excelCsvChunks(source, { ...options, chunkRows: CSV_CHUNK_ROWS, chunkChars: 1 << 20 });
  for (;;) {
    while (!ended && available <= CSV_CHUNK_ROWS) {
      const rows = await reader.read();
      if (rows.length === 0) ended = true;
      else {
        queue.push(rows);
        available += rows.length;
      }
    }
    const step = writer.next();
    if (step.done) return;
    yield step.value;
  }
}

const api = {
  async exportView(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportedFile[]> {
    cancelRequested = false;
    const exportId = newExportId();
    const files: FileText[] = [];
    let writable: FileSystemWritableFileStream | undefined;
    if (request.handle) writable = await request.handle.createWritable();
    const type = request.format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    try {
      const reader = await ViewReader.open(request.query, (rows, total) => onProgress({ rows, total }));
      if (request.format === 'json') {
        const records = recordsOf(reader);
        const file = await FileText.open(exportId, 0, writable);
        files.push(file);
        const counted = (async function* () {
          for await (const r of records) {
            file.rows++;
            yield r;
          }
        })();
        for await (const text of jsonChunksAsync(counted)) await file.add(text);
      } else {
        for await (const chunk of csvChunksOf(reader, { lang: request.lang, delimiter: request.delimiter })) {
          // The writer numbers files from 1; parts here are 0-based.
          const part = chunk.file - 1;
          let file = files.find((f) => f.part === part);
          if (!file) {
            // With a picked file only the first part goes there; further parts come back as Blobs.
            file = await FileText.open(exportId, part, part === 0 ? writable : undefined);
            files.push(file);
          }
          file.rows += chunk.chunkRows;
          await file.add(chunk.text);
        }
      }
      for (const f of files) await f.flush();
      await writable?.close();
      const out: ExportedFile[] = [];
      for (const f of files) out.push({ part: f.part, rows: f.rows, blob: await f.finish(type) });
      return out;
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      for (const f of files) await f.abort().catch(() => undefined);
      throw error;
    }
  },
  cancel(): void {
    cancelRequested = true;
  },
};

export type ExportWorkerApi = typeof api;
Comlink.expose(api);
