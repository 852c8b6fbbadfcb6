// Opens the benches' build of the app (dist/pwa-bench: the app plus bench/pwa-bench-app/'s hooks) in headless
// Chromium with ?bench so the PWA benches can drive its store and workers through window.__lensBench, in a real
// browser with real IndexedDB.
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';
import { resolve } from 'node:path';
import type { LensBenchHooks } from './pwa-bench-app/bench-hooks';
import { freshBuild } from '../test-support/production-build';

/** Where bench/pwa-bench-app/vite.config.ts builds the page. */
const BENCH_APP_DIR = resolve('dist/pwa-bench');

export interface BenchPage {
  page: Page;
  /** Calls one hook in the page. */
  call<K extends keyof LensBenchHooks>(name: K, ...args: Parameters<LensBenchHooks[K]>): Promise<Awaited<ReturnType<LensBenchHooks[K]>>>;
  close(): Promise<void>;
}

export async function openBenchPage(): Promise<BenchPage> {
  freshBuild('pwa-bench');
  const app: ServedPwa = await servePwa(BENCH_APP_DIR);
  const browser: LensBrowser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${app.url}?bench`);
  await page.waitForFunction(() => !!(window as unknown as { __lensBench?: unknown }).__lensBench, undefined, { timeout: 30_000 });
  return {
    page,
    call: (name, ...args) =>
      page.evaluate(
        ([n, a]) => ((window as unknown as { __lensBench: Record<string, (...x: unknown[]) => unknown> }).__lensBench[n as string](...(a as unknown[]))),
        [name, args] as const,
      ) as never,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
