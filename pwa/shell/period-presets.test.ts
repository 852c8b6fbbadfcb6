import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPeriod } from '../../core/asking/activity-query';
import { PERIOD_PRESETS, presetOf, presetPeriod } from './period-presets';

describe('period presets', () => {
  it('end today (UTC) and count today as one of their days', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    expect(presetPeriod('today', now)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetPeriod('7d', now)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(presetPeriod('90d', now)).toEqual({ from: '2025-12-02', to: '2026-03-01' });
    expect(presetPeriod('month', new Date('2026-03-31T08:00:00Z'))).toEqual({ from: '2026-02-28', to: '2026-03-31' });
  });

  it('name the log’s default period (Partner Center’s last month), never "custom"', () => {
    expect(presetOf(defaultPeriod(new Date('2026-12-01T10:00:00Z')), new Date('2026-12-01T10:00:00Z'))).toBe('month');
    // A leap year's March: the last month is the same 30 days as "Last 30 days".
    expect(presetOf(defaultPeriod(new Date('2028-03-15T10:00:00Z')), new Date('2028-03-15T10:00:00Z'))).toBe('30d');
  });

  it('are recognised back from their period on any day, and anything else is custom', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (now) => {
        // Each preset is recognised as itself, or as an earlier one holding the very same days (see presetOf).
        for (const p of PERIOD_PRESETS) expect(presetPeriod(presetOf(presetPeriod(p, now), now) as typeof p, now)).toEqual(presetPeriod(p, now));
        expect(presetOf(defaultPeriod(now), now)).not.toBe('custom');
        const week = presetPeriod('7d', now);
        expect(presetOf({ from: week.from, to: '1999-12-31' }, now)).toBe('custom');
      }),
    );
  });
});
