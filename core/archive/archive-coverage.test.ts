import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageByDay, daysAtRisk, PARTNER_CENTER_RETENTION_DAYS, type CoverageSpan } from './archive-coverage';

const T = 'tenant-a';
const DAY = 86_400_000;
const fetched = (from: string, to: string, complete = true, tenantId = T): CoverageSpan => ({ tenantId, from, to, complete, source: 'fetch' });
const file = (from: string, to: string): CoverageSpan => ({ tenantId: T, from, to, complete: false, source: 'file' });
const iso = (ms: number) => new Date(ms).toISOString();
const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const states = (spans: CoverageSpan[], first: string, last: string) => coverageByDay(spans, first, last, T).map((d) => d.state);

describe('coverageByDay', () => {
  it('calls a day complete when one full fetch covered it, from midnight to midnight', () => {
    expect(coverageByDay([fetched('2026-05-10T00:00:00.000Z', '2026-05-12T00:00:00.000Z')], '2026-05-09', '2026-05-12', T)).toEqual([
      { day: '2026-05-09', state: 'missing' },
      { day: '2026-05-10', state: 'complete' },
      { day: '2026-05-11', state: 'complete' },
      { day: '2026-05-12', state: 'missing' },
    ]);
  });

  it('calls a day partial when a file touched it, a fetch was cut in it, or a complete fetch covered only part of it', () => {
    expect(states([file('2026-05-10T08:00:00.000Z', '2026-05-10T09:00:00.000Z')], '2026-05-10', '2026-05-10')).toEqual(['partial']);
    expect(states([fetched('2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z', false)], '2026-05-10', '2026-05-10')).toEqual(['partial']);
    // A fetch up to "now" (10:00) leaves today partial until a later fetch covers the rest.
    expect(states([fetched('2026-05-09T00:00:00.000Z', '2026-05-10T10:00:00.000Z')], '2026-05-09', '2026-05-10')).toEqual(['complete', 'partial']);
  });

  it('joins complete fetches that meet or overlap, and a file never makes a day complete', () => {
    const spans = [
      fetched('2026-05-10T00:00:00.000Z', '2026-05-10T12:00:00.000Z'),
      fetched('2026-05-10T12:00:00.000Z', '2026-05-11T06:00:00.000Z'),
      fetched('2026-05-11T03:00:00.000Z', '2026-05-12T00:00:00.000Z'),
      { ...file('2026-05-12T00:00:00.000Z', '2026-05-13T00:00:00.000Z'), complete: true },
    ];
    expect(states(spans, '2026-05-10', '2026-05-12')).toEqual(['complete', 'complete', 'partial']);
  });

  it('keeps tenants apart and ignores unreadable or empty spans', () => {
    const spans = [fetched('2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z', true, 'tenant-b'), fetched('nonsense', '2026-05-11T00:00:00.000Z'), fetched('2026-05-10T05:00:00.000Z', '2026-05-10T05:00:00.000Z')];
    expect(states(spans, '2026-05-10', '2026-05-10')).toEqual(['missing']);
    expect(coverageByDay(spans, '2026-05-10', '2026-05-10', 'tenant-b')[0].state).toBe('complete');
    expect(coverageByDay(spans, '2026-05-11', '2026-05-10', T)).toEqual([]);
    expect(coverageByDay(spans, 'May 10', '2026-05-10', T)).toEqual([]);
  });

  it('crosses month, year and leap-day boundaries one UTC day at a time', () => {
    const days = coverageByDay([], '2027-12-30', '2028-03-01', T).map((d) => d.day);
    expect(days[0]).toBe('2027-12-30');
    expect(days).toContain('2028-02-29');
    expect(days.at(-1)).toBe('2028-03-01');
    expect(days).toHaveLength(63);
  });

  it('a day is complete iff complete fetches cover it entirely, however the fetches were split', () => {
    const base = dayMs('2026-03-01');
    const hours = 24 * 6;
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: hours }), length: fc.integer({ min: 0, max: 60 }), complete: fc.boolean(), source: fc.constantFrom('fetch', 'file') }), { maxLength: 12 }),
        (raw) => {
          const spans: CoverageSpan[] = raw.map((r) => ({ tenantId: T, from: iso(base + r.start * 3_600_000), to: iso(base + (r.start + r.length) * 3_600_000), complete: r.complete, source: r.source as 'fetch' | 'file' }));
          const result = coverageByDay(spans, '2026-03-01', '2026-03-07', T);
          expect(result).toHaveLength(7);
          result.forEach(({ state }, d) => {
            // Hour by hour, the slow obvious way.
            let allComplete = true;
            let anyCovered = false;
            for (let h = d * 24; h < d * 24 + 24; h++) {
              const covering = raw.filter((r) => r.start <= h && r.start + r.length >= h + 1);
              if (!covering.some((r) => r.complete && r.source === 'fetch')) allComplete = false;
              if (covering.length > 0) anyCovered = true;
            }
            const touched = raw.some((r) => r.length > 0 && r.start < d * 24 + 24 && r.start + r.length > d * 24);
            expect(state).toBe(allComplete ? 'complete' : touched || anyCovered ? 'partial' : 'missing');
          });
        },
      ),
    );
  });

  it('gives the same answer for a complete day whatever the split of the spans that cover it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DAY - 1 }), { maxLength: 8 }), fc.integer({ min: 0, max: 2 }), (cuts, overlap) => {
        const start = dayMs('2026-07-15');
        const points = [start, ...cuts.sort((a, b) => a - b).map((c) => start + c), start + DAY];
        const spans = points.slice(1).map((p, i) => fetched(iso(points[i]!), iso(Math.min(start + DAY, p + overlap))));
        expect(states(spans, '2026-07-15', '2026-07-15')).toEqual(['complete']);
        // Take any one piece away: the day is no longer complete, but still partial.
        if (spans.length > 1) expect(states(spans.slice(1), '2026-07-15', '2026-07-15')).toEqual(['partial']);
      }),
    );
  });
});

describe('daysAtRisk', () => {
  const now = new Date('2026-08-03T15:30:00.000Z');

  it('flags each day Partner Center still has but the archive lacks, with the day it is lost', () => {
    const risk = daysAtRisk([], now, T);
    expect(risk).toHaveLength(PARTNER_CENTER_RETENTION_DAYS);
    expect(risk[0]).toEqual({ day: '2026-05-06', losesOn: '2026-08-04' });
    expect(risk.at(-1)).toEqual({ day: '2026-08-03', losesOn: '2026-11-01' });
    expect(risk.find((r) => r.day === '2026-05-12')).toEqual({ day: '2026-05-12', losesOn: '2026-08-10' });
  });

  it('leaves out complete days and, with withinDays, days lost later than that', () => {
    const spans = [fetched('2026-05-06T00:00:00.000Z', '2026-05-08T00:00:00.000Z'), file('2026-05-09T10:00:00.000Z', '2026-05-09T11:00:00.000Z')];
    expect(daysAtRisk(spans, now, T, 7)).toEqual([
      { day: '2026-05-08', losesOn: '2026-08-06' },
      { day: '2026-05-09', losesOn: '2026-08-07' },
      { day: '2026-05-10', losesOn: '2026-08-08' },
      { day: '2026-05-11', losesOn: '2026-08-09' },
      { day: '2026-05-12', losesOn: '2026-08-10' },
    ]);
    expect(daysAtRisk(spans, now, T, 0)).toEqual([]);
    expect(daysAtRisk(spans, now, 'someone-else', 1)).toEqual([{ day: '2026-05-06', losesOn: '2026-08-04' }]);
  });

  it('never lists a complete day, a day already gone, or one lost later than asked', () => {
    const base = dayMs('2026-04-01');
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 200 * 24 }), length: fc.integer({ min: 1, max: 40 * 24 }), complete: fc.boolean() }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 200 * 24 * 60 }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        (raw, nowMinutes, within) => {
          const spans = raw.map((r) => fetched(iso(base + r.start * 3_600_000), iso(base + (r.start + r.length) * 3_600_000), r.complete));
          const at = new Date(base + nowMinutes * 60_000);
          const today = Math.floor(at.getTime() / DAY) * DAY;
          const risk = daysAtRisk(spans, at, T, within);
          const byDay = new Map(coverageByDay(spans, iso(today - 120 * DAY).slice(0, 10), iso(today).slice(0, 10), T).map((d) => [d.day, d.state]));
          for (const { day, losesOn } of risk) {
            expect(byDay.get(day)).not.toBe('complete');
            expect(dayMs(day)).toBeGreaterThan(today - PARTNER_CENTER_RETENTION_DAYS * DAY);
            expect(dayMs(day)).toBeLessThanOrEqual(today);
            expect(dayMs(losesOn) - dayMs(day)).toBe(PARTNER_CENTER_RETENTION_DAYS * DAY);
            expect(dayMs(losesOn)).toBeGreaterThan(today);
            if (within !== undefined) expect(dayMs(losesOn)).toBeLessThanOrEqual(today + within * DAY);
          }
          // And every day that is not complete inside the window is listed.
          if (within === undefined) {
            const missingInWindow = [...byDay].filter(([d, s]) => s !== 'complete' && dayMs(d) > today - PARTNER_CENTER_RETENTION_DAYS * DAY).length;
            expect(risk).toHaveLength(missingInWindow);
          }
        },
      ),
    );
  });
});
