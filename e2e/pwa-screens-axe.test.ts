// Every screen of the app, light and dark, wide and narrow, through axe-core in Chromium (colour contrast included:
// it needs real layout and paint): the first run, the log on the sample data (with its menus and chips open), each
// insight view, Alerts, Archive coverage, Imports and Settings. Zero violations on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';

let app: ServedPwa;
let browser: LensBrowser;
let page: Page;

async function axeViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`).join(', ')}`);
  });
}

/** Runs axe in both colour schemes, at both widths; names the combination that failed. */
async function expectNoViolations(p: Page, screen: string, ready: (p: Page) => Promise<void>) {
  for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await p.setViewportSize(viewport);
      await p.emulateMedia({ colorScheme });
      await ready(p);
      expect((await axeViolations(p)).join('\n'), `${screen}, ${viewport.width} px, ${colorScheme}`).toBe('');
    }
  }
}

const logReady = async (p: Page) => {
  await p.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1).waitFor({ timeout: 30_000 });
};
const tableReady = (name: string) => async (p: Page) => {
  await p.getByRole('table', { name }).first().waitFor({ timeout: 60_000 });
};
const headingReady = (name: string) => async (p: Page) => {
  await p.getByRole('heading', { name, exact: true }).first().waitFor({ timeout: 30_000 });
};

beforeAll(async () => {
  app = await servePwa();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(app.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('every screen of the app passes axe in light and dark', () => {
  it('the first run: an empty archive, with one primary action', async () => {
    await expectNoViolations(page, 'first run', headingReady('Your archive is empty'));
    expect(await page.locator('main button.primary').count()).toBe(1);
  });

  it('the log on the sample data, with the sample note, saved views and chips open', async () => {
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByText(/new records, [\d,]+ already in the archive\./).waitFor({ timeout: 120_000 });
    await expectNoViolations(page, 'log', logReady);
    await page.getByRole('note').filter({ hasText: 'sample data' }).waitFor();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByLabel('Status').selectOption('failed');
    await page.getByRole('list', { name: 'Active filters' }).waitFor();
    await page.getByRole('button', { name: 'Saved views' }).click();
    await expectNoViolations(page, 'log with chips and the saved views menu', async (p) => {
      await p.getByLabel('View name').waitFor();
    });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Chart and top lists' }).click();
    await expectNoViolations(page, 'log with its chart and top lists', headingReady('Top customers'));
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Chart and top lists' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => page.getByRole('list', { name: 'Active filters' }).count()).toBe(0);
  });

  it('the log on a phone, with its filter fields and its export options open', async () => {
    const narrow = async (what: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect((await axeViolations(page)).join('\n'), `${what}, 390 px, ${colorScheme}`).toBe('');
      }
    };
    await page.setViewportSize({ width: 390, height: 844 });
    await logReady(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    await filters.click();
    await page.getByRole('group', { name: 'Filter fields' }).getByLabel('Customer', { exact: true }).waitFor();
    await narrow('the filter fields');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => filters.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Export options' }).click();
    await page.getByRole('group', { name: 'Export options' }).getByLabel('Format').waitFor();
    await narrow('the export options');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  const pages: [string, string, (p: Page) => Promise<void>][] = [
    ['Seat changes', 'seat-changes', tableReady('Quantity changes')],
    ['Orders', 'orders', tableReady('Order lines')],
    ['GDAP and DAP', 'gdap', headingReady('GDAP and DAP')],
    ['Partner users', 'users', tableReady('Activity per partner user')],
    ['Failures', 'failures', tableReady('Failed and declined operations')],
    ['Customer', 'customer', async (p) => p.locator('#insight-heading').waitFor()],
    ['Alerts', 'alerts', headingReady('Alerts')],
    ['Archive coverage', 'coverage', headingReady('Archive coverage')],
    ['Imports', 'imports', headingReady('Import history')],
    ['Settings', 'settings', headingReady('Storage')],
  ];
  for (const [name, view, ready] of pages) {
    it(`${name}, opened from the navigation`, async () => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(view);
      await expectNoViolations(page, name, ready);
    });
  }
});
