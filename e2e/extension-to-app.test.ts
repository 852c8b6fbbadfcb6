// The real app and the real extension together, through externally_connectable: "Open in Activity Lens app"
// lands the side panel's view in the app's archive, and the app's "Fetch from Partner Center (via extension)"
// streams a period through the extension's data source (here the sample server) into the archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchBrowser, type LensBrowser } from './support/browser';
import { servePwa, type ServedPwa } from './support/serve-pwa';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { defaultPeriod, queryRecords } from '../core/activity-query';
import { recordFromAuditJson } from '../core/record-from-audit-json';
import type { ActivityRecord } from '../core/activity-record';

declare const chrome: any;

let server: SamplePartnerCenter;
let app: ServedPwa;
let browser: LensBrowser;
let all: ActivityRecord[];

const worker = (): Worker => browser.context.serviceWorkers()[0]!;

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('heading', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 700, seed: 77 });
  all = server.records.map((raw) => recordFromAuditJson(raw, 'api')).flatMap((r) => ('record' in r ? [r.record] : []));
  app = await servePwa();
  browser = await launchBrowser({ extension: true, locale: 'en-US' });
  await worker().evaluate((url) => chrome.storage.local.set({ dataSourceSettings: { kind: 'sample', sampleUrl: url } }), server.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await server?.close();
});

describe('the extension and the app together', () => {
  it('lands exactly the side panel’s view in the app’s archive, and only once', async () => {
    // "Open in Activity Lens app" opens the app at its usual address; the page there is a stand-in that only
    // tells us the one-time token, which the real app (served on another loopback port) then redeems.
    await browser.context.route('http://127.0.0.1:4173/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stand-in</title>' }));
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Orders' }).click();
    const shown = queryRecords(all, { ...defaultPeriod(server.now), resourceTypes: ['order'] });
    expect(shown.length).toBeGreaterThan(5);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open in Activity Lens app' }).click()]);
    await opened.waitForURL(/handoff=/);
    const handoff = new URL(opened.url()).search;
    await opened.close();

    const page = await browser.context.newPage();
    await page.goto(`${app.url}${handoff}`);
    await expect.poll(() => archiveCount(page), { timeout: 20_000 }).toBe(shown.length);
    expect(new URL(page.url()).searchParams.has('handoff')).toBe(false);
    const imports = page.getByRole('region', { name: 'Imports' });
    await expect.poll(() => imports.getByText('From the Activity Lens extension').count()).toBe(1);
    // The token was spent: opening the same address again adds nothing.
    await page.goto(`${app.url}${handoff}`);
    await page.getByRole('heading', { name: /Records in the archive/ }).waitFor();
    await page.waitForTimeout(500);
    expect(await archiveCount(page)).toBe(shown.length);
    await page.close();
    await panel.close();
    await browser.context.unroute('http://127.0.0.1:4173/**');
  });

  it('fetches a period through the extension’s data source into the archive, without duplicates', async () => {
    const page = await browser.context.newPage();
    // The app remembers the extension from ?bridge= (set by the hand-off above); say it again for a clean read.
    await page.goto(`${app.url}?bridge=${browser.extensionId}`);
    const period = defaultPeriod(server.now);
    const inPeriod = queryRecords(all, period);
    const before = await archiveCount(page);
    await page.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).click();
    await expect.poll(() => page.getByText(/new records, \d+ already in the archive\./).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The heading counts the archive again once the import is done (it may show the message first).
    // Everything of the period is there once: the orders handed off before are not stored twice.
    await expect.poll(() => archiveCount(page), { timeout: 10_000 }).toBe(inPeriod.length);
    expect(inPeriod.length).toBeGreaterThan(before);
    await page.close();
  });
});
