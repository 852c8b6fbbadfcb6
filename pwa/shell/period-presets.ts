// The period presets of the filter bar (today, 7 and 30 days, the last month, 90 days; anything else is a custom
// From / to), as UTC days like the dashboard's period. "Last month" is the period Partner Center opens on and so
// the log's default (core's defaultPeriod): the bar names it rather than calling it custom. Pure, so the bar only
// renders what these say.
import { defaultPeriod } from '../../core/asking/activity-query';
import { utcDay } from '../../core/reading/utc-date';

export type PeriodPreset = 'today' | '7d' | '30d' | 'month' | '90d';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['today', '7d', '30d', 'month', '90d'];
const DAYS: Record<Exclude<PeriodPreset, 'month'>, number> = { today: 1, '7d': 7, '30d': 30, '90d': 90 };

/**
 * The preset's From / to ending today (UTC), today included: "7 days" is today and the six before it; "last month"
 * starts on today's date a month ago (the month before's last day when it has no such date).
 */
export function presetPeriod(preset: PeriodPreset, now: Date): { from: string; to: string } {
  if (preset === 'month') return defaultPeriod(now);
  const to = utcDay(now.toISOString());
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS[preset] - 1)));
  return { from: utcDay(from.toISOString()), to };
}

/**
 * Which preset a period is, or 'custom' when it is none of them (another end day, another length). In a March of a
 * leap year the last month is 30 days: the same days as "Last 30 days", which is then the one named.
 */
export function presetOf(period: { from?: string; to?: string }, now: Date): PeriodPreset | 'custom' {
  for (const p of PERIOD_PRESETS) {
    const q = presetPeriod(p, now);
    if (q.from === period.from && q.to === period.to) return p;
  }
  return 'custom';
}
