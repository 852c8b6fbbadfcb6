// Writes our export to disk the safe way: streamed to temp files then renamed, so a failed run never
// leaves a half-written export; CSV past Excel's sheet limit becomes numbered files. Records may come
// from an array or stream in (a merge of sorted runs), so any number of them is written with flat memory.

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ActivityRecord } from '../core/record/activity-record';
import { EXCEL_MAX_ROWS, excelCsvChunksAsync } from '../core/leaving/excel-csv-writer';
import { jsonChunksAsync } from '../core/leaving/json-writer';
import type { OutputOptions } from './cli-args';


type Records = Iterable<ActivityRecord> | AsyncIterable<ActivityRecord>;
/** Text to write, in pieces. */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Writes the records; returns the files written (more than one only for a CSV past Excel's limit). */
export async function writeExportFile(records: Records, options: OutputOptions, rowsPerFile = EXCEL_MAX_ROWS - 1): Promise<string[]> {
  const temps: string[] = [];
  const temp = (n: number) => join(dirname(options.out), `.${basename(options.out)}.${process.pid}.${n}.tmp`);
  let file: TempFile | undefined;
  try {
    const json = extname(options.out).toLowerCase() === '.json';
    if (json) {
      temps.push(temp(1));
      file = new TempFile(temps[0]!);
      for await (const text of jsonChunksAsync(records)) await file.write(text);
      await file.close();
    } else {
      let fileNumber = 0;
      const chunks = excelCsvChunksAsync(records, { lang: options.lang, delimiter: options.delimiter, maxRowsPerFile: rowsPerFile + 1 });
      for await (const chunk of chunks) {
        if (chunk.file !== fileNumber) {
          await file?.close();
          fileNumber = chunk.file;
          temps.push(temp(fileNumber));
          file = new TempFile(temps[temps.length - 1]!);
        }
        await file!.write(chunk.text);
      }
      await file?.close();
    }
    const paths = temps.length === 1 ? [options.out] : temps.map((_, i) => numbered(options.out, i + 1));
    for (const [i, path] of paths.entries()) await rename(temps[i]!, path);
    return paths;
  } catch (error) {
    file?.destroy();
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}

/** activity.csv → activity-1.csv, activity-2.csv, … */
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

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.failed]);
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
      for await (const text of f.chunks) await file.write(text);
      await file.close();
    }
    for (const [i, f] of files.entries()) await rename(temps[i]!, f.path);
  } catch (error) {
    file?.destroy();
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}
