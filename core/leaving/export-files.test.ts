import fc from 'fast-check';
import { chunksText } from './chunks-text';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../record/activity-record';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { excelCsvHeader, excelCsvRow } from './excel-csv-writer';
import { ExportCancelled, writeExportFiles, type ExportFilesOptions } from './export-files';
import type { ExportSink, NamedExportFile } from './export-sink';
import { inMemoryExportSink, type InMemoryExportFile } from './memory-export-sink';
import { LENS_JSON_VERSION } from './json-writer';

const NOW = new Date('2026-03-31T12:00:00Z');
const pool = [...generateSampleRecords({ count: 120, seed: 21, now: NOW, days: 30 })];
const CSV: ExportFilesOptions = { format: 'csv', lang: 'en', delimiter: ',', from: '2026-03-01', to: '2026-03-31' };

const collect = (): ExportSink<InMemoryExportFile[]> => inMemoryExportSink((files) => files);

async function* oneByOne(records: readonly ActivityRecord[]): AsyncGenerator<ActivityRecord> {
  for (const r of records) {
    await Promise.resolve();
    yield r;
  }
}

async function* inBatches(records: readonly ActivityRecord[], size: number): AsyncGenerator<readonly ActivityRecord[]> {
  for (let i = 0; i < records.length; i += size) {
    await Promise.resolve();
    yield records.slice(i, i + size);
  }
}

/** A file's data lines, without the BOM + header line. */
function dataLines(file: InMemoryExportFile, options: ExportFilesOptions): string[] {
  const text = chunksText(file.chunks);
  const header = '\uFEFF' + excelCsvHeader(options) + '\r\n';
  expect(text.startsWith(header)).toBe(true);
  return text.slice(header.length).split('\r\n').slice(0, -1);
}

describe('one export pipeline: records become named, split files', () => {
  it('puts every record in exactly one file, in order, numbering the parts past the row limit as core names them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom<'array' | 'one-by-one' | 'batches'>('array', 'one-by-one', 'batches'),
        fc.integer({ min: 1, max: 5 }),
        async (maxRowsPerFile, offset, fullFiles, shape, chunkRows) => {
          // Around the limit: one short of, exactly at and one past a whole number of full files.
          const perFile = maxRowsPerFile - 1;
          const count = Math.max(0, fullFiles * perFile + offset);
          const records = pool.slice(0, count);
          const options = { ...CSV, maxRowsPerFile, chunkRows };
          const source = shape === 'array' ? records : shape === 'one-by-one' ? oneByOne(records) : inBatches(records, 3);
          const files = await writeExportFiles(source, options, collect());
          const expectedFiles = Math.max(1, Math.ceil(count / perFile));
          expect(files.map((f) => f.part)).toEqual(Array.from({ length: expectedFiles }, (_, i) => i + 1));
          expect(files.map((f) => f.name)).toEqual(
            expectedFiles === 1
              ? ['activity-log_2026-03-01_2026-03-31.csv']
              : files.map((f) => `activity-log_2026-03-01_2026-03-31_part-${f.part}-of-${expectedFiles}.csv`),
          );
          const lines = files.flatMap((f) => {
            const own = dataLines(f, options);
            expect(own.length).toBe(f.rows);
            expect(own.length).toBeLessThanOrEqual(perFile);
            return own;
          });
          expect(lines).toEqual(records.map((r) => excelCsvRow(r, options)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes JSON as one file whatever its size, with every record', async () => {
    const files = await writeExportFiles(inBatches(pool, 7), { ...CSV, format: 'json', maxRowsPerFile: 3, exportedAt: 'x', chunkRows: 5 }, collect());
    expect(files.map((f) => [f.name, f.rows])).toEqual([['activity-log_2026-03-01_2026-03-31.json', pool.length]]);
    const json = JSON.parse(chunksText(files[0]!.chunks));
    expect(json.activityLens).toBe(LENS_JSON_VERSION);
    expect(json.records.map((r: ActivityRecord) => r.key)).toEqual(pool.map((r) => r.key));
  });

  it('names the parts of a chosen file name (the CLI\'s --out) the same way', async () => {
    const files = await writeExportFiles(pool.slice(0, 5), { ...CSV, fileName: 'log.csv', maxRowsPerFile: 3 }, collect());
    expect(files.map((f) => f.name)).toEqual(['log_part-1-of-3.csv', 'log_part-2-of-3.csv', 'log_part-3-of-3.csv']);
  });

  it('writes one file with just the header when there is nothing to export', async () => {
    const files = await writeExportFiles([], CSV, collect());
    expect(files).toEqual([{ part: 1, rows: 0, name: 'activity-log_2026-03-01_2026-03-31.csv', chunks: [new TextEncoder().encode('\uFEFF' + excelCsvHeader(CSV) + '\r\n')] }]);
  });

  it('reports the records taken after each chunk, up to all of them', async () => {
    const seen: number[] = [];
    await writeExportFiles(pool, { ...CSV, chunkRows: 10, onProgress: (rows) => void seen.push(rows) }, collect());
    expect(seen.at(-1)).toBe(pool.length);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);
    expect(seen.length).toBeGreaterThan(5);
  });
});

/** A sink that records what happened to it, for the lifecycle's tests. */
function journalSink(failOnWrite?: number): { sink: ExportSink<readonly NamedExportFile[]>; events: string[] } {
  const events: string[] = [];
  let writes = 0;
  return {
    events,
    sink: {
      open(part) {
        events.push(`open ${part}`);
        return {
          write() {
            if (++writes === failOnWrite) throw new Error('disk full');
          },
          close: () => void events.push(`close ${part}`),
        };
      },
      finish(files) {
        events.push(`finish ${files.map((f) => f.name).join(' ')}`);
        return files;
      },
      abort: (reason) => void events.push(`abort ${(reason as Error).message}`),
    },
  };
}

describe('the export sink’s lifecycle', () => {
  it('closes each file before the next opens, and names them all only at the end', async () => {
    const { sink, events } = journalSink();
    await writeExportFiles(pool.slice(0, 4), { ...CSV, fileName: 'x.csv', maxRowsPerFile: 3 }, sink);
    expect(events).toEqual(['open 1', 'close 1', 'open 2', 'close 2', 'finish x_part-1-of-2.csv x_part-2-of-2.csv']);
  });

  it('a failed write aborts the sink and fails the export, finishing nothing', async () => {
    const { sink, events } = journalSink(3);
    await expect(writeExportFiles(pool, { ...CSV, chunkRows: 5 }, sink)).rejects.toThrow('disk full');
    expect(events).toEqual(['open 1', 'abort disk full']);
  });

  it('cancel stops the export, aborts the sink and stops reading the source', async () => {
    const controller = new AbortController();
    const { sink, events } = journalSink();
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<ActivityRecord> {
      try {
        for (;;) {
          await Promise.resolve();
          yield pool[pulled++ % pool.length]!;
        }
      } finally {
        closed = true;
      }
    }
    const run = writeExportFiles(endless(), { ...CSV, chunkRows: 10, onProgress: (rows) => (rows >= 50 ? controller.abort() : undefined), signal: controller.signal }, sink);
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(events).toEqual(['open 1', 'abort Export cancelled.']);
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(80);
  });

  it('an export cancelled before it starts opens no file', async () => {
    const controller = new AbortController();
    controller.abort();
    const { sink, events } = journalSink();
    await expect(writeExportFiles(pool, { ...CSV, signal: controller.signal }, sink)).rejects.toBeInstanceOf(ExportCancelled);
    expect(events).toEqual(['abort Export cancelled.']);
  });
});

describe('the in-memory sink', () => {
  it('hands the named files with their chunks to save, once', async () => {
    const saves: InMemoryExportFile[][] = [];
    const sink = inMemoryExportSink((files) => void saves.push(files));
    await writeExportFiles(pool.slice(0, 3), { ...CSV, maxRowsPerFile: 3 }, sink);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.map((f) => [f.name, f.rows, chunksText(f.chunks).split('\r\n').length - 2])).toEqual([
      ['activity-log_2026-03-01_2026-03-31_part-1-of-2.csv', 2, 2],
      ['activity-log_2026-03-01_2026-03-31_part-2-of-2.csv', 1, 1],
    ]);
  });

  it('saves nothing when the export fails', async () => {
    const saves: unknown[] = [];
    const sink = inMemoryExportSink((files) => void saves.push(files));
    const failing = (async function* () {
      yield pool[0]!;
      throw new Error('store closed');
    })();
    await expect(writeExportFiles(failing, CSV, sink)).rejects.toThrow('store closed');
    expect(saves).toEqual([]);
  });
});
