// `npm run screenshots`: every screen of the built app (and the built extension's side panel on the sample data
// source), wide (1400×900) and narrow (390×844), light and dark, into docs/screenshots/<screen>-<size>-<scheme>.png,
// plus the README's two images. Made from the real build so the pictures stay true; builds only what is missing.
// Options: --out <dir> (default docs/screenshots), --only <screen,screen> (default every screen).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { servePwa } from '../test-support/serve-pwa';
import { EXTENSION_DIR, launchBrowser } from '../test-support/browser';
import { startSamplePartnerCenter } from '../sample-server/sample-partner-center';

const SIZES = { wide: { width: 1400, height: 900 }, narrow: { width: 390, height: 844 } } as const;
const SCHEMES = ['light', 'dark'] as const;

/** A screen of the app: where it is, and what to do there before the picture (wait for its content). */
interface AppScreen {
  name: string;
  search: string;
  /** Needs the sample data in the archive. */
  withData: boolean;
  ready(page: Page): Promise<void>;
}

const heading = (name: RegExp | string) => async (page: Page) => {
  await page.getByRole('heading', { name }).first().waitFor({ timeout: 30_000 });
};
const logReady = async (page: Page) => {
  await page.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1).waitFor({ timeout: 30_000 });
  // Counted: the page's one count no longer says it is counting.
  await page.getByRole('status', { name: 'Records in this view' }).getByText(/^[\d,]+ (records?|matching)$/).waitFor({ timeout: 30_000 });
};
const insightReady = (table: string) => async (page: Page) => {
  await page.getByRole('table', { name: table }).first().waitFor({ timeout: 60_000 });
  // The view says it is working while its worker still reads the archive.
  await page.waitForFunction(() => !document.querySelector('.insight progress'), undefined, { timeout: 60_000 });
};

const APP_SCREENS: AppScreen[] = [
  { name: 'first-run', search: '', withData: false, ready: heading(/Activity Lens|Records in the archive|Activity log/) },
  { name: 'log', search: '', withData: true, ready: logReady },
  {
    name: 'log-details',
    search: '',
    withData: true,
    async ready(page) {
      await logReady(page);
      const row = page.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1);
      // From the keyboard, as the table offers it at every width (on a phone the toggle sits under the pane's edge).
      await row.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('complementary', { name: 'Details' }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
    },
  },
  { name: 'seat-changes', search: 'view=seat-changes', withData: true, ready: insightReady('Quantity changes') },
  { name: 'orders', search: 'view=orders', withData: true, ready: insightReady('Order lines') },
  { name: 'gdap', search: 'view=gdap', withData: true, ready: heading('GDAP and DAP') },
  { name: 'users', search: 'view=users', withData: true, ready: insightReady('Activity per partner user') },
  { name: 'failures', search: 'view=failures', withData: true, ready: insightReady('Failed and declined operations') },
  { name: 'alerts', search: 'view=alerts', withData: true, ready: heading('Alerts') },
  { name: 'coverage', search: 'view=coverage', withData: true, ready: heading('Archive coverage') },
  { name: 'imports', search: 'view=imports', withData: true, ready: heading('Imports') },
  { name: 'settings', search: 'view=settings', withData: true, ready: heading('Settings') },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function build(script: string) {
  console.log(`▶ npm run ${script} (its output is missing)`);
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Screens whose content did not show in time: still pictured (to see why), and the run fails. */
const failures: string[] = [];

async function shoot(page: Page, out: string, name: string, prepare: (page: Page) => Promise<void>) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of SCHEMES) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      try {
        await prepare(page);
      } catch (error) {
        failures.push(`${name}-${size}-${scheme}: ${(error as Error).message.split('\n')[0]}`);
      }
      const file = join(out, `${name}-${size}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${file}`);
    }
  }
}

async function main() {
  const out = resolve(arg('out') ?? 'docs/screenshots');
  const only = arg('only')?.split(',');
  const wanted = (name: string) => !only || only.includes(name);
  mkdirSync(out, { recursive: true });
  if (!existsSync('dist/pwa/index.html')) build('build:pwa');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) build('build:extension');

  const app = await servePwa();
  const server = await startSamplePartnerCenter({ port: 0, count: 900, seed: 20261125 });
  const browser = await launchBrowser({ extension: true, locale: 'en-US' });
  try {
    const page = await browser.context.newPage();
    const url = (search: string) => `${app.url}?${[search, `sample=${encodeURIComponent(server.url)}`].filter(Boolean).join('&')}`;

    // Before any data: what a new user meets.
    for (const screen of APP_SCREENS.filter((s) => !s.withData && wanted(s.name))) {
      await page.goto(url(screen.search));
      await shoot(page, out, screen.name, screen.ready);
    }

    // The sample data, loaded as a new user would: the first-run screen's primary action.
    await page.goto(url(''));
    await page.getByRole('button', { name: 'Load sample data' }).first().click();
    await page.getByText(/new records, [\d,]+ already in the archive\./).first().waitFor({ timeout: 120_000 });

    for (const screen of APP_SCREENS.filter((s) => s.withData && wanted(s.name))) {
      await page.goto(url(screen.search));
      await shoot(page, out, screen.name, async (p) => {
        await p.waitForLoadState('networkidle').catch(() => undefined);
        await screen.ready(p);
      });
    }
    await page.close();

    // The side panel, reading the sample Partner Center.
    if (wanted('side-panel')) {
      const worker = browser.context.serviceWorkers()[0]!;
      await worker.evaluate((u) => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ dataSourceSettings: { kind: 'sample', sampleUrl: u } }), server.url);
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await shoot(panel, out, 'side-panel', async (p) => {
        await p.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1).waitFor({ timeout: 30_000 });
      });
      await panel.close();
    }

    // The README's two images: the app's log and the side panel, as most people first see them.
    if (!arg('out')) {
      if (existsSync(join(out, 'log-wide-light.png'))) copyFileSync(join(out, 'log-wide-light.png'), join(out, 'readme-app.png'));
      if (existsSync(join(out, 'side-panel-narrow-light.png'))) copyFileSync(join(out, 'side-panel-narrow-light.png'), join(out, 'readme-side-panel.png'));
    }
  } finally {
    await browser.close();
    await server.close();
    await app.close();
  }
}

await main();
if (failures.length > 0) {
  console.error(`✖ ${failures.length} screens did not get ready:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
