import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PERIOD_PRESETS, presetOf, presetPeriod } from './period-presets';

describe('period presets', () => {
  it('end today (UTC) and count today as one of their days', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    expect(presetPeriod('today', now)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetPeriod('7d', now)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(presetPeriod('90d', now)).toEqual({ from: '2025-12-02', to: '2026-03-01' });
  });

  it('are recognised back from their period on any day, and anything else is custom', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (now) => {
        for (const p of PERIOD_PRESETS) expect(presetOf(presetPeriod(p, now), now)).toBe(p);
        const week = presetPeriod('7d', now);
        expect(presetOf({ from: week.from, to: '1999-12-31' }, now)).toBe('custom');
      }),
    );
  });
});
