// Writes our export to disk the safe way: streamed to temp files then renamed, so a failed run never
// leaves a half-written export; what goes in each file and its name come from core's export pipeline
// (core/leaving/export-files.ts), this file is the Node sink. Records may come from an array or stream in (a
// merge of sorted runs), so any number of them is written with flat memory.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ExportRecords } from '../core/leaving/async-record-feed';
import { EXCEL_MAX_ROWS } from '../core/leaving/excel-csv-writer';
import { writeExportFiles } from '../core/leaving/export-files';
import type { ExportSink } from '../core/leaving/export-sink';
import type { OutputOptions } from './cli-args';

/** What to write, in pieces: text (UTF-8 encoded on the way out) or the bytes themselves. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes the records through core's export pipeline; returns the files written (more than one only for a CSV past
 * Excel's limit, named as core names parts: `log.csv` → `log_part-1-of-2.csv`, `log_part-2-of-2.csv`).
 */
export async function writeExportFile(records: ExportRecords, options: OutputOptions, rowsPerFile = EXCEL_MAX_ROWS - 1): Promise<string[]> {
  const format = extname(options.out).toLowerCase() === '.json' ? 'json' : 'csv';
  return writeExportFiles(
    records,
    { format, lang: options.lang, delimiter: options.delimiter, fileName: basename(options.out), maxRowsPerFile: rowsPerFile + 1 },
    nodeFileExportSink(options.out),
  );
}

/**
 * The CLI's sink: each file streamed to a temp file beside `out`, renamed to its name only once every file is whole,
 * so a failed run never leaves a half-written export. A one-file export is `out` itself.
 */
export function nodeFileExportSink(out: string): ExportSink<string[]> {
  const temps: string[] = [];
  let file: TempFile | undefined;
  return {
    open(part) {
      const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${part}.tmp`);
      temps.push(temp);
      file = new TempFile(temp);
      const writing = file;
      return { write: (bytes) => writing.write(bytes), close: () => writing.close() };
    },
    async finish(files) {
      const paths = files.length === 1 ? [out] : files.map((f) => join(dirname(out), f.name));
      for (const [i, path] of paths.entries()) await rename(temps[i]!, path);
      return paths;
    },
    async abort() {
      file?.destroy();
      await Promise.all(temps.map((t) => rm(t, { force: true })));
    },
  };
}

/** seat-changes.csv → seat-changes-1.csv, seat-changes-2.csv, … (the report's tables; exports are named by core). */
export function numbered(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

/** A write stream that waits for drain and surfaces the first error on the next write or close. */
class TempFile {
  private readonly stream: WriteStream;
  private readonly failed: Promise<never>;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.failed = new Promise<never>((_, reject) => this.stream.once('error', reject));
    this.failed.catch(() => undefined);
  }

  async write(piece: string | Uint8Array): Promise<void> {
    if (!this.stream.write(piece)) await Promise.race([once(this.stream, 'drain'), this.failed]);
  }

  async close(): Promise<void> {
    if (this.stream.writableFinished) return;
    this.stream.end();
    await Promise.race([once(this.stream, 'finish'), this.failed]);
  }

  destroy(): void {
    this.stream.destroy();
  }
}

/** Writes every file to a temp name first and renames them only once all are whole (the report's tables). */
export async function writeAtomically(files: { path: string; chunks: Chunks }[]): Promise<void> {
  const temps = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`));
  let file: TempFile | undefined;
  try {
    for (const [i, f] of files.entries()) {
      file = new TempFile(temps[i]!);
      for await (const piece of f.chunks) await file.write(piece);
      await file.close();
    }
    for (const [i, f] of files.entries()) await rename(temps[i]!, f.path);
  } catch (error) {
    file?.destroy();
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}
