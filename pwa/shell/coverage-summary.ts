// The header's one line about what the archive holds ("Covered 2 Sep – 1 Dec, 2 gaps"), from the same calendar the
// Archive coverage page draws (views/coverage-calendar.ts decides each day's state; this only counts): the first and
// last day held, the stretches missing between them, and the days about to be lost from Partner Center.
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import type { Lang } from '../../core/words/locale';
import { coverageTenants, tenantCoverage } from '../views/coverage-calendar';

export interface CoverageSummary {
  /** First and last day (yyyy-MM-dd) any tenant's archive holds, whole or in part. */
  from: string;
  to: string;
  /** Stretches of days missing between a tenant's first and last day held, over every tenant. */
  gaps: number;
  /** Days between those that are held only in part (a file, a sample, a cut fetch). */
  partialDays: number;
  /** Days not held whole that Partner Center forgets within the warning horizon (tenants the archive can name). */
  lostSoon: number;
}

/** Undefined while the archive holds no day at all. */
export function summariseCoverage(spans: readonly CoverageSpan[], now: Date): CoverageSummary | undefined {
  let from: string | undefined;
  let to: string | undefined;
  let gaps = 0;
  let partialDays = 0;
  let lostSoon = 0;
  for (const tenantId of coverageTenants(spans)) {
    const t = tenantCoverage(spans, tenantId, now);
    const days = t.months.flatMap((m) => m.days).filter((d) => d.state !== 'future');
    const held = (i: number) => days[i]!.state === 'complete' || days[i]!.state === 'partial';
    let first = 0;
    while (first < days.length && !held(first)) first++;
    let last = days.length - 1;
    while (last >= first && !held(last)) last--;
    if (first > last) continue;
    for (let i = first; i <= last; i++) {
      if (days[i]!.state === 'partial') partialDays++;
      else if (!held(i) && held(i - 1)) gaps++;
    }
    if (!from || days[first]!.day < from) from = days[first]!.day;
    if (!to || days[last]!.day > to) to = days[last]!.day;
    if (tenantId !== '') lostSoon += t.lostSoon.length;
  }
  return from && to ? { from, to, gaps, partialDays, lostSoon } : undefined;
}

/** "2 Sept – 1 Dec", with the years only when the range is not all in this year ("28 Dec 2025 – 3 Jan 2026"). */
export function coverageRangeText(summary: Pick<CoverageSummary, 'from' | 'to'>, lang: Lang, now: Date): string {
  const year = String(now.getUTCFullYear());
  const withYear = summary.from.slice(0, 4) !== year || summary.to.slice(0, 4) !== year;
  const format = new Intl.DateTimeFormat(lang === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  const day = (d: string) => format.format(new Date(`${d}T00:00:00.000Z`));
  return summary.from === summary.to ? day(summary.from) : `${day(summary.from)} – ${day(summary.to)}`;
}
