// `npm run lighthouse`: Lighthouse on the served build (dist/pwa), in its default (mobile) and desktop presets,
// with Debian's Chromium; prints performance, accessibility, best practices and SEO per preset and fails below 95 in
// the first three. Lighthouse comes from the npm registry through npx (it downloads no browser: CHROME_PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePwa } from '../e2e/support/serve-pwa';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BAR = 95;

if (!existsSync('dist/pwa/index.html')) spawnSync('npm', ['run', 'build:pwa'], { stdio: 'inherit' });
const app = await servePwa();
const out = mkdtempSync(join(tmpdir(), 'lens-lighthouse-'));
let failed = false;
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    const report = join(out, `${preset}.json`);
    const args = ['-y', 'lighthouse', app.url, '--output=json', `--output-path=${report}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage'];
    if (preset === 'desktop') args.push('--preset=desktop');
    const run = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    if (run.status !== 0 || !existsSync(report)) throw new Error(`lighthouse (${preset}) failed`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
    const scores = CATEGORIES.map((c) => [c, Math.round(json.categories[c]!.score * 100)] as const);
    console.log(`${preset}: ${scores.map(([c, s]) => `${c} ${s}`).join(', ')}`);
    if (scores.some(([c, s]) => c !== 'seo' && s < BAR)) failed = true;
  }
} finally {
  await app.close();
}
if (failed) {
  console.error(`✖ a score is below ${BAR}`);
  process.exit(1);
}
