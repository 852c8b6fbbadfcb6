// Our import path (chunked transactions, dedupe by key inside each) against a plain IndexedDB put loop
// into a store with the same indexes, same records, same page. Higher is better.
import type { BenchResult } from './bench-result';
import { openBenchPage } from './pwa-bench-page';

/** 50k keeps this bench near a minute; PWA_BENCH_RECORDS=1000000 runs the million (minutes per path on a 2-core machine). */
export const STORE_IMPORT_RECORDS = Number(process.env['PWA_BENCH_RECORDS'] ?? 50_000);

export default async function (): Promise<BenchResult[]> {
  const b = await openBenchPage();
  try {
    await b.call('generate', STORE_IMPORT_RECORDS, new Date().toISOString());
    const raw = await b.call('importRaw', 'bench-raw');
    const ours = await b.call('importOurs', 'bench-ours');
    return [
      {
        name: 'store-import',
        ratio: raw / ours,
        baseline: 'raw-indexeddb',
        note: `${STORE_IMPORT_RECORDS} records (PWA_BENCH_RECORDS=1000000 for 1M): ours ${(ours / 1000).toFixed(1)} s, put loop ${(raw / 1000).toFixed(1)} s; higher is better; goal >= 1.0`,
      },
    ];
  } finally {
    await b.close();
  }
}
