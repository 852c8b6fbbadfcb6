// The archive keeps itself, with the real built extension and app and the sample Partner Center in live mode:
// after the first pairing the app's archive grows with no click; what waits in the extension survives its service
// worker being stopped; a day missing inside Partner Center's 90 days is shown and notified, and one click fetches
// it; each alert fires once per matching record, not again on re-sync.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchBrowser, sampleDataSource, setExtensionStorage, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import { alertsFor, ALERT_RULES } from '../core/archive/alert-rules';
import type { ActivityRecord } from '../core/record/activity-record';

declare const chrome: any;

let server: SamplePartnerCenter;
let app: ServedPwa;
let browser: LensBrowser;
let extensionOrigin: string;
const DAY = 86_400_000;

async function worker(): Promise<Worker> {
  const found = browser.context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
  return found ?? (await browser.context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/** The ids of the notifications the extension is showing now. */
async function notificationsShown(): Promise<string[]> {
  return (await worker()).evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

async function clearNotifications(): Promise<void> {
  await (await worker()).evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

/** Opens a page of the app from its navigation, as a user would. */
async function openPage(p: Page, name: string) {
  await p.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
}

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('status', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}

/** The records the sample server holds now that a sync may fetch (from the oldest day Partner Center answers for). */
function fetchable(): ActivityRecord[] {
  const oldest = new Date(Math.floor(Date.now() / DAY) * DAY - 89 * DAY).toISOString();
  return server.records
    .map((raw) => recordFromAuditJson(raw, 'api'))
    .flatMap((r) => ('record' in r ? [r.record] : []))
    .filter((r) => r.operationDate >= oldest && r.operationDate <= new Date().toISOString());
}

/** The 2-minute pause between syncs on app open, skipped: as if that much time had passed. */
async function letTimePass(): Promise<void> {
  await (await worker()).evaluate(async () => {
    const { syncState } = await chrome.storage.local.get('syncState');
    if (syncState?.lastSync) await chrome.storage.local.set({ syncState: { ...syncState, lastSync: { ...syncState.lastSync, at: 0 } } });
  });
}

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  await options.getByRole('heading', { name: 'Automatic sync' }).waitFor();
  return options;
}

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 6_000, seed: 13, live: { recordsPerMinute: 600 } });
  app = await servePwa();
  browser = await launchBrowser({ extension: true, locale: 'en-US' });
  extensionOrigin = `chrome-extension://${browser.extensionId}`;
  await setExtensionStorage(browser, { ...sampleDataSource(server.url), activityLensAppUrl: app.url });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await server?.close();
});

describe('the archive keeps itself', () => {
  let appPage: Page;

  it('after the first pairing, the app’s archive fills and then grows with no click', async () => {
    const options = await openOptions();
    expect(await options.getByRole('checkbox', { name: 'Keep my archive up to date' }).isChecked()).toBe(true);
    const [page] = await Promise.all([browser.context.waitForEvent('page'), options.getByRole('button', { name: 'Open and pair the app' }).click()]);
    appPage = page;
    await options.close();
    await page.waitForURL((u) => u.href.startsWith(app.url));
    // The whole 90 days arrive without a click (the sync on open, delivered in ≤30-day periods).
    const first = fetchable().length;
    await expect.poll(() => archiveCount(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(first);
    await openPage(page, 'Imports');
    await page.getByText('Kept up to date by the Activity Lens extension.').first().waitFor();

    // Live records keep arriving at the sample Partner Center; the next time the app opens, they are in.
    await page.waitForTimeout(3_000);
    const grown = fetchable().length;
    expect(grown).toBeGreaterThan(first);
    await letTimePass();
    await page.reload();
    await expect.poll(() => archiveCount(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(grown);
    // Nothing twice: the archive holds exactly the distinct records the server had by the last fetch.
    const count = await archiveCount(page);
    expect(count).toBeLessThanOrEqual(fetchable().length);
  });

  it('loses nothing waiting when the extension’s service worker stops', async () => {
    await appPage.close();
    await browser.context.newPage().then(async (p) => {
      await p.waitForTimeout(2_000);
      await p.close();
    });
    const options = await openOptions();
    await options.getByRole('button', { name: 'Fetch new records now' }).click();
    const status = options.getByTestId('sync-status');
    await status.getByText(/\d+ records are waiting for the app/).waitFor({ timeout: 30_000 });
    const waiting = Number((await status.getByText(/records are waiting/).innerText()).replace(/\D+/g, ''));
    expect(waiting).toBeGreaterThan(0);

    // Stop the worker (as the browser does when idle): its memory is gone when it wakes again.
    await (await worker()).evaluate(() => ((globalThis as any).__beforeStop = true));
    const cdp = await browser.context.newCDPSession(options);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t: { type: string; url: string }) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin));
    expect((await cdp.send('Target.closeTarget', { targetId: sw!.targetId })).success).toBe(true);
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(`${app.url}?bridge=${extensionOrigin}`);
    await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
    await openPage(page, 'Imports');
    // Every record that waited arrives: new ones, and the overlap with what the archive had.
    const line = page.getByText(/new records from the extension, [\d,]+ already in the archive/);
    await line.waitFor({ timeout: 30_000 });
    const [added, duplicates] = ((await line.innerText()).match(/([\d,]+) new records from the extension, ([\d,]+) already/) ?? []).slice(1).map((n) => Number(n!.replace(/,/g, '')));
    expect(added! + duplicates!).toBe(waiting);
    expect(added).toBeGreaterThan(0);
    const after = await openOptions();
    await after.getByTestId('sync-status').getByText('Nothing is waiting for the app.').waitFor({ timeout: 15_000 });
    await after.close();
    // It was a fresh worker that delivered them.
    const workers = browser.context.serviceWorkers().filter((w) => w.url().startsWith(extensionOrigin));
    expect(await workers.at(-1)!.evaluate(() => (globalThis as any).__beforeStop ?? false)).toBe(false);
    appPage = page;
  });

  it('shows and notifies a day missing inside the 90 days with the day it is lost, and fetches it on one click', async () => {
    const page = appPage;
    // Undo the oldest delivery: its days (the oldest of Partner Center's 90) leave the archive.
    if (new URL(page.url()).searchParams.get('view') !== 'imports') await openPage(page, 'Imports');
    const imports = page.getByRole('region', { name: 'Imports' });
    const undo = imports.getByRole('button', { name: /^Undo import: Sample Partner Center \d{4}-\d{2}-\d{2} – / });
    const labels = await undo.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    const oldest = labels.sort()[0]!;
    await page.getByRole('button', { name: oldest }).click();
    await expect.poll(() => page.getByRole('button', { name: oldest }).count()).toBe(0);
    // The app reports what it keeps when it opens again.
    await page.reload();
    await page.getByText('Kept up to date by the Activity Lens extension.').first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await notificationsShown()).includes('activity-lens/days-at-risk'), { timeout: 30_000 }).toBe(true);
    // The app shows them too, with the day each is lost.
    await openPage(page, 'Archive coverage');
    const coverage = page.getByRole('region', { name: 'Archive coverage' });
    await coverage.getByText(/\d+ days? will be lost within 7 days\./).waitFor({ timeout: 15_000 });
    await coverage.getByText(/Next to go: .+, lost on .+\./).waitFor();
    const options = await openOptions();
    const status = options.getByTestId('sync-status');
    await status.getByText(/day\(s\) from \d{4}-\d{2}-\d{2} are not in the archive and Partner Center deletes them from \d{4}-\d{2}-\d{2}/).waitFor();
    await options.getByRole('button', { name: 'Fetch these days now' }).click();
    await expect.poll(() => status.getByText(/are not in the archive/).count(), { timeout: 60_000 }).toBe(0);
    await options.close();
    // The open app took them at once: nothing of Partner Center's 90 days is about to be lost any more.
    await coverage.getByText('No day will be lost within 7 days.').waitFor({ timeout: 30_000 });
  });

  it('fires each alert once per matching record, not again on re-sync', async () => {
    const seen = await notificationsShown();
    const alertIds = seen.filter((id) => id.startsWith('activity-lens/alert/'));
    // What should have been alerted: each (rule, record) of the fetched records of the last 7 days.
    const fresh = Date.now() - 7 * DAY;
    const expected = alertsFor(fetchable().filter((r) => Date.parse(r.operationDate) >= fresh), new Set(ALERT_RULES.map((r) => r.id)));
    const { syncState } = await (await worker()).evaluate(() => chrome.storage.local.get('syncState'));
    const remembered: string[] = syncState.alerted;
    expect(new Set(remembered).size).toBe(remembered.length);
    // Every fresh match fetched by the last sync was alerted (an hour's margin at both edges of the 7 days)…
    const sure = expected.filter((e) => Date.parse(e.record.operationDate) >= fresh + 3_600_000 && Date.parse(e.record.operationDate) <= syncState.lastSync.at - 3_600_000);
    expect(sure.length).toBeGreaterThan(4);
    for (const e of sure) expect(remembered).toContain(`${e.ruleId}:${e.record.key}`);
    // …and nothing else was.
    const real = new Set(alertsFor(fetchable(), new Set(ALERT_RULES.map((r) => r.id))).map((e) => `${e.ruleId}:${e.record.key}`));
    for (const key of remembered) expect(real.has(key)).toBe(true);
    // A few notifications one by one, then one for the rest.
    expect(alertIds.length).toBeGreaterThanOrEqual(4);
    expect(seen).toContain('activity-lens/alerts-more');

    // Re-sync the same period from the start: nothing already alerted is alerted again.
    await clearNotifications();
    await (await worker()).evaluate(async () => {
      const { syncState } = await chrome.storage.local.get('syncState');
      await chrome.storage.local.set({ syncState: { ...syncState, fetchedUpTo: {}, archive: undefined } });
    });
    const options = await openOptions();
    await options.getByRole('button', { name: 'Fetch new records now' }).click();
    await options.getByTestId('sync-status').getByText(/Last fetch .*: \d+ records\./).waitFor({ timeout: 60_000 });
    await options.waitForTimeout(500);
    await options.close();
    const { syncState: after } = await (await worker()).evaluate(() => chrome.storage.local.get('syncState'));
    expect(new Set(after.alerted).size).toBe(after.alerted.length);
    // The server is live (600 records a minute): a record that arrived after the first sync may match a rule and is
    // rightly alerted now. Nothing the first sync alerted is alerted again, and only such newcomers are.
    const before = new Set(remembered);
    const newcomers = (after.alerted as string[]).filter((key) => !before.has(key));
    const byKey = new Map(fetchable().map((r) => [r.key, r]));
    for (const alerted of newcomers) {
      const record = byKey.get(alerted.slice(alerted.indexOf(':') + 1));
      expect(record, alerted).toBeDefined();
      expect(Date.parse(record!.operationDate), `${alerted} was there at the first sync`).toBeGreaterThan(syncState.lastSync.at - 60_000);
    }
    const again = (await notificationsShown()).filter((id) => id.startsWith('activity-lens/alert/'));
    for (const id of again) {
      const [, , ruleId, , ...key] = id.split('/');
      expect(before.has(`${ruleId}:${key.join('/')}`), `${id} notified again`).toBe(false);
    }
    if (newcomers.length === 0) {
      expect((await notificationsShown()).filter((id) => id.startsWith('activity-lens/alert') || id === 'activity-lens/alerts-more')).toEqual([]);
    }
  });
});
