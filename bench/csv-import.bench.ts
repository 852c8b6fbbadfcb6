// Is our CSV import (reading + mapping to records) at least as fast as Papa Parse merely reading the rows?
// 150k generated records written by our own exporter, timed after a warm-up (best of RUNS).

import Papa from 'papaparse';
import { excelCsvChunks } from '../core/leaving/excel-csv-writer';
import { recordsFromCsv } from '../core/reading/records-from-csv';
import { generateSampleRecords } from '../sample-data/sample-generator';
import type { BenchResult } from './bench-result';

// 300k records made a 340 MB file and a 3-minute run; 150k keeps the bench under a minute on this machine.
const RECORDS = 150_000;
const RUNS = 2;

async function exportText(): Promise<string> {
  const records = [...generateSampleRecords({ count: RECORDS, seed: 7 })];
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (const chunk of excelCsvChunks(records, { lang: 'en', delimiter: ',' })) parts.push(decoder.decode(chunk.bytes, { stream: true }));
  return parts.join('');
}

function bestOf(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export default async function csvImportBench(): Promise<BenchResult[]> {
  const text = await exportText();
  let papaRows = 0;
  let ourRecords = 0;
  // Warm both up once so neither pays for JIT compilation alone.
  Papa.parse<string[]>(text.slice(0, 2_000_000), { header: false, delimiter: ',' });
  recordsFromCsv(text.slice(0, 2_000_000), 'warm-up.csv');
  const papa = bestOf(() => {
    papaRows = Papa.parse<string[]>(text, { header: false, delimiter: ',' }).data.length;
  });
  const ours = bestOf(() => {
    ourRecords = recordsFromCsv(text, 'bench.csv').records.length;
  });
  if (ourRecords !== RECORDS || papaRows < RECORDS) {
    throw new Error(`csv-import: read ${ourRecords} records (Papa ${papaRows} rows) of ${RECORDS}`);
  }
  return [
    {
      name: 'csv-import',
      ratio: papa / ours,
      baseline: 'papaparse-parse',
      note: `higher is better; goal >= 0.9 (${(text.length / 1e6).toFixed(0)} MB, Papa ${papa.toFixed(0)} ms, ours ${ours.toFixed(0)} ms)`,
    },
  ];
}
