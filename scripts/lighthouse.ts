// `npm run lighthouse`: Lighthouse on the served build (dist/pwa), in its default (mobile) and desktop presets,
// with Debian's Chromium; prints performance, accessibility, best practices and SEO per preset and fails below 95 in
// the first three. Lighthouse comes from the npm registry through npx and drives a Chromium we start ourselves on a
// free debugging port (left to launch Chromium itself, Lighthouse 12 got no first paint from Debian's headless build).
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePwa } from '../test-support/serve-pwa';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BAR = 95;

if (!existsSync('dist/pwa/index.html')) spawnSync('npm', ['run', 'build:pwa'], { stdio: 'inherit' });
const app = await servePwa();
const out = mkdtempSync(join(tmpdir(), 'lens-lighthouse-'));
const port = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address() as AddressInfo;
    probe.close(() => done(free));
  });
});
const chromium = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, `--user-data-dir=${join(out, 'profile')}`, 'about:blank'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 3000));
let failed = false;
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    const report = join(out, `${preset}.json`);
    const args = ['-y', 'lighthouse', app.url, `--port=${port}`, '--output=json', `--output-path=${report}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`];
    if (preset === 'desktop') args.push('--preset=desktop');
    const run = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    // Lighthouse may exit non-zero over protocol noise after writing its report: the report is what counts.
    if (!existsSync(report)) throw new Error(`lighthouse (${preset}) wrote no report (exit ${run.status})`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
    const scores = CATEGORIES.map((c) => [c, Math.round(json.categories[c]!.score * 100)] as const);
    console.log(`${preset}: ${scores.map(([c, s]) => `${c} ${s}`).join(', ')}`);
    if (scores.some(([c, s]) => c !== 'seo' && s < BAR)) failed = true;
  }
} finally {
  chromium.kill();
  await app.close();
}
if (failed) {
  console.error(`✖ a score is below ${BAR}`);
  process.exit(1);
}
