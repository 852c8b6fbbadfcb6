// A partner's everyday path with the keyboard alone: narrow the log with the filter bar, sort it by Date-Time,
// open a record's details beside the table and close them with Esc, and export what is shown. Found by role and
// label: the sortable column headers are buttons inside column headers carrying aria-sort, rows are rows, the
// details are a region; the log's table and details panel come from the shared table (ui/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { launchBrowser, type LensBrowser } from '../test-support/browser';
import { servePwa, type ServedPwa } from '../test-support/serve-pwa';

let app: ServedPwa;
let browser: LensBrowser;
let page: Page;

/** What has the focus: its role (explicit or the tag) and its accessible-name-like text. */
function focused(p: Page): Promise<{ tag: string; role: string; name: string; label: string }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el && 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') : '';
    return { tag: el?.tagName ?? '', role: el?.getAttribute('role') ?? '', name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), label: label.trim() };
  });
}

/** Tabs (forward) until `matches` says the focus is where the user wants it, as a keyboard user would. */
async function tabUntil(p: Page, what: string, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await p.keyboard.press(key);
    if (matches(await focused(p))) return;
  }
  throw new Error(`${what} is not reachable with ${key}`);
}

/** The log's one count, beside its heading ("12 matching" under a filter). */
const viewCount = (p: Page) => p.getByRole('status', { name: 'Records in this view' }).innerText();
const matchingCount = async (p: Page) => Number((await viewCount(p)).replace(/\D+/g, ''));

beforeAll(async () => {
  app = await servePwa();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(app.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the log from the keyboard alone', () => {
  it('loads the sample from the first-run screen', async () => {
    await tabUntil(page, 'Load sample data', (f) => f.name === 'Load sample data');
    await page.keyboard.press('Enter');
    await page.getByText(/new records, [\d,]+ already in the archive\./).waitFor({ timeout: 120_000 });
  });

  it('filters: the period from its presets, then a status, each applied as chosen', async () => {
    // The focus was on the first-run screen's button, where the table is now: the filter bar is before it.
    await tabUntil(page, 'Period', (f) => f.tag === 'SELECT' && f.label.startsWith('Period'), 'Shift+Tab');
    // Down the presets: Today, Last 7 days, Last 30 days (the select applies on each change).
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Period').inputValue()).toBe('30d');
    await tabUntil(page, 'Status', (f) => f.tag === 'SELECT' && f.label.startsWith('Status'));
    await page.keyboard.press('ArrowDown'); // Succeeded
    await page.keyboard.press('ArrowDown'); // Failed
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status').join() || new URL(page.url()).search).toMatch(/failed/);
    await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: Status Failed' }).waitFor();
    await expect.poll(() => viewCount(page), { timeout: 30_000 }).toMatch(/^[\d,]+ matching$/);
    expect(await matchingCount(page)).toBeGreaterThan(1);
  });

  it('sorts by Date-Time from its column header, oldest first, and says so', async () => {
    const header = page.getByRole('columnheader', { name: /Date-Time/ });
    const before = await header.getAttribute('aria-sort');
    await tabUntil(page, 'the Date-Time column header', (f) => f.tag === 'BUTTON' && f.name.startsWith('Date-Time'));
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(before);
    if ((await header.getAttribute('aria-sort')) !== 'ascending') await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // Oldest first is read from the archive's other end: the rows are drawn again once that read is back.
    const rowTimes = () => page.getByRole('table', { name: 'Activity log' }).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    await expect.poll(async () => (await rowTimes()).length, { timeout: 10_000 }).toBeGreaterThan(1);
    const times = await rowTimes();
    expect(times).toEqual([...times].sort());
  });

  it('moves through the rows with the arrows, opens the details with Enter and closes them with Esc', async () => {
    const table = page.getByRole('table', { name: 'Activity log' });
    await tabUntil(page, 'a row of the log', (f) => f.role === 'row');
    const first = await focused(page);
    await page.keyboard.press('ArrowDown');
    // The table moves the focus in an effect once it has drawn the next row: wait for it to follow.
    await expect.poll(async () => (await focused(page)).name, { timeout: 5_000 }).not.toBe(first.name);
    const second = await focused(page);
    expect(second.role).toBe('row');
    await page.keyboard.press('Enter');
    // The pane beside the table is a complementary landmark (an aside) named Details.
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.waitFor({ timeout: 10_000 });
    // Beside the table, not instead of it; the record's ids can be copied.
    expect(await table.isVisible()).toBe(true);
    expect(await details.getByRole('button', { name: /^Copy/ }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    expect((await focused(page)).role, 'the focus goes back to the row').toBe('row');
  });

  it('exports exactly the filtered view with Export log', async () => {
    const shown = await matchingCount(page);
    await tabUntil(page, 'Export log', (f) => f.tag === 'BUTTON' && f.name === 'Export log', 'Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^activity-log_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.csv$/);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').slice(1)).data.filter((r) => r.length > 1);
    expect(rows.length - 1).toBe(shown);
  });
});
