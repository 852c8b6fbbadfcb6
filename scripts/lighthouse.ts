// `npm run lighthouse`: builds the app, serves dist/pwa on a free port and runs Lighthouse (test-support/
// lighthouse-audit.ts) in its default (mobile) and desktop presets on the first visit and on the log showing the
// sample. Prints `LIGHTHOUSE <preset> <screen> <category> <score>` lines and the main metrics; exits 1 when a score
// is under 95. Options: --no-build (measure what dist/pwa holds), --no-compress (serve
// without gzip), --only mobile|desktop, --screen first-visit|sample.
import { auditServedApp, CATEGORIES, formatMetrics, type Preset, type Screen } from '../test-support/lighthouse-audit';
import { buildForProduction } from '../test-support/production-build';

const BAR = 95;
const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const presets = (valueOf('--only')?.split(',') ?? ['mobile', 'desktop']) as Preset[];
const screens = (valueOf('--screen')?.split(',') ?? ['first-visit', 'sample']) as Screen[];

if (!args.includes('--no-build')) buildForProduction('pwa', { quiet: true });
let failed = false;
try {
  await auditServedApp({
    presets,
    screens,
    compress: !args.includes('--no-compress'),
    onResult: (r) => {
      for (const c of CATEGORIES) {
        console.log(`LIGHTHOUSE ${r.preset} ${r.screen} ${c} ${r.scores[c]}`);
        if (r.scores[c] < BAR) failed = true;
      }
      console.log(`LIGHTHOUSE ${r.preset} ${r.screen} metrics ${formatMetrics(r.metrics)}; LCP element ${r.lcpElement ?? '?'}; load average ${r.load.toFixed(2)}; report ${r.reportPath}`);
    },
  });
} catch (error) {
  console.error(`✖ lighthouse: ${(error as Error).message}`);
  process.exit(2);
}
if (failed) {
  console.error(`✖ a score is under ${BAR}`);
  process.exit(1);
}
