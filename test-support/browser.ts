// Debian's Chromium driven by playwright-core, optionally with the built extension loaded unpacked (SPEC §5).
// Never downloads a browser: /usr/bin/chromium must be there (npm test installs it as root).
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTIVITY_LENS_APP_URL } from '../extension/app-pairing/app-link';
import { DEFAULT_SAMPLE_SERVER_URL } from '../core/partner-center/sample-server-address';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Where `wxt build` puts the unpacked Chrome extension. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * The fixed addresses `npm start` serves (the app, the sample server), which the extension and the app know as
 * their defaults. A test must never reach whatever this machine runs there, so pages in the test browser are refused
 * them (pages the extension opens itself are not routable: point the extension at a server of the test instead); a
 * test that needs one routes it to a stand-in of its own (later routes win), and servers of its own take port 0.
 */
export const MACHINE_ADDRESSES = [ACTIVITY_LENS_APP_URL, DEFAULT_SAMPLE_SERVER_URL].map((url) => `${new URL(url).origin}/**`);

export interface LensBrowser {
  context: BrowserContext;
  /** Set when the extension was loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

export async function launchBrowser(options: { extension?: boolean; locale?: string } = {}): Promise<LensBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lens-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  const locale = options.locale ?? 'en-US';
  args.push(`--lang=${locale}`);
  if (options.extension) {
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    locale,
    acceptDownloads: true,
    // Extensions only load in the new headless mode, which is Chromium's default "headless" now.
    ignoreDefaultArgs: options.extension ? ['--disable-extensions'] : undefined,
  });
  for (const pattern of MACHINE_ADDRESSES) await context.route(pattern, (route) => route.abort('connectionrefused'));
  let extensionId: string | undefined;
  if (options.extension) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The loaded extension's setting that points it at a sample server of the test, as its Options page saves it. */
export function sampleDataSource(sampleUrl: string): { dataSourceSettings: { kind: 'sample'; sampleUrl: string } } {
  return { dataSourceSettings: { kind: 'sample', sampleUrl } };
}

/** Writes the loaded extension's storage.local (settings, the app's address…) through its service worker. */
export async function setExtensionStorage(browser: LensBrowser, values: Record<string, unknown>): Promise<void> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  const worker = browser.context.serviceWorkers().find(ours) ?? (await browser.context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
  // The function runs in the extension's service worker, where `chrome` is the extension API.
  await worker.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set(v), values);
}

/** The side panel's page of the loaded extension, opened as a tab. */
export function sidePanelUrl(browser: LensBrowser): string {
  return `chrome-extension://${browser.extensionId}/sidepanel.html`;
}
