// First page of "one customer in a period" through the store's indexes against reading every record and
// filtering in memory, on the same stored records. Lower is better.
import type { BenchResult } from './bench-result';
import { openBenchPage } from './pwa-bench-page';

/** PWA_BENCH_RECORDS=1000000 runs the million (minutes per path on a 2-core machine). */
export const QUERY_RECORDS = Number(process.env['PWA_BENCH_RECORDS'] ?? 50_000);

export default async function (): Promise<BenchResult[]> {
  const b = await openBenchPage();
  try {
    await b.call('generate', QUERY_RECORDS, new Date().toISOString());
    await b.call('importOurs', 'bench-query');
    const q = await b.call('pickCustomer');
    await b.call('queryFirstPage', 'bench-query', q); // warm the connection and caches for both
    const scan = await b.call('scanFirstPage', 'bench-query', q);
    const ours = await b.call('queryFirstPage', 'bench-query', q);
    if (ours.rows !== scan.rows) throw new Error(`query answered ${ours.rows} rows, the scan ${scan.rows}`);
    return [
      {
        name: 'query-first-page',
        ratio: ours.ms / scan.ms,
        baseline: 'full-scan',
        note: `${QUERY_RECORDS} stored records: index ${ours.ms.toFixed(1)} ms, scan ${scan.ms.toFixed(0)} ms; lower is better; goal <= 0.1`,
      },
    ];
  } finally {
    await b.close();
  }
}
