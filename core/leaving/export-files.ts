// Export log, once for every surface: records become the export's files here, CSV split into numbered parts past
// Excel's row limit, each file named as export-file-name.ts says, its text handed to a sink (export-sink.ts) chunk
// by chunk. The side panel, the toolbar export, the app's worker and the CLI differ only in the sink they pass.
//
// API
//   exportChunks(records, options)               Generator<ExportChunk>: the bytes of every file, in order (`file` 1-based)
//   writeExportFiles(records, options, sink)     drives exportChunks into a sink; resolves with what sink.finish returns
//   ExportCancelled                              what a cancelled export (options.signal) rejects with

import type { ActivityRecord } from '../record/activity-record';
import type { CsvDelimiter, Lang } from '../words/locale';
import { chunksFromAsyncRecords, isAsyncRecords, type ExportRecords } from './async-record-feed';
import { csvChunkRows, excelCsvChunks, type CsvChunk } from './excel-csv-writer';
import { exportFileName, partFileName } from './export-file-name';
import type { ExportFileWriter, ExportSink, NamedExportFile } from './export-sink';
import { jsonChunkRecords, jsonChunks } from './json-writer';

export type ExportFormat = 'csv' | 'json';

/** One piece of an export's bytes: the CSV writer's chunk shape, which JSON shares (always file 1). */
export type ExportChunk = CsvChunk;

export interface ExportFilesOptions {
  format: ExportFormat;
  /** Language of the CSV's headers, Action, Status and Details. */
  lang: Lang;
  delimiter: CsvDelimiter;
  /** The period, for the name (`yyyy-MM-dd` or an ISO date-time; '' when open). */
  from?: string;
  to?: string;
  /** The name of a one-file export, instead of activity-log_{from}_{to}.{format}; parts are numbered from it. */
  fileName?: string;
  /** CSV lines per file, header included (default Excel's 1,048,576). JSON is never split. */
  maxRowsPerFile?: number;
  /** Most rows (CSV) or records (JSON) per chunk, and the size at which a chunk ends: bytes for CSV, characters
   * for JSON (the writers' defaults). */
  chunkRows?: number;
  chunkSize?: number;
  /** The JSON's exportedAt (default now). */
  exportedAt?: string;
  /** Abort to cancel: the sink is aborted and writeExportFiles rejects with ExportCancelled. */
  signal?: AbortSignal;
  /** After each chunk is written: records taken so far. Awaited, so a surface can give its page a turn here. */
  onProgress?: (rows: number) => void | Promise<void>;
}

/** A cancelled export: the user asked, nothing was saved. */
export class ExportCancelled extends Error {
  readonly kind = 'cancelled' as const;
  constructor() {
    super('Export cancelled.');
  }
}

/** The name a one-file export gets (and, numbered, its parts). */
export function exportName(options: Pick<ExportFilesOptions, 'format' | 'from' | 'to' | 'fileName'>): string {
  return options.fileName ?? exportFileName({ from: options.from ?? '', to: options.to ?? '', ext: options.format });
}

/** The names of an export's files, once their count is known. */
export function exportFileNames(name: string, files: readonly { part: number; rows: number }[]): NamedExportFile[] {
  return files.map((f) => ({ part: f.part, rows: f.rows, name: partFileName(name, f.part, files.length) }));
}

/** JSON as chunks of file 1, counting the records the writer has taken; each chunk's text encoded once, here. */
function* jsonExportChunks(records: Iterable<ActivityRecord>, options: ExportFilesOptions): Generator<ExportChunk> {
  let rows = 0;
  let before = 0;
  const inner = records[Symbol.iterator]();
  const counted: Iterable<ActivityRecord> = {
    [Symbol.iterator]: () => ({
      next: () => {
        const next = inner.next();
        if (!next.done) rows++;
        return next;
      },
      return: (value?: unknown) => inner.return?.(value) ?? { value: undefined, done: true },
    }),
  };
  const encoder = new TextEncoder();
  for (const text of jsonChunks(counted, { exportedAt: options.exportedAt, chunkRecords: options.chunkRows, chunkChars: options.chunkSize })) {
    yield { file: 1, bytes: encoder.encode(text), rows, chunkRows: rows - before };
    before = rows;
  }
}

/** The bytes of every file of the export, in order: CSV as excel-csv-writer.ts writes it, JSON as json-writer.ts does. */
export function exportChunks(records: Iterable<ActivityRecord>, options: ExportFilesOptions): Generator<ExportChunk> {
  if (options.format === 'json') return jsonExportChunks(records, options);
  return excelCsvChunks(records, {
    lang: options.lang,
    delimiter: options.delimiter,
    maxRowsPerFile: options.maxRowsPerFile,
    chunkRows: options.chunkRows,
    chunkBytes: options.chunkSize,
  });
}

/** Most records one chunk takes (what the async feed must hold before each step). */
function recordsPerChunk(options: ExportFilesOptions): number {
  return options.format === 'json' ? jsonChunkRecords({ chunkRecords: options.chunkRows }) : csvChunkRows(options);
}

/**
 * Writes the export of `records` into `sink`: opens each file as its first chunk comes, closes it when the next
 * begins, then names them all (numbered when there are several) in sink.finish. On any failure or cancel the sink
 * is aborted and the error rethrown.
 */
export async function writeExportFiles<Saved>(records: ExportRecords, options: ExportFilesOptions, sink: ExportSink<Saved>): Promise<Saved> {
  const { signal, onProgress } = options;
  const chunks: Iterator<ExportChunk> | AsyncIterator<ExportChunk> = isAsyncRecords(records)
    ? chunksFromAsyncRecords(records, (source) => exportChunks(source, options), recordsPerChunk(options))
    : exportChunks(records, options);
  const files: { part: number; rows: number }[] = [];
  let writer: ExportFileWriter | undefined;
  let done = false;
  try {
    if (signal?.aborted) throw new ExportCancelled();
    for (;;) {
      // A synchronous source stays synchronous: no await per chunk unless the sink or the source asks for one.
      let step = chunks.next();
      if (step instanceof Promise) step = await step;
      if (step.done) break;
      const chunk = step.value;
      if (chunk.file !== files.length) {
        if (writer) await writer.close();
        writer = undefined;
        files.push({ part: chunk.file, rows: 0 });
        writer = await sink.open(chunk.file);
      }
      files[files.length - 1]!.rows += chunk.chunkRows;
      const wrote = writer!.write(chunk.bytes);
      if (wrote) await wrote;
      if (onProgress) await onProgress(chunk.rows);
      if (signal?.aborted) throw new ExportCancelled();
    }
    done = true;
    if (writer) await writer.close();
    return await sink.finish(exportFileNames(exportName(options), files));
  } catch (error) {
    if (!done) await chunks.return?.();
    await Promise.resolve(sink.abort(error)).catch(() => undefined);
    throw error;
  }
}
