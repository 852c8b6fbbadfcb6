// A big export file of ours (JSON or CSV, ~1.5 GB) for the benches that read one back: a block of sample records
// repeated, each repetition with new ids (the first 8 hex digits = the repetition), written through core's own
// writers as one stream. Generating a million records one by one would take longer than the reading measured.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { exportChunks, type ExportFilesOptions } from '../core/leaving/export-files';
import type { ActivityRecord } from '../core/record/activity-record';
import { generateSampleRecords } from '../sample-data/sample-generator';

/** Distinct records in the block that repeats. */
const BLOCK = 20_000;

export type ExportFormat = 'json' | 'csv';

export interface BigExport {
  path: string;
  records: number;
}

/** One file whatever the row count (the CSV writer would start a new part past Excel's row limit). */
function exportOptions(format: ExportFormat): ExportFilesOptions {
  return { format, lang: 'en', delimiter: ',', maxRowsPerFile: Number.MAX_SAFE_INTEGER, exportedAt: '2026-03-31T12:00:00.000Z' };
}

/** Our export's bytes of the block: how many repetitions make `targetBytes`. */
function repetitions(block: readonly ActivityRecord[], format: ExportFormat, targetBytes: number): number {
  let bytes = 0;
  for (const c of exportChunks(block, exportOptions(format))) bytes += c.bytes.length;
  return Math.max(1, Math.ceil(targetBytes / bytes));
}

function* repeated(block: readonly ActivityRecord[], times: number): Generator<ActivityRecord> {
  for (let rep = 0; rep < times; rep++) {
    const prefix = rep.toString(16).padStart(8, '0');
    for (const r of block) {
      const id = prefix + r.id.slice(8);
      yield { ...r, id, key: `id:${id}` };
    }
  }
}

/** Writes our export of about `targetBytes` (at least one block) to `path`; resolves with its record count. */
export async function writeBigExport(path: string, format: ExportFormat, targetBytes: number): Promise<BigExport> {
  const block = [...generateSampleRecords({ count: BLOCK, seed: 42, now: new Date('2026-03-31T12:00:00Z') })];
  if (new Set(block.map((r) => r.id.slice(8))).size !== BLOCK) throw new Error('big-export-file: the sample block repeats an id');
  if (block.some((r) => r.key !== `id:${r.id}`)) throw new Error('big-export-file: a sample record is not keyed by its id');
  const times = repetitions(block, format, targetBytes);
  const stream = createWriteStream(path);
  for (const c of exportChunks(repeated(block, times), exportOptions(format))) {
    if (c.file !== 1) throw new Error('big-export-file: the CSV writer split the file');
    if (!stream.write(c.bytes)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return { path, records: times * BLOCK };
}
