import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord } from '../record/activity-record';
import { coverageByDay } from './archive-coverage';
import { FetchCoverageTally, periodFetchSpans, RecordDayTally } from './coverage-spans';

const rec = (operationDate: string, partnerId = 'p1') => ({ ...emptyRecord('dashboard-csv'), operationDate, partnerId });

describe('RecordDayTally (a file, the generated sample)', () => {
  it('marks the days a file’s records touch as partial, one span per run of days, per partner tenant', () => {
    const tally = new RecordDayTally('fallback');
    tally.note([rec('2026-05-10T08:00:00.000Z'), rec('2026-05-11T23:59:59.000Z'), rec('2026-05-10T09:00:00.000Z'), rec('2026-05-14T00:00:00.000Z')]);
    tally.note([rec('2026-05-12T10:00:00.000Z', ''), rec('not a date', '')]);
    expect(tally.spans()).toEqual([
      { tenantId: 'p1', from: '2026-05-10T00:00:00.000Z', to: '2026-05-12T00:00:00.000Z', complete: false, source: 'file' },
      { tenantId: 'p1', from: '2026-05-14T00:00:00.000Z', to: '2026-05-15T00:00:00.000Z', complete: false, source: 'file' },
      { tenantId: 'fallback', from: '2026-05-12T00:00:00.000Z', to: '2026-05-13T00:00:00.000Z', complete: false, source: 'file' },
    ]);
  });

  it('makes exactly the touched days partial and no other, whatever the records', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 24 * 60 - 1 }), { maxLength: 40 }), (minutes) => {
        const base = Date.parse('2026-01-01T00:00:00.000Z');
        const tally = new RecordDayTally();
        tally.note(minutes.map((m) => rec(new Date(base + m * 60_000).toISOString(), 't')));
        const touched = new Set(minutes.map((m) => new Date(base + m * 60_000).toISOString().slice(0, 10)));
        for (const { day, state } of coverageByDay(tally.spans(), '2026-01-01', '2026-03-01', 't')) {
          expect(state).toBe(touched.has(day) ? 'partial' : 'missing');
        }
      }),
    );
  });
});

describe('FetchCoverageTally (a fetch from Partner Center or the sample server)', () => {
  const startedAt = new Date('2026-05-20T10:30:00.000Z');
  const page = (from: string, to: string, lastOfChunk: boolean) => ({ records: [], chunk: 1, chunks: 2, period: { from, to }, lastOfChunk });

  it('calls a finished chunk complete up to when the fetch started, a cut one partial, and leaves unstarted ones out', () => {
    const tally = new FetchCoverageTally('p1', startedAt);
    tally.page(page('2026-05-01', '2026-05-20', false));
    tally.page(page('2026-05-01', '2026-05-20', true));
    tally.page(page('2026-04-01', '2026-04-30', false));
    expect(tally.spans()).toEqual([
      { tenantId: 'p1', from: '2026-04-01T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z', complete: false, source: 'fetch' },
      { tenantId: 'p1', from: '2026-05-01T00:00:00.000Z', to: '2026-05-20T10:30:00.000Z', complete: true, source: 'fetch' },
    ]);
    const days = coverageByDay(tally.spans(), '2026-03-31', '2026-05-20', 'p1');
    expect(days[0]!.state).toBe('missing');
    expect(days[1]!.state).toBe('partial');
    expect(days.find((d) => d.day === '2026-05-19')!.state).toBe('complete');
    // Today is only complete once a fetch after midnight covers all of it.
    expect(days.at(-1)!.state).toBe('partial');
  });

  it('ignores pages that do not say their period (made by hand, not by the client)', () => {
    const tally = new FetchCoverageTally('p1', startedAt);
    tally.page({ records: [], chunk: 1, chunks: 1 });
    expect(tally.spans()).toEqual([]);
  });
});

describe('periodFetchSpans (a whole fetch of a period through the extension)', () => {
  const startedAt = new Date('2026-08-03T15:30:00.000Z');
  it('calls the period complete for each tenant it brought, up to the fetch’s start, never before Partner Center’s oldest day', () => {
    expect(periodFetchSpans(['p1', 'p2'], '2026-07-01', '2026-08-03', startedAt)).toEqual([
      { tenantId: 'p1', from: '2026-07-01T00:00:00.000Z', to: '2026-08-03T15:30:00.000Z', complete: true, source: 'fetch' },
      { tenantId: 'p2', from: '2026-07-01T00:00:00.000Z', to: '2026-08-03T15:30:00.000Z', complete: true, source: 'fetch' },
    ]);
    // Asked from January: Partner Center served from 90 days before today only.
    expect(periodFetchSpans(['p1'], '2026-01-01', '2026-05-31', startedAt)).toEqual([
      { tenantId: 'p1', from: '2026-05-05T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z', complete: true, source: 'fetch' },
    ]);
    expect(periodFetchSpans(['p1'], '2026-01-01', '2026-02-01', startedAt)).toEqual([]);
    expect(periodFetchSpans([], '2026-07-01', '2026-08-03', startedAt)).toEqual([]);
  });

  it('notes records as they stream past on their way to the store', async () => {
    const tally = new RecordDayTally();
    const seen: number[] = [];
    for await (const chunk of tally.through((async function* () {
      yield [rec('2026-05-10T08:00:00.000Z', 'p1')];
      yield [rec('2026-05-12T08:00:00.000Z', 'p2')];
    })())) seen.push(chunk.length);
    expect(seen).toEqual([1, 1]);
    expect(tally.tenants().sort()).toEqual(['p1', 'p2']);
  });
});
