// The offline app in Chromium, as a partner uses it: install, import, dedupe, undo, filter, export, offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { jsonChunks } from '../core/leaving/json-writer';
import { generateSampleRecords } from '../sample-data/sample-generator';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';

const fixture = (name: string) => resolve('e2e/fixtures', name);
const EN = fixture('pwa-dashboard-en.csv');
const IT = fixture('pwa-dashboard-it.csv');
const JSON_PAGE = fixture('pwa-api.json');

let app: ServedPwa;
let browser: LensBrowser;
let page: Page;

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('status', { name: /Records in the archive|Record nell/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}
async function expectCount(p: Page, n: number) {
  await expect.poll(() => archiveCount(p), { timeout: 20_000 }).toBe(n);
}
/** Opens a page of the app from its navigation, as a user would. */
/** The log's one count, beside its heading: "2 matching" under a filter, "7 records" otherwise. */
const viewCount = (p: Page) => p.getByRole('status', { name: 'Records in this view' }).innerText();

async function openPage(p: Page, name: string) {
  await p.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
}
async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

beforeAll(async () => {
  app = await servePwa();
  browser = await launchBrowser();
  // Chromium has File System Access, so "Save as…" is offered. Playwright cannot answer its native dialog: a stand-in
  // counts the calls and answers as a user who closed it. "Export log" must never call it (it downloads at once).
  await browser.context.addInitScript(() => {
    const w = window as unknown as { pickerCalls: number; showSaveFilePicker: unknown; closedPicker: unknown };
    w.pickerCalls = 0;
    w.closedPicker = async () => {
      w.pickerCalls++;
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
    w.showSaveFilePicker = w.closedPicker;
  });
  page = await browser.context.newPage();
  // Playwright intercepts the native file chooser only once a listener exists; turning that on inside
  // Promise.all races the key press, so it is on for the whole file.
  page.on('filechooser', () => undefined);
  await page.goto(app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the Activity Lens app', () => {
  it('meets the install criteria: a manifest with icons and a service worker controlling the page', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await fetch(new URL(href!, app.url))).json();
    expect(manifest).toMatchObject({ name: 'Activity Lens', display: 'standalone' });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    const ready = await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), new Promise((r) => setTimeout(() => r('not ready after 30 s'), 30_000))]),
    );
    expect(ready, 'the service worker installs and activates').toBe('ready');
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expectCount(page, 0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports dashboard CSVs in English and Italian and API JSON, and keeps one copy on re-import', async () => {
    await page.getByLabel('Import logs').setInputFiles([EN, IT, JSON_PAGE]);
    await expectCount(page, 7);
    await page.getByLabel('Import logs').setInputFiles([EN, IT, JSON_PAGE]);
    await expect.poll(() => page.getByText('0 new records, 7 already in the archive.').count()).toBe(1);
    await expectCount(page, 7);
    await expect.poll(() => page.getByRole('cell', { name: /Fabrikam, Inc\./ }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Show details: .*Fabrikam/ }).click();
    expect(await page.getByRole('button', { name: /Show details: .*Fabrikam/ }).getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('undoes one import, removing exactly the records it added', async () => {
    // The newest batches are the re-imports that added nothing; the first JSON import added the two API records.
    await openPage(page, 'Imports');
    const undoJson = page.getByRole('button', { name: 'Undo import: pwa-api.json' });
    await expect.poll(() => undoJson.count()).toBe(2);
    for (let i = 0; i < 2; i++) await undoJson.last().click();
    await expectCount(page, 5);
    await page.getByLabel('Import logs').setInputFiles([JSON_PAGE]);
    await expectCount(page, 7);
    await openPage(page, 'Activity log');
  });

  it('exports the view as an Excel CSV that reads back cell by cell', async () => {
    await page.getByLabel('From', { exact: true }).fill('2026-11-01');
    // Each choice applies as it is made: no Apply button.
    await page.getByLabel('to', { exact: true }).fill('2026-11-30');
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2026-11-30');
    // One click, no dialog: the browser's download, named like Partner Center's export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export log' }).click()]);
    expect(download.suggestedFilename()).toBe('activity-log_2026-11-01_2026-11-30.csv');
    expect(await page.evaluate(() => (window as unknown as { pickerCalls: number }).pickerCalls)).toBe(0);
    expect(await page.getByRole('button', { name: 'Save as…' }).count()).toBe(1);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const rows = Papa.parse<string[]>(text, { delimiter: ',' }).data.filter((r) => r.length > 1);
    expect(rows[0].slice(0, 4).map((h) => h.replace(/\s*\(UTC\)/, ''))).toEqual(['Date-Time', 'Affected customer', 'Action', 'Partner user']);
    expect(rows.length).toBe(8);
    const byCustomer = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byCustomer.get('Fabrikam, Inc.')?.[0]).toBe('2026-11-11 14:02:40');
    expect(byCustomer.get('Caffè Raúl S.r.l.')?.[0]).toBe('2026-11-13 10:20:30');
    expect(byCustomer.get('Adatum Corporation')?.[3]).toBe('admin@partner.example');
    expect(rows.slice(1).map((r) => r[0])).toEqual([...rows.slice(1).map((r) => r[0])].sort().reverse());
  });

  it('sorts the log and opens and closes a row’s details with the keyboard alone', async () => {
    const table = page.getByRole('table', { name: 'Activity log' });
    const customerHeader = table.getByRole('columnheader', { name: 'Affected customer', exact: true });
    await customerHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => customerHeader.getAttribute('aria-sort')).toBe('ascending');
    const customers = () => table.locator('.log-scroll .c-customer').allInnerTexts();
    await expect.poll(async () => {
      const shown = await customers();
      return shown.length === 7 && shown.every((c, i) => i === 0 || shown[i - 1]!.localeCompare(c, 'en', { sensitivity: 'base' }) <= 0);
    }).toBe(true);
    const first = (await customers())[0]!;
    // The focus follows a move once the table has drawn it (an effect after the render).
    const focusedRow = () => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'));
    await table.getByRole('row').nth(1).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toBe('3');
    await page.keyboard.press('Home');
    await expect.poll(focusedRow).toBe('2');
    await page.keyboard.press('Enter');
    const pane = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => pane.count()).toBe(1);
    expect(await pane.getByText(first, { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.count()).toBe(0);
    await expect.poll(focusedRow).toBe('2');
    // Back to Partner Center's order: a new column starts newest first.
    await table.getByRole('columnheader', { name: 'Date-Time', exact: true }).getByRole('button').click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'Date-Time', exact: true }).getAttribute('aria-sort')).toBe('descending');
  });

  it('Save as… writes a JSON export to the file the user picked (File System Access) and counts its rows', async () => {
    // A real FileSystemFileHandle from the origin-private file system stands in for the native save dialog,
    // so the worker writes through the same createWritable() path as a picked file on disk.
    await page.evaluate(() => {
      (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (o: { suggestedName: string }) => {
        (window as unknown as { picked: string }).picked = o.suggestedName;
        return (await navigator.storage.getDirectory()).getFileHandle('picked-export', { create: true });
      };
    });
    try {
      await page.getByLabel('Format').selectOption('json');
      await page.getByRole('button', { name: 'Save as…' }).click();
      // The file is complete once the worker closes it; until then it reads empty.
      const readPicked = () =>
        page.evaluate(async () => {
          const file = await (await (await navigator.storage.getDirectory()).getFileHandle('picked-export')).getFile();
          return { picked: (window as unknown as { picked?: string }).picked, text: await file.text() };
        });
      await expect.poll(async () => (await readPicked()).text.length, { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByText('Exported 7 rows.').count()).toBe(1);
      const { picked, text } = await readPicked();
      expect(picked).toBe('activity-log_2026-11-01_2026-11-30.json');
      const exported = JSON.parse(text);
      const records = Array.isArray(exported) ? exported : exported.records;
      expect(records).toHaveLength(7);
      expect(records.map((r: { customerName: string }) => r.customerName)).toEqual(expect.arrayContaining(['Fabrikam, Inc.', 'Caffè Raúl S.r.l.']));
    } finally {
      await page.getByLabel('Format').selectOption('csv');
      await page.evaluate(() => {
        const w = window as unknown as { showSaveFilePicker: unknown; closedPicker: unknown };
        w.showSaveFilePicker = w.closedPicker;
      });
    }
  });

  it('filters by customer through the URL, and Back returns to the previous view', async () => {
    await page.getByLabel('Customer', { exact: true }).fill('adatum');
    await expect.poll(() => viewCount(page)).toBe('2 matching');
    expect(new URL(page.url()).search).toContain('adatum');
    await page.goBack();
    await expect.poll(() => viewCount(page)).toBe('7 records');
  });

  it('leaves the archive unchanged when a big import is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lens-big-'));
    const big = join(dir, 'big-export.csv');
    const lines = ['Date-Time,Affected customer,Action,Partner user'];
    for (let i = 0; i < 300_000; i++) lines.push(`2026-11-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00,Customer ${i},created a referral,user${i}@partner.example`);
    writeFileSync(big, lines.join('\r\n'));
    await page.getByLabel('Import logs').setInputFiles([big]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByText('Import cancelled: nothing from it was kept.').count(), { timeout: 60_000 }).toBe(1);
    await expectCount(page, 7);
  });

  it('imports a JSON export bigger than one read chunk, streamed, every record, and undoes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lens-json-'));
    const file = join(dir, 'lens-export.json');
    const records = [...generateSampleRecords({ count: 3000, seed: 21 })];
    writeFileSync(file, [...jsonChunks(records)].join(''));
    expect(statSync(file).size).toBeGreaterThan(4 * (1 << 20));
    await page.getByLabel('Import logs').setInputFiles([file]);
    await expectCount(page, 3007);
    await openPage(page, 'Imports');
    const undo = page.getByRole('button', { name: 'Undo import: lens-export.json' });
    await expect.poll(() => undo.count()).toBe(1);
    await undo.click();
    await expectCount(page, 7);
    await openPage(page, 'Activity log');
    rmSync(dir, { recursive: true, force: true });
  });

  it('works keyboard-only: import, filter and export', async () => {
    const focusByTab = async (matches: () => Promise<boolean>) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await matches()) return;
      }
      throw new Error('control not reachable with Tab');
    };
    await page.goto(app.url);
    await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
    await focusByTab(() => page.evaluate(() => document.activeElement?.textContent === 'Import logs'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    await chooser.setFiles([EN]);
    await expect.poll(() => page.getByText(/new records, \d+ already in the archive\./).count()).toBe(1);
    await focusByTab(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'customer'));
    await page.keyboard.type('contoso');
    await page.keyboard.press('Enter');
    await expect.poll(() => viewCount(page)).toBe('1 matching');
    await focusByTab(() => page.evaluate(() => document.activeElement?.textContent === 'Export log'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^activity-log_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.csv$/);
    expect(await page.evaluate(() => (window as unknown as { pickerCalls: number }).pickerCalls)).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1)).data.filter((r) => r.length > 1);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Contoso Ltd']);
  });

  it('speaks Italian with the dashboard\'s labels', async () => {
    await page.getByLabel('Language').selectOption('it');
    await expect.poll(() => page.getByRole('columnheader', { name: 'Data-ora' }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: 'Cliente interessato' }).count()).toBe(1);
    expect(await page.getByLabel('Da', { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Lingua').selectOption('en');
  });

  it('opens and queries with the network off after the first visit', async () => {
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await expectCount(page, 7);
      await page.getByLabel('Customer', { exact: true }).fill('fabrikam');
      await expect.poll(() => viewCount(page)).toBe('1 matching');
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('fetches pages from the sample Partner Center server into the archive', async () => {
    const { startSamplePartnerCenter } = await import('../sample-server/sample-partner-center');
    const server = await startSamplePartnerCenter({ port: 0, count: 300, seed: 7 });
    try {
      await page.goto(`${app.url}?sample=${encodeURIComponent(server.url)}`);
      await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
      await expect.poll(() => archiveCount(page)).not.toBeNaN();
      const before = await archiveCount(page);
      await openPage(page, 'Imports');
      await page.getByRole('button', { name: 'Fetch from sample server' }).click();
      await expect.poll(() => archiveCount(page), { timeout: 30_000 }).toBeGreaterThan(before);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('on a phone, the navigation strip scrolls the current page into sight, and the page stays put', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const nav = page.getByRole('navigation', { name: 'Pages' });
      /** Whether the page's link lies wholly inside the 390 px strip (to the pixel: layout has fractions). */
      const inSight = async (name: string) => {
        const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
        return !!box && box.x >= -1 && box.x + box.width <= 391;
      };
      await page.goto(`${app.url}?view=settings`);
      await expect.poll(() => inSight('Settings')).toBe(true);
      expect(await inSight('Activity log')).toBe(false);
      // A click that does not scroll by itself (a real tap lands on what is in sight; Back and links elsewhere do not).
      await nav.getByRole('link', { name: 'Activity log', exact: true }).dispatchEvent('click');
      await expect.poll(() => inSight('Activity log')).toBe(true);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('settings');
      await expect.poll(() => inSight('Settings')).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
