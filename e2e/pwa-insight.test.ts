// The insight views in Chromium, as a partner uses them: the hand-written API and PowerShell records imported, each
// view opened from the keyboard, read, filtered in the URL, exported to Excel CSV, axe-clean, and working offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';

const API = resolve('core/insight/fixtures/insight-api-page.json');
const POWERSHELL = resolve('core/insight/fixtures/insight-powershell-records.json');
const PERIOD = 'from=2026-04-01&to=2026-05-31';

let app: ServedPwa;
let browser: LensBrowser;
let page: Page;

async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Tabs through the page until the named link or button has the focus, as a keyboard user would. */
async function tabTo(p: Page, name: string): Promise<void> {
  await p.locator('body').focus();
  for (let i = 0; i < 120; i++) {
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (focused === name) return;
  }
  throw new Error(`${name} is not reachable with Tab`);
}

async function heading(p: Page): Promise<string> {
  const h = p.locator('#insight-heading');
  await h.waitFor();
  return h.innerText();
}

beforeAll(async () => {
  app = await servePwa();
  browser = await launchBrowser();
  await browser.context.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  page = await browser.context.newPage();
  page.on('filechooser', () => undefined);
  await page.goto(app.url);
  await page.getByLabel('Import logs').setInputFiles([API, POWERSHELL]);
  await page.getByText('27 new records, 0 already in the archive.').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the insight views', () => {
  it('Seat changes: every change old → new, totals, how many records could not be read, and the Excel export', async () => {
    await page.goto(`${app.url}?${PERIOD}&view=seat-changes`);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Seat changes');
    await expect.poll(() => page.getByText('4 records could not be read.').count(), { timeout: 20_000 }).toBe(1);
    const changes = page.getByRole('table', { name: 'Quantity changes' });
    const removal = changes.getByRole('row').filter({ hasText: '2026-05-20 14:30:00' });
    expect(await removal.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['15', '12', '-3', 'giulia.bianchi@lumen.example']));
    expect(await page.getByRole('table', { name: 'Totals per customer' }).getByRole('row').count()).toBe(1 + 3);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel: Quantity changes' }).click()]);
    expect(download.suggestedFilename()).toBe('seat-changes-seatChanges_2026-04-01_2026-05-31.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFCustomer,Customer ID,Subscription ID,Product,Date-Time (UTC),Old quantity,New quantity,Change,Partner user,')).toBe(true);
    expect(text).toContain(',2026-05-20 14:30:00,15,12,-3,giulia.bianchi@lumen.example,');
    expect(text.split('\r\n').length).toBe(10 + 2);
  });

  it('Orders: "was the promotion applied?" is one filter, kept in the URL', async () => {
    await page.goto(`${app.url}?${PERIOD}&view=orders`);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Orders');
    const lines = page.getByRole('table', { name: 'Order lines' });
    await expect.poll(() => lines.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 7);
    await page.getByLabel('Promotion').selectOption('with');
    await expect.poll(() => lines.getByRole('row').count()).toBe(1 + 2);
    expect(new URL(page.url()).searchParams.get('promo')).toBe('with');
    expect(await lines.innerText()).toContain('39NFJQT1Q5KV:0002:39NFJQT1Q5KP');
    await page.reload();
    await expect.poll(() => page.getByRole('table', { name: 'Order lines' }).getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('GDAP and DAP, Partner users and Failures open from the keyboard and read right', async () => {
    await page.goto(`${app.url}?from=2026-05-01&to=2026-05-31`);
    await tabTo(page, 'GDAP and DAP');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('GDAP and DAP');
    expect(new URL(page.url()).searchParams.get('view')).toBe('gdap');
    const ended = page.getByRole('table', { name: 'Customers whose access ended in this period' });
    await expect.poll(() => ended.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 2);
    expect(await ended.innerText()).toContain('Müller & Söhne GmbH');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Partner users');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Partner users');
    const users = page.getByRole('table', { name: 'Activity per partner user' });
    await expect.poll(() => users.getByText('new.agent@lumen.example').count(), { timeout: 20_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, 'Failures');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Failures');
    const failures = page.getByRole('table', { name: 'Failed and declined operations' });
    await expect.poll(() => failures.getByRole('row').count(), { timeout: 20_000 }).toBe(1 + 3);
    expect(await axeViolations(page)).toEqual([]);
    // Back goes to the previous view.
    await page.goBack();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Partner users');
  });

  it('Customer: opened from a row of the log, its whole story, keyboard-reachable, and offline', async () => {
    await page.goto(`${app.url}?${PERIOD}`);
    // The list draws its first page at once and again when the view worker has counted: focus a row's link only
    // once the count has arrived, or the redrawn row takes the focus with it.
    await expect.poll(() => page.getByRole('status', { name: 'Records in this view' }).innerText(), { timeout: 20_000 }).toMatch(/^[\d,]+ records?$/);
    const link = page.getByRole('link', { name: 'Customer view: Contoso Italia S.r.l.' }).first();
    await link.waitFor({ timeout: 20_000 });
    // A redraw of the row (the table's second page read, a late count) can take the focus from the link between
    // focus and Enter (CI under load once): focus it again and press Enter until the view opens.
    const target = 'Customer view: Contoso Italia S.r.l.';
    const opened = () => page.evaluate((t) => document.querySelector('#insight-heading')?.textContent === t, target);
    for (let attempt = 0; attempt < 4 && !(await opened()); attempt++) {
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((t) => document.querySelector('#insight-heading')?.textContent === t, target, { timeout: 5_000 }).catch(() => undefined);
    }
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe(target);
    for (const name of ['Subscriptions', 'Quantity changes', 'Order lines', 'Relationship events', 'Timeline']) {
      await expect.poll(() => page.getByRole('table', { name, exact: true }).count(), { timeout: 20_000 }).toBe(1);
    }
    expect(await page.getByRole('table', { name: 'Timeline' }).getByRole('row').count()).toBe(1 + 13);
    expect(await axeViolations(page)).toEqual([]);
    // From another view's customer cell too.
    await page.goto(`${app.url}?${PERIOD}&view=failures`);
    await page.getByRole('table', { name: 'By customer' }).getByRole('link', { name: 'Müller & Söhne GmbH' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Customer view: Müller & Söhne GmbH');

    const ready = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('not ready'), 30_000))]));
    expect(ready).toBe('ready');
    await page.reload();
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Customer view: Müller & Söhne GmbH');
      await expect.poll(() => page.getByRole('table', { name: 'Timeline' }).getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('speaks Italian', async () => {
    await page.goto(`${app.url}?${PERIOD}&view=seat-changes`);
    await page.getByLabel('Language').selectOption('it');
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Variazioni di licenze');
    await expect.poll(() => page.getByText('Impossibile leggere 4 record.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('table', { name: 'Variazioni di quantità' }).getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Cliente', 'ID cliente', 'ID sottoscrizione', 'Prodotto', 'Data-ora (UTC)', 'Quantità precedente', 'Nuova quantità', 'Variazione', 'Utente partner']),
    );
    await page.getByLabel('Lingua').selectOption('en');
  });
});
