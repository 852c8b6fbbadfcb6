// The period presets of the filter bar (today, 7, 30, 90 days; anything else is a custom From / to), as UTC days
// like the dashboard's period. Pure, so the bar only renders what these say.
import { utcDay } from '../../core/reading/utc-date';

export type PeriodPreset = 'today' | '7d' | '30d' | '90d';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['today', '7d', '30d', '90d'];
const DAYS: Record<PeriodPreset, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

/** The preset's From / to ending today (UTC), today included: "7 days" is today and the six before it. */
export function presetPeriod(preset: PeriodPreset, now: Date): { from: string; to: string } {
  const to = utcDay(now.toISOString());
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS[preset] - 1)));
  return { from: utcDay(from.toISOString()), to };
}

/** Which preset a period is, or 'custom' when it is none of them (another end day, another length). */
export function presetOf(period: { from?: string; to?: string }, now: Date): PeriodPreset | 'custom' {
  for (const p of PERIOD_PRESETS) {
    const q = presetPeriod(p, now);
    if (q.from === period.from && q.to === period.to) return p;
  }
  return 'custom';
}
