// The archive in a real browser with more than a handful of records: two tabs importing the same file at once
// keep one copy of each record, the list, its count and the export agree on a 30k-record archive, and a tab shows
// what another tab imported without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { excelCsvChunks } from '../core/leaving/excel-csv-writer';
import { generateSampleRecords } from '../sample-data/sample-generator';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';

const RECORDS = 30_000;
let app: ServedPwa;
let browser: LensBrowser;
let csvPath: string;
/** Another partner's month: records none of csvPath's. */
let otherCsvPath: string;
const OTHER_RECORDS = 400;

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('status', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lens-archive-'));
  csvPath = join(dir, 'busy-partner.csv');
  const now = new Date();
  const records = [...generateSampleRecords({ count: RECORDS, seed: 11, now })];
  writeFileSync(csvPath, Buffer.concat([...excelCsvChunks(records, { lang: 'en', delimiter: ',' })].map((c) => c.bytes)));
  otherCsvPath = join(dir, 'another-month.csv');
  const other = [...generateSampleRecords({ count: OTHER_RECORDS, seed: 12, now })];
  writeFileSync(otherCsvPath, Buffer.concat([...excelCsvChunks(other, { lang: 'en', delimiter: ',' })].map((c) => c.bytes)));
  app = await servePwa();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a busy partner\'s archive', () => {
  it('keeps one copy of each record when two tabs import the same file at the same time', async () => {
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    for (const p of [a, b]) await p.goto(app.url);
    await Promise.all([a.getByLabel('Import logs').setInputFiles([csvPath]), b.getByLabel('Import logs').setInputFiles([csvPath])]);
    // Both imports finish (each says how many it added); together they added every record once.
    const added = async (p: Page) => {
      const status = p.getByText(/new records?, [\d,]+ already in the archive\./);
      await status.waitFor({ timeout: 120_000 });
      return Number((await status.innerText()).split(' new')[0]!.replace(/\D+/g, ''));
    };
    const [na, nb] = await Promise.all([added(a), added(b)]);
    expect(na + nb).toBe(RECORDS);
    await a.reload();
    await expect.poll(() => archiveCount(a), { timeout: 30_000 }).toBe(RECORDS);
    await b.close();
    // Again from one tab: nothing new.
    await a.getByLabel('Import logs').setInputFiles([csvPath]);
    await a.getByText(`0 new records, ${RECORDS.toLocaleString('en')} already in the archive.`).waitFor({ timeout: 120_000 });
    await a.close();
  });

  it('lists the period newest first with an exact count once the view worker has counted', async () => {
    const p = await browser.context.newPage();
    const from = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    await p.goto(`${app.url}?from=${from}&to=${to}`);
    // The page's one count, beside its heading: the period's records (no other filter).
    await expect.poll(() => p.getByRole('status', { name: 'Records in this view' }).innerText(), { timeout: 60_000 }).toBe(`${RECORDS.toLocaleString('en')} records`);
    const times = await p.locator('.log-row time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort().reverse()).toEqual(times);
    await p.close();
  });

  it('shows in an open tab what another tab imported, with no reload', async () => {
    const [a, b] = [await browser.context.newPage(), await browser.context.newPage()];
    for (const p of [a, b]) await p.goto(app.url);
    await expect.poll(() => archiveCount(b), { timeout: 30_000 }).toBe(RECORDS);
    await a.getByLabel('Import logs').setInputFiles([otherCsvPath]);
    await a.getByText(`${OTHER_RECORDS} new records, 0 already in the archive.`).waitFor({ timeout: 60_000 });
    await expect.poll(() => archiveCount(b), { timeout: 30_000 }).toBe(RECORDS + OTHER_RECORDS);
    await Promise.all([a.close(), b.close()]);
  });
});
