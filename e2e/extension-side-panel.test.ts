// The side panel in Chromium against the sample Partner Center (English): the log, details, quick views, search,
// Export log read back cell by cell, the toolbar's one-click export, and axe. One browser for the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page, Worker } from 'playwright-core';
import { launchBrowser, sampleDataSource, setExtensionStorage, sidePanelUrl, type LensBrowser } from '../test-support/browser';
import { APP_ADDRESS_KEY, serveStandInApp } from '../test-support/stand-in-app';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { defaultPeriod, queryRecords } from '../core/asking/activity-query';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import type { ActivityRecord } from '../core/record/activity-record';
import { EXPORT_COLUMNS } from '../core/leaving/export-columns';
import { chunksText } from '../core/leaving/chunks-text';
import { excelCsvChunks } from '../core/leaving/excel-csv-writer';
import { actionText } from '../core/words/action-text';
import { subscriptionsLink } from '../core/leaving/subscriptions-link';
import { toExcelDateTime } from '../core/reading/utc-date';

// The extension APIs, as the service worker and extension pages see them.
declare const chrome: any;

let server: SamplePartnerCenter;
let browser: LensBrowser;
let panel: Page;
let inPeriod: ActivityRecord[];

const worker = (): Worker => browser.context.serviceWorkers()[0]!;

function records(): ActivityRecord[] {
  return server.records.map((raw) => recordFromAuditJson(raw, 'api')).flatMap((r) => ('record' in r ? [r.record] : []));
}

/** "Showing 12 records of 200" / "200 records in this period" → the shown count. */
async function shownCount(page: Page): Promise<number> {
  const text = await page.getByRole('status').filter({ hasText: /in this period|^Showing/ }).innerText();
  return Number(text.replace(/^\D*/, '').replace(/[^\d].*$/s, '').replace(/,/g, ''));
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the panel's CSP (script-src 'self') rightly refuses injected <script>.
  await page.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

function parseCsv(bytes: Buffer): { bom: boolean; rows: string[][] } {
  const text = bytes.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, { delimiter: ',', newline: '\r\n' });
  return { bom, rows: parsed.data.filter((r) => r.length > 1) };
}

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 900, seed: 20261125 });
  const period = defaultPeriod(server.now);
  inPeriod = queryRecords(records(), period);
  browser = await launchBrowser({ extension: true, locale: 'en-US' });
  await setExtensionStorage(browser, sampleDataSource(server.url));
  panel = await browser.context.newPage();
  await panel.goto(sidePanelUrl(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the side panel, in English, on sample data', () => {
  it('shows the most recent month newest first, labelled as sample data', async () => {
    const period = defaultPeriod(server.now);
    await expect.poll(() => panel.getByLabel('From', { exact: true }).inputValue()).toBe(period.from);
    expect(await panel.getByLabel('to', { exact: true }).inputValue()).toBe(period.to);
    await expect.poll(() => shownCount(panel), { timeout: 20_000 }).toBe(inPeriod.length);
    await expect.poll(() => panel.getByRole('note').filter({ hasText: 'Sample data' }).count()).toBe(1);
    const table = panel.getByRole('table', { name: 'Activity log' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(inPeriod.length + 1));
    for (const name of ['Date-Time', 'Affected customer', 'Action', 'Partner user']) {
      expect(await table.getByRole('columnheader', { name, exact: true }).count()).toBe(1);
    }
    const newest = inPeriod[0]!;
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.getByRole('cell').nth(2).innerText()).toBe(newest.customerName || newest.customerId);
    expect(await firstRow.getByRole('cell').nth(3).innerText()).toBe(actionText(newest, 'en'));
    expect(await firstRow.getByRole('cell').nth(4).innerText()).toBe(newest.userPrincipalName);
    const link = firstRow.getByRole('link', { name: /^Subscriptions of / });
    expect(await link.getAttribute('href')).toBe(subscriptionsLink(newest.customerId));
  });

  it('opens and closes a row’s details with the down arrow', async () => {
    const order = inPeriod.find((r) => r.resourceType === 'order' && r.operationType === 'create_order')!;
    await panel.getByRole('searchbox', { name: 'Search' }).fill(order.id);
    await expect.poll(() => shownCount(panel)).toBe(1);
    const toggle = panel.getByRole('button', { name: /^Show details: / });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const open = panel.getByRole('button', { name: /^Hide details: / });
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const details = panel.locator(`#${await open.getAttribute('aria-controls')}`);
    expect(await details.getByText(order.id, { exact: true }).count()).toBe(1);
    expect(await details.getByRole('heading', { name: 'Products' }).count()).toBe(1);
    await open.click();
    expect(await panel.getByRole('button', { name: /^Hide details: / }).count()).toBe(0);
    await panel.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('narrows with quick views and search, and says how many it shows', async () => {
    const failed = panel.getByRole('button', { name: 'Failed operations' });
    await failed.click();
    expect(await failed.getAttribute('aria-pressed')).toBe('true');
    const expected = queryRecords(inPeriod, { statuses: ['failed'] }).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => shownCount(panel)).toBe(expected);
    await failed.click();
    const orders = panel.getByRole('button', { name: 'Orders' });
    await orders.click();
    await expect.poll(() => shownCount(panel)).toBe(queryRecords(inPeriod, { resourceTypes: ['order'] }).length);
    await orders.click();
    const someone = inPeriod[3]!.customerName;
    await panel.getByRole('searchbox', { name: 'Search' }).fill(someone);
    await expect.poll(() => shownCount(panel)).toBe(queryRecords(inPeriod, { text: someone }).length);
    await panel.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => shownCount(panel)).toBe(inPeriod.length);
    expect(await panel.getByRole('button', { name: 'This customer' }).isDisabled()).toBe(true);
  });

  it('Export log saves exactly what the panel shows as Excel CSV: BOM, header, cells, guarded formulas', async () => {
    await panel.getByRole('button', { name: 'Orders' }).click();
    const shown = queryRecords(inPeriod, { resourceTypes: ['order'] });
    await expect.poll(() => shownCount(panel)).toBe(shown.length);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export log' }).click()]);
    const period = defaultPeriod(server.now);
    expect(download.suggestedFilename()).toBe(`activity-log_${period.from}_${period.to}.csv`);
    const { bom, rows } = parseCsv(readFileSync(await download.path()));
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header.en));
    expect(rows).toHaveLength(shown.length + 1);
    for (const [i, r] of shown.slice(0, 25).entries()) {
      const cells = rows[i + 1]!;
      expect(cells[0]).toBe(toExcelDateTime(r.operationDate));
      expect(cells[2]).toBe(actionText(r, 'en'));
      expect(cells[4]).toBe(r.customerId);
      expect(cells[10]).toBe(r.id);
    }
    // No cell may start a formula; the sample's formula-looking names come out with a leading quote.
    const all = rows.slice(1).flat();
    expect(all.filter((c) => /^[=+\-@\t\r\n＝＋－＠]/.test(c))).toEqual([]);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Saved activity-log_' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Orders' }).click();
  });

  it('exports JSON that keeps every field', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^activity-log_.*\.json$/);
    const parsed = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const list: ActivityRecord[] = Array.isArray(parsed) ? parsed : parsed.records;
    expect(list.map((r) => r.id).sort()).toEqual(inPeriod.map((r) => r.id).sort());
  });

  it('the toolbar’s one-click export saves the month to the downloads folder and says so', async () => {
    const result = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'toolbar-export' }));
    const period = defaultPeriod(server.now);
    expect(result).toMatchObject({ status: 'saved', sample: true, files: [{ name: `activity-log_${period.from}_${period.to}.csv`, rows: inPeriod.length }] });
    const file = await expect
      .poll(
        async () => {
          const [item] = await worker().evaluate(() => chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }));
          return item?.state === 'complete' ? item.filename : undefined;
        },
        { timeout: 20_000 },
      )
      .toBeTruthy()
      .then(() => worker().evaluate(async () => (await chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))[0]!.filename));
    const { bom, rows } = parseCsv(readFileSync(file));
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header.en));
    expect(rows).toHaveLength(inPeriod.length + 1);
    const newest = inPeriod[0]!;
    expect(rows[1]!.slice(0, 5)).toEqual([
      toExcelDateTime(newest.operationDate),
      rows[1]![1],
      actionText(newest, 'en'),
      rows[1]![3],
      newest.customerId,
    ]);
    expect(rows.slice(1).map((r) => r[10])).toEqual(inPeriod.map((r) => r.id));
    // The sample's formula-looking values (SPEC §4 payloads) arrive guarded with a leading quote, never bare.
    const cells = rows.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r\n＝＋－＠]/.test(c))).toEqual([]);
    // Every cell is the core writer's, guard included: the file is exactly what toExcelCsv makes of the month. (Whether
    // the month holds a formula-looking value depends on the hour; the guard itself is proven in core/leaving/csv-cell.test.ts.)
    const expected = chunksText(excelCsvChunks(inPeriod, { lang: 'en', delimiter: ',' }));
    expect(rows).toEqual(parseCsv(Buffer.from(expected, 'utf8')).rows);
    const badge = await worker().evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('✓');
  });

  it('a toolbar export too big for a data: URL goes through the offscreen document, intact', async () => {
    const big = await startSamplePartnerCenter({ port: 0, count: 12_000, seed: 5 });
    try {
      await setExtensionStorage(browser, sampleDataSource(big.url));
      const expected = queryRecords(
        big.records.map((raw) => recordFromAuditJson(raw, 'api')).flatMap((r) => ('record' in r ? [r.record] : [])),
        defaultPeriod(big.now),
      );
      const result = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'toolbar-export' }));
      expect(result).toMatchObject({ status: 'saved', files: [{ rows: expected.length }] });
      let file: string | undefined;
      await expect
        .poll(
          async () => {
            const [item] = await worker().evaluate(() => chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }));
            file = item?.state === 'complete' ? item.filename : undefined;
            return file;
          },
          { timeout: 30_000 },
        )
        .toBeTruthy();
      const bytes = readFileSync(file!);
      expect(bytes.length).toBeGreaterThan(1_400_000);
      const { rows } = parseCsv(bytes);
      expect(rows).toHaveLength(expected.length + 1);
      expect(rows.slice(1).map((r) => r[10])).toEqual(expected.map((r) => r.id));
    } finally {
      await setExtensionStorage(browser, sampleDataSource(server.url));
      await big.close();
    }
  });

  it('Open in Activity Lens app hands exactly the shown records to the app, once', async () => {
    // The app's page stands in here: what the real app does with ?bridge= and ?handoff= (pwa/extension-bridge.ts).
    // A stand-in on a port of its own, set as the app's address: whatever this machine serves at the app's usual
    // address is never involved.
    const standIn = await serveStandInApp('Activity Lens app (stand-in)');
    await worker().evaluate(([key, url]) => chrome.storage.local.set({ [key]: url }), [APP_ADDRESS_KEY, standIn.url]);
    await panel.getByRole('button', { name: 'Failed operations' }).click();
    const shown = queryRecords(inPeriod, { statuses: ['failed'] });
    await expect.poll(() => shownCount(panel)).toBe(shown.length);
    const [app] = await Promise.all([
      browser.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Open in Activity Lens app' }).click(),
    ]);
    await app.waitForURL((url) => url.origin === standIn.url);
    expect(await app.title()).toBe('Activity Lens app (stand-in)');
    const url = new URL(app.url());
    expect(url.searchParams.get('bridge')).toBe(`chrome-extension://${browser.extensionId}`);
    // What the app does (pwa/extension-bridge.ts): frame the extension's bridge page, talk over a MessagePort.
    const pull = () =>
      app.evaluate(
        () =>
          new Promise<{ type: string; keys: string[]; kind?: string }>((resolve) => {
            const params = new URLSearchParams(location.search);
            const frame = document.createElement('iframe');
            frame.hidden = true;
            frame.src = `${params.get('bridge')}/app-bridge.html`;
            frame.onload = () => {
              const channel = new MessageChannel();
              const keys: string[] = [];
              channel.port1.onmessage = (e) => {
                const m = e.data;
                if (m.type === 'ready') return;
                if (m.type === 'records') keys.push(...m.records.map((r: { key: string }) => r.key));
                else resolve({ type: m.type, keys, kind: m.kind });
              };
              frame.contentWindow!.postMessage({ type: 'activity-lens/connect' }, params.get('bridge')!, [channel.port2]);
              channel.port1.postMessage({ type: 'handoff/pull', token: params.get('handoff') });
            };
            document.body.append(frame);
          }),
      );
    const first = await pull();
    expect(first.type).toBe('done');
    expect(first.keys).toEqual(shown.map((r) => r.key));
    // A token works once.
    expect(await pull()).toMatchObject({ type: 'error', kind: 'handoff-expired' });
    await app.close();
    await standIn.close();
    await panel.getByRole('button', { name: 'Failed operations' }).click();
  });

  it('has no accessibility violations (axe-core)', async () => {
    await panel.getByRole('button', { name: /^Show details: / }).first().click();
    expect(await axeViolations(panel)).toEqual([]);
  });

  it('has no accessibility violations in dark mode either, contrast included (axe-core)', async () => {
    await panel.emulateMedia({ colorScheme: 'dark' });
    try {
      expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      if ((await panel.getByRole('button', { name: /^Hide details: / }).count()) === 0) await panel.getByRole('button', { name: /^Show details: / }).first().click();
      await panel.getByRole('button', { name: /^Hide details: / }).first().waitFor();
      expect(await axeViolations(panel)).toEqual([]);
    } finally {
      await panel.emulateMedia({ colorScheme: 'light' });
    }
  });
});
