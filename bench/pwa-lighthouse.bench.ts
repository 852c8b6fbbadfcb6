// Lighthouse on the served build, as `npm run lighthouse` runs it (test-support/lighthouse-audit.ts): one line per
// preset and screen, the lowest of its performance / accessibility / best-practices scores over the bar of 95 (goal
// >= 1.0). One run each (PWA_BENCH_LIGHTHOUSE_RUNS for more, the median counts); skipped when there is no Chromium.
import { existsSync } from 'node:fs';
import type { BenchResult } from './bench-result';
import { freshBuild } from '../test-support/production-build';
import { CHROMIUM_PATH } from '../test-support/browser';
import { auditServedApp, CATEGORIES, formatMetrics, summarize } from '../test-support/lighthouse-audit';

const BAR = 95;

export default async function (): Promise<BenchResult[]> {
  const chromium = process.env['CHROME_PATH'] ?? CHROMIUM_PATH;
  if (!existsSync(chromium)) {
    console.warn(`bench pwa-lighthouse skipped: no Chromium at ${chromium}`);
    return [];
  }
  freshBuild('pwa');
  const runs = Number(process.env['PWA_BENCH_LIGHTHOUSE_RUNS'] ?? 1);
  const results = await auditServedApp({ runs });
  return summarize(results).map((s) => {
    const lowest = Math.min(...CATEGORIES.map((c) => s.scores[c]));
    const loads = `load average ${Math.min(...s.loads).toFixed(1)}-${Math.max(...s.loads).toFixed(1)}`;
    return {
      name: `pwa-lighthouse-${s.preset}-${s.screen}`,
      ratio: lowest / BAR,
      baseline: 'bar-95',
      note: `${CATEGORIES.map((c) => `${c} ${s.runs[c].join('/')}`).join(', ')}; ${formatMetrics(s.metrics)}; ${loads}; higher is better; goal >= 1.0`,
    };
  });
}
