// Opens the built app (dist/pwa) in headless Chromium with ?bench so the PWA benches can drive its store
// and workers through window.__lensBench, in a real browser with real IndexedDB.
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../e2e/support/browser';
import { servePwa, type ServedPwa } from '../e2e/support/serve-pwa';
import type { LensBenchHooks } from '../pwa/bench-hooks';
import { freshPwaBuild } from './fresh-build';

export interface BenchPage {
  page: Page;
  /** Calls one hook in the page. */
  call<K extends keyof LensBenchHooks>(name: K, ...args: Parameters<LensBenchHooks[K]>): Promise<Awaited<ReturnType<LensBenchHooks[K]>>>;
  close(): Promise<void>;
}

export async function openBenchPage(): Promise<BenchPage> {
  freshPwaBuild();
  const app: ServedPwa = await servePwa();
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
