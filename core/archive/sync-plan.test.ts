import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newestSpanEnd, periodsForDays, planSync, SYNC_OVERLAP_MS } from './sync-plan';

const now = new Date('2026-12-01T10:30:00.000Z');
const DAY = 86_400_000;

describe('what the automatic sync fetches next', () => {
  it('with nothing kept yet, fetches Partner Center’s whole 90 days in three ≤30-day periods, oldest first, up to now', () => {
    const plan = planSync({ now });
    expect(plan.map((p) => [p.from, p.to])).toEqual([
      ['2026-09-03', '2026-10-02'],
      ['2026-10-03', '2026-11-01'],
      ['2026-11-02', '2026-12-01'],
    ]);
    expect(plan[0]!.span.from).toBe('2026-09-03T00:00:00.000Z');
    expect(plan[2]!.span.to).toBe(now.toISOString());
    // Consecutive spans touch: nothing falls between two periods.
    expect(plan[0]!.span.to).toBe(plan[1]!.span.from);
  });

  it('fetches only what is new since the newest record kept, with a small overlap', () => {
    const plan = planSync({ now, newestKept: '2026-12-01T08:00:00.000Z' });
    expect(plan).toEqual([
      {
        from: '2026-12-01',
        to: '2026-12-01',
        keepFrom: new Date(Date.parse('2026-12-01T08:00:00.000Z') - SYNC_OVERLAP_MS).toISOString(),
        span: { from: '2026-12-01T07:00:00.000Z', to: now.toISOString() },
      },
    ]);
  });

  it('never asks for a day Partner Center no longer has, and nothing when the kept moment is now or later', () => {
    expect(planSync({ now, newestKept: '2025-01-01T00:00:00.000Z' })[0]!.from).toBe('2026-09-03');
    expect(planSync({ now, newestKept: '2027-01-01T00:00:00.000Z' })).toEqual([
      expect.objectContaining({ span: { from: new Date(now.getTime() - SYNC_OVERLAP_MS).toISOString(), to: now.toISOString() } }),
    ]);
    expect(planSync({ now, newestKept: 'not a date' })).toHaveLength(3);
  });

  it('for any kept moment, periods are ≤30 days, inside the 90 days, touching, and end at now', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200 * DAY, max: DAY }), (offset) => {
        const plan = planSync({ now, newestKept: new Date(now.getTime() + offset).toISOString() });
        expect(plan.length).toBeGreaterThan(0);
        for (const p of plan) {
          const days = (Date.parse(p.to) - Date.parse(p.from)) / DAY + 1;
          expect(days).toBeLessThanOrEqual(30);
          expect(p.from >= '2026-09-03').toBe(true);
        }
        for (let i = 1; i < plan.length; i++) expect(plan[i]!.span.from).toBe(plan[i - 1]!.span.to);
        expect(plan.at(-1)!.span.to).toBe(now.toISOString());
      }),
    );
  });

  it('fetches days at risk as runs of consecutive days, skipping those already gone', () => {
    const plan = periodsForDays(['2026-09-05', '2026-09-04', '2026-09-20', '2026-01-01', '2026-12-01'], now);
    expect(plan.map((p) => [p.span.from, p.span.to])).toEqual([
      ['2026-09-04T00:00:00.000Z', '2026-09-06T00:00:00.000Z'],
      ['2026-09-20T00:00:00.000Z', '2026-09-21T00:00:00.000Z'],
      ['2026-12-01T00:00:00.000Z', now.toISOString()],
    ]);
  });

  it('reads the end of the latest complete fetch of a tenant', () => {
    const spans = [
      { tenantId: 'a', from: '2026-11-01T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z', complete: true, source: 'fetch' as const },
      { tenantId: 'a', from: '2026-11-05T00:00:00.000Z', to: '2026-11-09T00:00:00.000Z', complete: false, source: 'file' as const },
      { tenantId: 'b', from: '2026-11-05T00:00:00.000Z', to: '2026-11-10T00:00:00.000Z', complete: true, source: 'fetch' as const },
    ];
    expect(newestSpanEnd(spans, 'a')).toBe('2026-11-05T00:00:00.000Z');
    expect(newestSpanEnd(spans, 'c')).toBeUndefined();
  });
});
