// The side panel for an Italian partner: the dashboard's Italian words, Italian dates and an Excel CSV with ';'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchBrowser, sampleDataSource, setExtensionStorage, sidePanelUrl, type LensBrowser } from '../test-support/browser';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { defaultPeriod, queryRecords } from '../core/asking/activity-query';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import { EXPORT_COLUMNS } from '../core/leaving/export-columns';
import { actionText } from '../core/words/action-text';

// The extension APIs, as the service worker and extension pages see them.
declare const chrome: any;

let server: SamplePartnerCenter;
let browser: LensBrowser;
let panel: Page;


beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 400, seed: 39 });
  browser = await launchBrowser({ extension: true, locale: 'it-IT' });
  await setExtensionStorage(browser, sampleDataSource(server.url));
  panel = await browser.context.newPage();
  await panel.goto(sidePanelUrl(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('il pannello laterale in italiano', () => {
  it('uses the dashboard’s Italian labels: Da / a, Data-ora, Cliente interessato, Azione, Utente partner, Esporta log', async () => {
    const period = defaultPeriod(server.now);
    await expect.poll(() => panel.getByLabel('Da', { exact: true }).inputValue()).toBe(period.from);
    expect(await panel.getByLabel('a', { exact: true }).inputValue()).toBe(period.to);
    const table = panel.getByRole('table', { name: 'Log attività' });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    for (const name of ['Data-ora', 'Cliente interessato', 'Azione', 'Utente partner']) {
      expect(await table.getByRole('columnheader', { name, exact: true }).count()).toBe(1);
    }
    for (const name of ['Esporta log', 'Esporta JSON', 'Operazioni non riuscite', 'Ordini', 'Oggi', 'Questo cliente']) {
      expect(await panel.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    expect(await panel.getByRole('searchbox', { name: 'Cerca' }).count()).toBe(1);
    expect(await panel.getByRole('note').filter({ hasText: 'Dati di esempio' }).count()).toBe(1);
    expect(await panel.locator('html').getAttribute('lang')).toBe('it');
    const firstLink = table.getByRole('link', { name: /^Sottoscrizioni di / }).first();
    expect(await firstLink.getAttribute('href')).toMatch(/^https:\/\/partner\.microsoft\.com\/it-it\/dashboard\/commerce2\/customers\//);
  });

  it('Esporta log writes ; as Excel expects in Italy, with Italian headers and actions', async () => {
    expect(await panel.getByLabel('Separatore CSV').inputValue()).toBe(';');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Esporta log' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header.it));
    const records = server.records.map((raw) => recordFromAuditJson(raw, 'api')).flatMap((r) => ('record' in r ? [r.record] : []));
    const shown = queryRecords(records, defaultPeriod(server.now));
    expect(rows).toHaveLength(shown.length + 1);
    expect(rows.slice(1, 30).map((r) => r[2])).toEqual(shown.slice(0, 29).map((r) => actionText(r, 'it')));
  });
});
