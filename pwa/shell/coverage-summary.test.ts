import { describe, expect, it } from 'vitest';
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import { coverageRangeText, summariseCoverage } from './coverage-summary';

const fetched = (tenantId: string, from: string, to: string): CoverageSpan => ({ tenantId, from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z`, complete: true, source: 'fetch' });
const file = (tenantId: string, from: string, to: string): CoverageSpan => ({ ...fetched(tenantId, from, to), complete: false, source: 'file' });
const NOW = new Date('2026-11-20T12:00:00.000Z');

describe('the header’s coverage summary', () => {
  it('says nothing while the archive holds no day', () => {
    expect(summariseCoverage([], NOW)).toBeUndefined();
  });

  it('spans the first to the last day held and counts each missing stretch between them once', () => {
    // 1–5 Nov fetched, 6–7 missing, 8–9 fetched, 10 missing, 11 from a file; nothing after (not a gap: not yet fetched).
    const spans = [fetched('T', '2026-11-01', '2026-11-06'), fetched('T', '2026-11-08', '2026-11-10'), file('T', '2026-11-11', '2026-11-12')];
    expect(summariseCoverage(spans, NOW)).toMatchObject({ from: '2026-11-01', to: '2026-11-11', gaps: 2, partialDays: 1 });
  });

  it('adds up every tenant’s gaps over the whole range', () => {
    const spans = [fetched('A', '2026-10-01', '2026-10-03'), fetched('A', '2026-10-05', '2026-10-06'), fetched('B', '2026-11-01', '2026-11-02'), fetched('B', '2026-11-04', '2026-11-05')];
    expect(summariseCoverage(spans, NOW)).toMatchObject({ from: '2026-10-01', to: '2026-11-04', gaps: 2 });
  });

  it('counts the days Partner Center forgets within the week as the coverage page does, but not for files naming no tenant', () => {
    // Now is 28 Nov: Partner Center still has 31 Aug on, and forgets 31 Aug – 2 Sep within the week.
    const now = new Date('2026-11-28T12:00:00.000Z');
    const held = fetched('T', '2026-09-03', '2026-11-28');
    expect(summariseCoverage([held], now)).toMatchObject({ from: '2026-09-03', gaps: 0, lostSoon: 3 });
    expect(summariseCoverage([fetched('T', '2026-08-31', '2026-09-01'), held], now)).toMatchObject({ from: '2026-08-31', gaps: 1, lostSoon: 2 });
    expect(summariseCoverage([fetched('', '2026-08-31', '2026-09-01'), fetched('', '2026-09-03', '2026-11-28')], now)).toMatchObject({ gaps: 1, lostSoon: 0 });
  });

  it('writes the range with the years only when it leaves this year', () => {
    expect(coverageRangeText({ from: '2026-09-02', to: '2026-12-01' }, 'en', NOW)).toMatch(/^2 Sept? – 1 Dec$/);
    expect(coverageRangeText({ from: '2026-09-02', to: '2026-12-01' }, 'it', NOW)).toBe('2 set – 1 dic');
    expect(coverageRangeText({ from: '2025-12-28', to: '2026-01-03' }, 'en', NOW)).toBe('28 Dec 2025 – 3 Jan 2026');
    expect(coverageRangeText({ from: '2026-11-05', to: '2026-11-05' }, 'en', NOW)).toBe('5 Nov');
  });
});
