// The real app and the real extension together, through the bridge only a paired app can use: "Open in Activity
// Lens app" pairs the app's address (set in Options) and lands the side panel's view in its archive; the app's
// "Fetch from Partner Center (via extension)" streams through the extension; a page on another loopback port gets
// nothing and is listed in Options; revoking the app in Options stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, sampleDataSource, setExtensionStorage, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';
import { serveHostilePage, type HostilePage } from '../test-support/hostile-page';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { defaultPeriod, queryRecords } from '../core/asking/activity-query';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import type { ActivityRecord } from '../core/record/activity-record';

declare const chrome: any;

let server: SamplePartnerCenter;
let app: ServedPwa;
let otherApp: ServedPwa;
let hostile: HostilePage;
let browser: LensBrowser;
let all: ActivityRecord[];
let extensionOrigin: string;


/** Opens a page of the app from its navigation, as a user would. */
async function openPage(p: Page, name: string) {
  await p.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
}

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('status', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  await options.getByRole('heading', { name: 'Activity Lens app' }).waitFor();
  return options;
}

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 700, seed: 77 });
  all = server.records.map((raw) => recordFromAuditJson(raw, 'api')).flatMap((r) => ('record' in r ? [r.record] : []));
  app = await servePwa();
  otherApp = await servePwa();
  hostile = await serveHostilePage();
  browser = await launchBrowser({ extension: true, locale: 'en-US' });
  extensionOrigin = `chrome-extension://${browser.extensionId}`;
  await setExtensionStorage(browser, { ...sampleDataSource(server.url), activityLensAppUrl: app.url, syncSettings: { enabled: false } });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await otherApp?.close();
  await hostile?.close();
  await server?.close();
});

describe('the extension and the app together', () => {
  let handoffToken = '';

  it('lands exactly the side panel’s view in the app at the address set in Options, pairs it, and only once', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`${extensionOrigin}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Orders' }).click();
    const shown = queryRecords(all, { ...defaultPeriod(server.now), resourceTypes: ['order'] });
    expect(shown.length).toBeGreaterThan(5);
    const [page] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open in Activity Lens app' }).click()]);
    await page.waitForURL((u) => u.href.startsWith(app.url));
    handoffToken = new URL(page.url()).searchParams.get('handoff') ?? '';
    expect(handoffToken).not.toBe('');
    await expect.poll(() => archiveCount(page), { timeout: 20_000 }).toBe(shown.length);
    expect(new URL(page.url()).searchParams.has('handoff')).toBe(false);
    await openPage(page, 'Imports');
    const imports = page.getByRole('region', { name: 'Imports' });
    await expect.poll(() => imports.getByText('From the Activity Lens extension').count()).toBe(1);
    // The token was spent: opening the same address again adds nothing.
    await page.goto(`${app.url}?bridge=${extensionOrigin}&handoff=${handoffToken}`);
    await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
    await page.waitForTimeout(500);
    expect(await archiveCount(page)).toBe(shown.length);
    await page.close();
    await panel.close();

    const options = await openOptions();
    await options.getByRole('button', { name: `Revoke ${new URL(app.url).origin}` }).waitFor();
    await options.close();
  });

  it('fetches a period through the extension’s data source into the paired app, without duplicates', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}?bridge=${extensionOrigin}`);
    const inPeriod = queryRecords(all, defaultPeriod(server.now));
    const before = await archiveCount(page);
    await openPage(page, 'Imports');
    await page.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).click();
    await expect.poll(() => page.getByText(/new records, \d+ already in the archive\./).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Everything of the period is there once: the orders handed off before are not stored twice.
    await expect.poll(() => archiveCount(page), { timeout: 10_000 }).toBe(inPeriod.length);
    expect(inPeriod.length).toBeGreaterThan(before);
    await page.close();
  });

  it('gives a page on another localhost port nothing, not even with a real token, and shows the attempt in Options', async () => {
    // A fresh token, parked for the real app, that the hostile page somehow learnt.
    const panel = await browser.context.newPage();
    await panel.goto(`${extensionOrigin}/sidepanel.html`);
    await panel.getByRole('button', { name: 'Orders' }).click();
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Open in Activity Lens app' }).click()]);
    const token = new URL(opened.url()).searchParams.get('handoff') ?? '';
    await opened.close();
    await panel.close();

    const evil = await browser.context.newPage();
    await evil.goto(hostile.url);
    const answers = (await evil.evaluate(([ext, t]) => (window as any).__tryBridge(ext, t), [extensionOrigin, token])) as { type: string; records?: unknown[] }[];
    expect(answers.map((a) => a.type)).toEqual(['refused', 'error']);
    expect(answers.flatMap((a) => a.records ?? [])).toHaveLength(0);
    await evil.close();

    // The real app on another port is another origin: unpaired, it is refused too, with the same words.
    const copy = await browser.context.newPage();
    await copy.goto(`${otherApp.url}?bridge=${extensionOrigin}`);
    await openPage(copy, 'Imports');
    await copy.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).click();
    await copy.getByText(/not paired with the Activity Lens extension/).first().waitFor({ timeout: 15_000 });
    expect(await archiveCount(copy)).toBe(0);
    await copy.close();

    const options = await openOptions();
    const refused = options.getByRole('list', { name: 'Refused connections' });
    await refused.getByText(hostile.origin).waitFor();
    await refused.getByText(new URL(otherApp.url).origin).waitFor();
    expect(await refused.getByText(/last tried/).count()).toBe(2);
    // Options with paired and refused apps listed, and the sync and alert settings, reads well to assistive tech.
    await options.evaluate(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await options.close();
  });

  it('works from a sub-path, as GitHub Pages serves a project site, once paired from Options', async () => {
    const sub = await servePwa(undefined, { base: '/activity-lens/' });
    try {
      const options = await openOptions();
      await options.getByLabel('App address').fill(sub.url.replace(/\/$/, ''));
      const [page] = await Promise.all([browser.context.waitForEvent('page'), options.getByRole('button', { name: 'Open and pair the app' }).click()]);
      await page.waitForURL((u) => u.href.startsWith(sub.url));
      await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
      // Its scripts, styles and service worker come from the sub-path too.
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? ''), { timeout: 20_000 }).toBe(sub.url);
      await openPage(page, 'Imports');
      await page.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).click();
      await expect.poll(() => page.getByText(/new records, \d+ already in the archive\./).count(), { timeout: 60_000 }).toBeGreaterThan(0);
      await expect.poll(() => archiveCount(page), { timeout: 10_000 }).toBe(queryRecords(all, defaultPeriod(server.now)).length);
      await page.close();
      // Back to the first app's address for the next story.
      await options.getByLabel('App address').fill(app.url);
      await options.getByRole('button', { name: 'Save address' }).click();
      await options.close();
    } finally {
      await sub.close();
    }
  });

  it('stops serving the app once the user revokes it in Options', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}?bridge=${extensionOrigin}`);
    await openPage(page, 'Imports');
    await page.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).waitFor();
    const options = await openOptions();
    await options.getByRole('button', { name: `Revoke ${new URL(app.url).origin}` }).click();
    await options.getByText(/can no longer reach the extension/).waitFor();
    await options.close();
    const before = await archiveCount(page);
    await page.getByRole('button', { name: 'Fetch from Partner Center (via extension)' }).click();
    await page.getByText(/not paired with the Activity Lens extension/).first().waitFor({ timeout: 15_000 });
    expect(await archiveCount(page)).toBe(before);
    await page.close();
  });
});
