// Our import path (chunked transactions, dedupe by key inside each) against a plain IndexedDB put loop
// into a store with the same indexes, same records. Higher is better.
//
// Each run gets a fresh browser: within one browser every further import of the same size is slower (10k
// records: 9.6, 14.7, 19.4 s for the same put loop three times over, deleting the database between runs
// or not; a fresh browser each time: 8.9, 9.0, 8.8 s), so whichever path ran second used to lose. The
// order is raw, ours, ours, raw, and each side's figure is the mean of its two runs (PWA_BENCH_ROUNDS=1:
// raw, ours, for the long runs at 1M).
import type { BenchResult } from './bench-result';
import { openBenchPage } from './pwa-bench-page';

/** 50k keeps this bench near three minutes; PWA_BENCH_RECORDS=1000000 runs the million (long: minutes per run). */
export const STORE_IMPORT_RECORDS = Number(process.env['PWA_BENCH_RECORDS'] ?? 50_000);

async function oneRun(path: 'importRaw' | 'importOurs'): Promise<number> {
  const b = await openBenchPage();
  try {
    await b.call('generate', STORE_IMPORT_RECORDS, new Date().toISOString());
    return await b.call(path, path === 'importRaw' ? 'bench-raw' : 'bench-ours');
  } finally {
    await b.close();
  }
}

export default async function (): Promise<BenchResult[]> {
  const raw: number[] = [];
  const ours: number[] = [];
  const order = (['importRaw', 'importOurs', 'importOurs', 'importRaw'] as const).slice(0, process.env['PWA_BENCH_ROUNDS'] === '1' ? 2 : 4);
  for (const path of order) (path === 'importRaw' ? raw : ours).push(await oneRun(path));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const secs = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(1)).join(' + ');
  return [
    {
      name: 'store-import',
      ratio: mean(raw) / mean(ours),
      baseline: 'raw-indexeddb',
      note: `${STORE_IMPORT_RECORDS} records (PWA_BENCH_RECORDS=1000000 for 1M), each run in a fresh browser: ours ${secs(ours)} s, put loop ${secs(raw)} s; higher is better; goal >= 1.0`,
    },
  ];
}
