// `npm run lighthouse`: builds the app, serves dist/pwa on a free port and runs Lighthouse (test-support/
// lighthouse-audit.ts) in its default (mobile) and desktop presets on the first visit and on the log showing the
// sample, 3 runs each. Prints every run, then `LIGHTHOUSE <preset> <screen> <category> <median>` lines and the median
// metrics; exits 1 when a median score is under 95, 2 when Lighthouse could not run. Options: --runs N, --no-build
// (measure what dist/pwa holds), --no-compress (serve without gzip), --save-assets (keep the traces), --only mobile|desktop, --screen first-visit|sample.
import { auditServedApp, CATEGORIES, formatMetrics, summarize, type Preset, type Screen } from '../test-support/lighthouse-audit';
import { buildForProduction } from '../test-support/production-build';

const BAR = 95;
const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const presets = (valueOf('--only')?.split(',') ?? ['mobile', 'desktop']) as Preset[];
const screens = (valueOf('--screen')?.split(',') ?? ['first-visit', 'sample']) as Screen[];

const runs = Number(valueOf('--runs') ?? 3);

if (!args.includes('--no-build')) buildForProduction('pwa', { quiet: true });
let results;
try {
  results = await auditServedApp({
    presets,
    screens,
    runs,
    compress: !args.includes('--no-compress'),
    saveAssets: args.includes('--save-assets'),
    onResult: (r) => {
      const scores = CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ');
      console.log(`  run ${r.preset} ${r.screen}: ${scores}; ${formatMetrics(r.metrics)}; LCP element ${r.lcpElement ?? '?'}; load average ${r.load.toFixed(2)}; ${r.reportPath}`);
    },
  });
} catch (error) {
  console.error(`✖ lighthouse: ${(error as Error).message}`);
  process.exit(2);
}
// The median of the runs decides, as Lighthouse's docs advise: simulated throttling reads lower on a busy machine.
let failed = false;
for (const s of summarize(results)) {
  const loads = `load average ${Math.min(...s.loads).toFixed(1)}-${Math.max(...s.loads).toFixed(1)}`;
  for (const c of CATEGORIES) {
    console.log(`LIGHTHOUSE ${s.preset} ${s.screen} ${c} ${s.scores[c]}  (runs ${s.runs[c].join(', ')}; ${loads})`);
    if (s.scores[c] < BAR) failed = true;
  }
  console.log(`LIGHTHOUSE ${s.preset} ${s.screen} metrics ${formatMetrics(s.metrics)} (medians)`);
}
if (failed) {
  console.error(`✖ a median score is under ${BAR}`);
  process.exit(1);
}
