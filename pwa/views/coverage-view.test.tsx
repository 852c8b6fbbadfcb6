import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import { SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { appText } from '../app-text';
import CoverageView from './coverage-view';
import { tenantCoverage } from './coverage-calendar';
import { axeViolations } from './axe-check';

afterEach(cleanup);

const now = new Date('2026-08-03T15:30:00.000Z');
const fetched = (from: string, to: string, complete = true, tenantId = SAMPLE_PARTNER_ID): CoverageSpan => ({ tenantId, from, to, complete, source: 'fetch' });
// The last 90 days are 2026-05-06 … 2026-08-03: fetch all of them but 12 May and the first two, a file on 1 April.
const spans: CoverageSpan[] = [
  fetched('2026-05-08T00:00:00.000Z', '2026-05-12T00:00:00.000Z'),
  fetched('2026-05-13T00:00:00.000Z', '2026-08-03T15:00:00.000Z'),
  { tenantId: SAMPLE_PARTNER_ID, from: '2026-04-01T00:00:00.000Z', to: '2026-04-02T00:00:00.000Z', complete: false, source: 'file' },
  fetched('2026-07-01T00:00:00.000Z', '2026-07-02T00:00:00.000Z', true, 'b1e2c3d4-0000-4000-8000-000000000001'),
];

function show(lang: 'en' | 'it' = 'en', given = spans) {
  return render(<CoverageView text={appText(lang)} lang={lang} version={0} now={() => now} load={async () => given} />);
}

describe('the archive coverage picture', () => {
  it('names every day with its state, and each missing day still in Partner Center with the day it is lost', async () => {
    show();
    const sample = await screen.findByRole('region', { name: 'Sample data' });
    const cell = (name: string) => within(sample).getByRole('cell', { name });
    expect(cell('12 May 2026: missing, lost on 10 Aug 2026')).toBeTruthy();
    expect(cell('11 May 2026: complete')).toBeTruthy();
    expect(cell('6 May 2026: missing, lost on 4 Aug 2026')).toBeTruthy();
    expect(cell('1 Apr 2026: partial')).toBeTruthy();
    expect(cell('2 Apr 2026: missing, no longer in Partner Center')).toBeTruthy();
    // Today was fetched up to 15:00 only.
    expect(cell('3 Aug 2026: partial, lost on 1 Nov 2026')).toBeTruthy();
    // A month row per month of the history, April (the file) to August (today).
    expect(within(sample).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['April 2026', 'May 2026', 'June 2026', 'July 2026', 'August 2026']);
    // Days after today are empty, with no name.
    expect(within(sample).queryByRole('cell', { name: /^4 Aug 2026/ })).toBeNull();
  });

  it('says how many days will be lost within 7 days and which, and that the picture does not rely on colour', async () => {
    show();
    const sample = await screen.findByRole('region', { name: 'Sample data' });
    expect(within(sample).getByText('3 days will be lost within 7 days.')).toBeTruthy();
    expect(within(sample).getByText(/4 of Partner Center’s last 90 days are not complete in the archive\./)).toBeTruthy();
    expect(within(sample).getByText(/Next to go: 6 May 2026, lost on 4 Aug 2026\./)).toBeTruthy();
    expect(within(sample).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '6 May 2026: missing, lost on 4 Aug 2026',
      '7 May 2026: missing, lost on 5 Aug 2026',
      '12 May 2026: missing, lost on 10 Aug 2026',
    ]);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(4);
    // Each state has its own glyph as well as its colour and pattern.
    const glyphs = new Set([...document.querySelectorAll('td.day [aria-hidden="true"]')].map((g) => g.textContent));
    expect(glyphs).toEqual(new Set(['✓', '◐', '!', '×']));
  });

  it('offers to fetch the sample’s days not complete, oldest to newest, and only for the sample', async () => {
    const onFetchSample = vi.fn();
    render(<CoverageView text={appText('en')} lang="en" version={0} now={() => now} load={async () => spans} onFetchSample={onFetchSample} />);
    const sample = await screen.findByRole('region', { name: 'Sample data' });
    fireEvent.click(within(sample).getByRole('button', { name: 'Fetch the days not complete from the sample server (6 May 2026 – 3 Aug 2026)' }));
    expect(onFetchSample).toHaveBeenCalledWith('2026-05-06', '2026-08-03');
    expect(within(screen.getByRole('region', { name: /^Partner tenant/ })).queryByRole('button')).toBeNull();
  });

  it('keeps partner tenants apart', async () => {
    show();
    const other = await screen.findByRole('region', { name: 'Partner tenant b1e2c3d4-0000-4000-8000-000000000001' });
    expect(within(other).getByRole('cell', { name: '1 Jul 2026: complete' })).toBeTruthy();
    expect(within(other).getByRole('cell', { name: '12 May 2026: missing, lost on 10 Aug 2026' })).toBeTruthy();
    expect(within(other).getByText('7 days will be lost within 7 days.')).toBeTruthy();
  });

  it('says so when nothing is kept yet', async () => {
    show('en', []);
    expect(await screen.findByText(/Nothing has been fetched or imported yet/)).toBeTruthy();
  });

  it('speaks Italian', async () => {
    show('it');
    const sample = await screen.findByRole('region', { name: 'Dati di esempio' });
    expect(within(sample).getByRole('cell', { name: '12 mag 2026: mancante, perso il 10 ago 2026' })).toBeTruthy();
    expect(within(sample).getByText('3 giorni andranno persi entro 7 giorni.')).toBeTruthy();
    expect(within(sample).getAllByRole('rowheader')[0]!.textContent).toBe('aprile 2026');
  });

  it('has no accessibility violations (axe)', async () => {
    const { container } = show();
    await screen.findByRole('region', { name: 'Sample data' });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('tenantCoverage', () => {
  it('never marks a complete day at risk, and flags every other day of the last 90 with its loss day', () => {
    const t = tenantCoverage(spans, SAMPLE_PARTNER_ID, now);
    const days = t.months.flatMap((m) => m.days);
    for (const d of days) {
      if (d.state === 'complete') expect(d.losesOn).toBeUndefined();
      if (d.day >= '2026-05-06' && d.day <= '2026-08-03' && d.state !== 'complete') expect(d.losesOn).toBeDefined();
      if (d.day < '2026-05-06') expect(d.losesOn).toBeUndefined();
    }
    expect(days.filter((d) => d.state === 'future').map((d) => d.day)[0]).toBe('2026-08-04');
    expect(days.at(-1)!.day).toBe('2026-08-31');
  });
});

describe('files that name no partner tenant', () => {
  it('come last, show the days they touch, and warn about no tenant', async () => {
    const unnamed: CoverageSpan = { tenantId: '', from: '2026-07-10T00:00:00.000Z', to: '2026-07-11T00:00:00.000Z', complete: false, source: 'file' };
    render(<CoverageView text={appText('en')} lang="en" version={0} now={() => now} load={async () => [unnamed, ...spans]} />);
    const regions = await screen.findAllByRole('region', { name: /^(Sample data|Partner tenant|Imported files)/ });
    expect(regions.map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
      'Partner tenant b1e2c3d4-0000-4000-8000-000000000001',
      'Sample data',
      'Imported files that name no partner tenant',
    ]);
    const files = regions[2]!;
    expect(within(files).getByRole('cell', { name: '10 Jul 2026: partial, lost on 8 Oct 2026' })).toBeTruthy();
    expect(within(files).queryByText(/will be lost within/)).toBeNull();
    expect(within(files).getByText(/does not say which partner tenant/)).toBeTruthy();
  });
});

describe('an app left open', () => {
  it('moves on a day at midnight', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let at = new Date('2026-08-03T23:59:30.000Z');
      render(<CoverageView text={appText('en')} lang="en" version={0} now={() => at} load={async () => spans} />);
      const sample = await screen.findByRole('region', { name: 'Sample data' });
      expect(within(sample).getByText('3 days will be lost within 7 days.')).toBeTruthy();
      at = new Date('2026-08-04T00:00:30.000Z');
      await act(() => {
        vi.advanceTimersByTime(60_000);
      });
      // 6 May is gone now, and tomorrow's date is today.
      expect(within(sample).getByRole('cell', { name: '6 May 2026: missing, no longer in Partner Center' })).toBeTruthy();
      expect(within(sample).getByRole('cell', { name: '4 Aug 2026: missing, lost on 2 Nov 2026' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
