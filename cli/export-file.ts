// Writes our export to disk the safe way: streamed to a temp file then renamed, so a failed run never
// leaves a half-written export; CSV past Excel's sheet limit becomes numbered files.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ActivityRecord } from '../core/activity-record';
import { excelCsvChunks } from '../core/excel-csv-writer';
import { jsonChunks } from '../core/json-writer';
import type { OutputOptions } from './cli-args';

/** Excel's rows per sheet, header included (SPEC §4). */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Text to write, in pieces. */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Writes the records; returns the files written (more than one only for a CSV past Excel's limit). */
export async function writeExportFile(
  records: ActivityRecord[],
  options: OutputOptions,
  rowsPerFile = EXCEL_MAX_ROWS - 1,
): Promise<string[]> {
  const json = extname(options.out).toLowerCase() === '.json';
  if (json) {
    await writeAtomically([{ path: options.out, chunks: jsonChunks(records) as Chunks }]);
    return [options.out];
  }
  const parts = Math.max(1, Math.ceil(records.length / rowsPerFile));
  const files = Array.from({ length: parts }, (_, i) => ({
    path: parts === 1 ? options.out : numbered(options.out, i + 1),
    chunks: chunkTexts(
      excelCsvChunks(records.slice(i * rowsPerFile, (i + 1) * rowsPerFile), {
        lang: options.lang,
        delimiter: options.delimiter,
      }),
    ),
  }));
  await writeAtomically(files);
  return files.map((f) => f.path);
}

function* chunkTexts(chunks: Iterable<{ text: string }>): Generator<string> {
  for (const chunk of chunks) yield chunk.text;
}

/** activity.csv → activity-1.csv, activity-2.csv, … */
export function numbered(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

/** Writes every file to a temp name first and renames them only once all are whole. */
export async function writeAtomically(files: { path: string; chunks: Chunks }[]): Promise<void> {
  const temps = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`));
  try {
    for (const [i, file] of files.entries()) await writeChunks(temps[i]!, file.chunks);
    for (const [i, file] of files.entries()) await rename(temps[i]!, file.path);
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
}

async function writeChunks(path: string, chunks: Chunks): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  try {
    for await (const chunk of chunks) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    }
  } finally {
    stream.end();
  }
  await Promise.race([once(stream, 'finish'), failed]);
}
