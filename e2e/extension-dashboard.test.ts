// The content script on Partner Center's dashboard, with our fixture pages served at the real URLs: the Activity
// control on customer pages (once, in a shadow root, surviving SPA navigation), the Activity Log period control,
// nothing on pages we do not know, and the side panel picking up what was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launchBrowser, sampleDataSource, setExtensionStorage, sidePanelUrl, type LensBrowser } from '../test-support/browser';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../sample-server/sample-partner-center';

// The extension APIs, as the service worker and extension pages see them.
declare const chrome: any;

const fixture = (name: string) => readFileSync(resolve('e2e/fixtures/dashboard', name), 'utf8');

let server: SamplePartnerCenter;
let browser: LensBrowser;
let customerId: string;
let customerName: string;

const worker = (): Worker => browser.context.serviceWorkers()[0]!;
const activityButton = (page: Page) => page.getByRole('button', { name: 'Activity', exact: true });

async function panelRequest(): Promise<Record<string, unknown> | undefined> {
  return worker().evaluate(async () => (await chrome.storage.session.get('panelRequest')).panelRequest);
}

beforeAll(async () => {
  server = await startSamplePartnerCenter({ port: 0, count: 600, seed: 77 });
  const busiest = new Map<string, number>();
  // Busiest within the side panel's default period (the most recent month; 20 days is inside it on any date): the
  // sample tells a time-of-day dependent story, and a customer whose records are all older has no name in the panel.
  const recent = Date.now() - 20 * 86_400_000;
  for (const r of server.records) if (r.customerId && Date.parse(r.operationDate) >= recent && /^[\w .,-]+$/.test(r.customerName ?? '')) busiest.set(r.customerId, (busiest.get(r.customerId) ?? 0) + 1);
  customerId = [...busiest.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  customerName = server.records.find((r) => r.customerId === customerId)!.customerName!;
  browser = await launchBrowser({ extension: true, locale: 'en-US' });
  await setExtensionStorage(browser, sampleDataSource(server.url));
  await browser.context.route('https://partner.microsoft.com/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = /\/customers\//.test(path)
      ? fixture('customer-page.html').replaceAll('Contoso Ltd.', customerName)
      : /activitylog/i.test(path)
        ? fixture('activity-log.html')
        : fixture('unknown-page.html');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Activity Lens on the Partner Center dashboard', () => {
  it('adds one Activity button beside the customer’s name, styled by us alone, that asks for the side panel on that customer', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${customerId}/subscriptions`);
    await expect.poll(() => activityButton(page).count(), { timeout: 15_000 }).toBe(1);
    // The page's "button { background: red }" does not reach into our shadow root.
    const background = await activityButton(page).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(background).not.toBe('rgb(255, 0, 0)');
    // …and ours does not reach the page's own heading.
    expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontSize)).toBe('24px');
    await activityButton(page).click();
    await expect.poll(panelRequest).toMatchObject({ customerId, customerName });

    // The panel opened after the click shows that customer and says where the filter came from.
    const panel = await browser.context.newPage();
    await panel.goto(sidePanelUrl(browser));
    const banner = panel.getByRole('status').filter({ hasText: `Showing only ${customerName}` });
    await expect.poll(() => banner.count(), { timeout: 20_000 }).toBe(1);
    expect(await banner.innerText()).toContain('from the dashboard’s Activity button');
    expect(await panel.getByRole('button', { name: 'This customer' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const customers = await panel.getByRole('table').getByRole('row').evaluateAll((rows) =>
      rows.slice(1).map((r) => r.querySelectorAll('[role="cell"]')[2]?.textContent),
    );
    expect(new Set(customers)).toEqual(new Set([customerName]));
    await panel.getByRole('button', { name: `Clear: Showing only ${customerName}` }).click();
    expect(await banner.count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('follows the single-page app: a new customer keeps exactly one button, leaving removes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://partner.microsoft.com/dashboard/commerce2/customers/${customerId}/users`);
    await expect.poll(() => activityButton(page).count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('link', { name: 'Fabrikam' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Fabrikam S.p.A.' }).count()).toBe(1);
    await expect.poll(() => activityButton(page).count(), { timeout: 15_000 }).toBe(1);
    await activityButton(page).click();
    await expect.poll(panelRequest).toMatchObject({ customerId: '0f7b2c8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', customerName: 'Fabrikam S.p.A.' });
    await page.getByRole('link', { name: 'Leave for the home page' }).click();
    await expect.poll(() => activityButton(page).count(), { timeout: 15_000 }).toBe(0);
    await page.goBack();
    await expect.poll(() => activityButton(page).count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('does nothing on a page it does not know', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/dashboard/home');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-activity-lens]').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('on the Activity Log page, opens the period shown in From and to', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/dashboard/account/v3/activitylog');
    const button = page.getByRole('button', { name: 'Open in side panel' });
    await expect.poll(() => button.count(), { timeout: 15_000 }).toBe(1);
    await button.click();
    await expect.poll(panelRequest).toMatchObject({ from: '2026-11-02', to: '2026-11-20' });
    await page.close();
  });

  it('This customer follows the active dashboard tab', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(sidePanelUrl(browser));
    await expect.poll(() => panel.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await panel.getByRole('button', { name: 'This customer' }).isDisabled()).toBe(true);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`https://partner.microsoft.com/it-it/dashboard/v2/customers/${customerId}/account`);
    await dashboard.bringToFront();
    const banner = panel.getByRole('status').filter({ hasText: `Showing only ${customerName}` });
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.innerText()).toContain('the customer of the active tab');
    await dashboard.close();
    await panel.close();
  });

  it('This customer shows a summary card above its rows: last order, seat changes, GDAP status, last activity', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(sidePanelUrl(browser));
    await expect.poll(() => panel.getByRole('row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${customerId}/subscriptions`);
    await dashboard.bringToFront();
    // The card's readers load by dynamic import in the built extension.
    const card = panel.getByRole('region', { name: `${customerName} at a glance` });
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    expect(await card.locator('dt').allInnerTexts()).toEqual(['Last order', 'Seat changes this period', 'GDAP status', 'Last activity']);
    expect(await card.getByRole('button', { name: 'Customer view in the app' }).count()).toBe(1);
    const cardTop = (await card.boundingBox())!.y;
    const tableTop = (await panel.getByRole('table').boundingBox())!.y;
    expect(cardTop).toBeLessThan(tableTop);
    await dashboard.close();
    await panel.close();
  });
});
