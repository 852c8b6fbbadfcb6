// The app keeps its own archive honest: after a fetch the coverage picture shows those days complete, days
// Partner Center still has but the archive lacks show the day they are lost, a cut fetch leaves partial days,
// and the Alerts list shows the sample's records each rule matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import { ALERT_RULES, alertRuleText, alertsFor, type AlertRuleId } from '../core/archive/alert-rules';
import type { ActivityRecord } from '../core/record/activity-record';

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.parse(`${today()}T00:00:00.000Z`) - n * DAY).toISOString().slice(0, 10);
const plus = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY).toISOString().slice(0, 10);
const shown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const nameOf = (day: string) => shown.format(new Date(`${day}T00:00:00.000Z`));

let app: ServedPwa;
let browser: LensBrowser;
let page: Page;
let server: SamplePartnerCenter;

async function archiveCount(p: Page): Promise<number> {
  const text = await p.getByRole('status', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}
async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
/** Opens a page of the app from its navigation, as a user would. */
async function openPage(p: Page, name: string) {
  await p.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click();
}
/** The period is set in the log's filter bar (it applies as it is chosen); the fetch is on the Imports page. */
async function fetchPeriod(p: Page, from: string, to: string) {
  if (new URL(p.url()).searchParams.has('view')) await openPage(p, 'Activity log');
  await p.getByLabel('From', { exact: true }).fill(from);
  await p.getByLabel('to', { exact: true }).fill(to);
  await expect.poll(() => [new URL(p.url()).searchParams.get('from'), new URL(p.url()).searchParams.get('to')]).toEqual([from, to]);
  await openPage(p, 'Imports');
  await p.getByRole('button', { name: 'Fetch from sample server' }).click();
}
const sampleCoverage = (p: Page) => p.getByRole('region', { name: 'Archive coverage' }).getByRole('region', { name: 'Sample data' });

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 6000, seed: 21 });
  app = await servePwa();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(`${app.url}?sample=${encodeURIComponent(server.url)}`);
  await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await server?.close();
});

describe('archive coverage and alerts in the app', () => {
  it('says nothing is kept before the first fetch, and reaches both sections from the keyboard', async () => {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Archive coverage') break;
    }
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('coverage-heading');
    await expect.poll(() => page.getByText(/Nothing has been fetched or imported yet/).count(), { timeout: 20_000 }).toBe(1);
    // Back to the navigation (before the page), to Alerts.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Shift+Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Alerts') break;
    }
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('alerts-heading');
  });

  it('after a fetch shows those days complete, and each missing day inside the 90 days with the day it is lost', async () => {
    await fetchPeriod(page, daysAgo(9), today());
    await expect.poll(() => archiveCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await openPage(page, 'Archive coverage');
    const coverage = sampleCoverage(page);
    await coverage.waitFor({ timeout: 20_000 });
    for (let n = 9; n >= 1; n--) {
      await expect.poll(() => coverage.getByRole('cell', { name: `${nameOf(daysAgo(n))}: complete`, exact: true }).count(), { timeout: 10_000 }).toBe(1);
    }
    // Today is fetched up to now only: partial until it is over.
    expect(await coverage.getByRole('cell', { name: `${nameOf(today())}: partial, lost on ${nameOf(plus(today(), 90))}`, exact: true }).count()).toBe(1);
    const missing = daysAgo(40);
    expect(await coverage.getByRole('cell', { name: `${nameOf(missing)}: missing, lost on ${nameOf(plus(missing, 90))}`, exact: true }).count()).toBe(1);
    // The 7 oldest days of the 90 go within the week.
    expect(await coverage.getByText('7 days will be lost within 7 days.').count()).toBe(1);
    expect(await coverage.getByText(new RegExp(`Next to go: ${nameOf(daysAgo(89))}, lost on ${nameOf(plus(daysAgo(89), 90))}\\.`)).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sums the coverage up in the header on every page, and its link opens Archive coverage', async () => {
    await openPage(page, 'Activity log');
    const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const short = (day: string) => dayMonth.format(new Date(`${day}T00:00:00.000Z`));
    const thisYear = daysAgo(9).slice(0, 4) === today().slice(0, 4);
    const range = thisYear ? `${short(daysAgo(9))} – ${short(today())}` : `${nameOf(daysAgo(9))} – ${nameOf(today())}`;
    // The fetch held 9 days and today whole or in part, no stretch missing between; the 7 oldest of the 90 go this week.
    const line = page.getByRole('banner').getByRole('link', { name: `Covered ${range}, no gaps · 7 days lost within 7 days`, exact: true });
    await line.waitFor({ timeout: 10_000 });
    await line.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('coverage');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('coverage-heading');
  });

  it('lists in Alerts the records of the fetched sample that each rule matches', async () => {
    const from = daysAgo(9);
    const fetched: ActivityRecord[] = server.records
      .filter((r) => r.operationDate.slice(0, 10) >= from)
      .map((r) => recordFromAuditJson(r, 'api'))
      .flatMap((r) => ('record' in r ? [r.record] : []));
    const expected = alertsFor(fetched, new Set<AlertRuleId>(ALERT_RULES.map((r) => r.id)));
    expect(expected.length, 'the sample holds some alerts in 10 days').toBeGreaterThan(0);
    await openPage(page, 'Alerts');
    const alerts = page.getByRole('region', { name: 'Alerts', exact: true });
    for (const rule of ALERT_RULES) {
      const mine = expected.filter((a) => a.ruleId === rule.id).map((a) => a.record);
      const name = alertRuleText(rule.id, 'en').name;
      const region = alerts.getByRole('region', { name: mine.length > 0 ? `${name} (${mine.length})` : name, exact: true });
      await expect.poll(() => region.count(), { timeout: 20_000 }).toBe(1);
      if (mine.length === 0) {
        // The page looks for alerts as it opens: the rule's region is there before its answer.
        await expect.poll(() => region.getByText('No matching records in the archive.').count(), { timeout: 20_000 }).toBe(1);
        continue;
      }
      const rows = region.getByRole('row');
      expect(await rows.count()).toBe(Math.min(mine.length, 100) + 1);
      // Newest first: the first row is the newest matching record.
      const newest = [...mine].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1))[0]!;
      expect(await rows.nth(1).getByRole('cell').first().innerText()).toBe(`${newest.operationDate.slice(0, 10)} ${newest.operationDate.slice(11, 19)} UTC`);
    }
    // Opening one shows it in the activity log: that day, that customer.
    const withCustomer = expected.find((a) => a.record.customerId !== '')!.record;
    const rule = alertRuleText(expected.find((a) => a.record === withCustomer)!.ruleId, 'en').name;
    const when = `${withCustomer.operationDate.slice(0, 10)} ${withCustomer.operationDate.slice(11, 19)} UTC`;
    await alerts.getByRole('region', { name: new RegExp(`^${rule.replace(/[()]/g, '\\$&')}`) }).getByRole('button', { name: `Show in the log: ${withCustomer.customerName}, ${when}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('customerId')).toBe(withCustomer.customerId);
    expect(new URL(page.url()).searchParams.get('from')).toBe(withCustomer.operationDate.slice(0, 10));
    const log = page.getByRole('table', { name: 'Activity log' });
    await expect.poll(() => log.getByRole('cell', { name: withCustomer.customerName }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view-heading');
  });

  it('turns a rule off and keeps it off after a reload', async () => {
    await openPage(page, 'Alerts');
    const toggle = page.getByRole('checkbox', { name: 'Alert on: New partner user' });
    await toggle.uncheck();
    await expect.poll(() => page.getByRole('region', { name: 'New partner user', exact: true }).getByText('Off: not looked for.').count()).toBe(1);
    await page.reload();
    await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Alert on: New partner user' }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: 'Alert on: New partner user' }).check();
  });

  it('shows the days an imported file touches as partial, under the partner tenant the file names (or none)', async () => {
    await page.getByLabel('Import logs').setInputFiles([resolve('e2e/fixtures/pwa-dashboard-en.csv'), resolve('e2e/fixtures/pwa-api.json')]);
    await openPage(page, 'Archive coverage');
    const coverage = page.getByRole('region', { name: 'Archive coverage' });
    // The dashboard's CSV has no partner id; the API JSON names partner p1.
    const unnamed = coverage.getByRole('region', { name: 'Imported files that name no partner tenant' });
    await expect.poll(() => unnamed.getByRole('cell', { name: /^11 Nov 2026: partial/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(await unnamed.getByRole('cell', { name: /^14 Nov 2026: missing/ }).count()).toBe(1);
    const p1 = coverage.getByRole('region', { name: 'Partner tenant p1' });
    expect(await p1.getByRole('cell', { name: /^15 Nov 2026: partial/ }).count()).toBe(1);
  });

  it('keeps what a cancelled fetch brought, and shows its days as partial', async () => {
    const slow = await startSamplePartnerCenter({ port: 0, count: 40_000, seed: 22, latency: 400 });
    try {
      await page.goto(`${app.url}?sample=${encodeURIComponent(slow.url)}`);
      await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
      const before = await archiveCount(page);
      const from = daysAgo(59);
      const to = daysAgo(30);
      await fetchPeriod(page, from, to);
      // Wait for the first pages to land, then cancel before the 30-day chunk's last page.
      await expect.poll(async () => Number(((await page.getByRole('status').filter({ hasText: 'added' }).first().innerText().catch(() => '')).match(/([\d,]+) added/)?.[1] ?? '0').replace(/,/g, '')), { timeout: 30_000 }).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.getByText(/The fetch stopped part way/).count(), { timeout: 30_000 }).toBe(1);
      // The heading counts again a moment after the message.
      await expect.poll(() => archiveCount(page), { timeout: 15_000 }).toBeGreaterThan(before);
      await openPage(page, 'Archive coverage');
      const coverage = sampleCoverage(page);
      for (const day of [from, daysAgo(45), to]) {
        await expect.poll(() => coverage.getByRole('cell', { name: `${nameOf(day)}: partial, lost on ${nameOf(plus(day, 90))}`, exact: true }).count(), { timeout: 10_000 }).toBe(1);
      }
      // The earlier full fetch is still complete.
      expect(await coverage.getByRole('cell', { name: `${nameOf(daysAgo(5))}: complete`, exact: true }).count()).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('keeps what a failed fetch brought, and shows its days as partial', async () => {
    const flaky = await startSamplePartnerCenter({ port: 0, count: 40_000, seed: 23, latency: 300 });
    try {
      await page.goto(`${app.url}?sample=${encodeURIComponent(flaky.url)}`);
      await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
      const from = daysAgo(88);
      const to = daysAgo(60);
      await fetchPeriod(page, from, to);
      await expect.poll(() => flaky.requests, { timeout: 30_000 }).toBeGreaterThan(1);
      // Partner Center breaks down part way: every retry of the next page fails.
      flaky.failNext(500, 500, 500, 500, 500, 500);
      await expect.poll(() => page.getByText(/The fetch stopped part way \(Partner Center had a problem \(HTTP 500\)/).count(), { timeout: 60_000 }).toBe(1);
      await openPage(page, 'Archive coverage');
      const coverage = sampleCoverage(page);
      for (const day of [from, daysAgo(70), to]) {
        await expect.poll(() => coverage.getByRole('cell', { name: `${nameOf(day)}: partial, lost on ${nameOf(plus(day, 90))}`, exact: true }).count(), { timeout: 10_000 }).toBe(1);
      }
    } finally {
      await flaky.close();
    }
  });

  it('fetches every day at risk in one click, after which none will be lost within the week', async () => {
    await page.goto(`${app.url}?sample=${encodeURIComponent(server.url)}`);
    await openPage(page, 'Archive coverage');
    const coverage = sampleCoverage(page);
    await page.getByRole('button', { name: `Fetch the days not complete from the sample server (${nameOf(daysAgo(89))} – ${nameOf(today())})` }).click();
    await expect.poll(() => coverage.getByText('No day will be lost within 7 days.').count(), { timeout: 60_000 }).toBe(1);
    for (const n of [89, 59, 45, 30, 1]) {
      expect(await coverage.getByRole('cell', { name: `${nameOf(daysAgo(n))}: complete`, exact: true }).count(), daysAgo(n)).toBe(1);
    }
    expect(await coverage.getByText(/1 of Partner Center’s last 90 days is not complete/).count()).toBe(1);
  });
});
