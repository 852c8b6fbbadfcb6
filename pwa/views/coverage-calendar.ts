// The coverage picture's content, worked out once from the spans (core decides what each day's state is):
// a calendar of months, each day with its state and, while Partner Center still has it, the day it is lost.
import { coverageByDay, daysAtRisk, PARTNER_CENTER_RETENTION_DAYS, type CoverageSpan, type DayState } from '../../core/archive/archive-coverage';

/** What a calendar cell shows: the day's state, 'gone' for a missing day Partner Center no longer has, 'future' after today. */
export type CalendarState = DayState | 'gone' | 'future';

export interface CalendarDay {
  day: string;
  dayOfMonth: number;
  state: CalendarState;
  /** Set while Partner Center still has the day and the archive does not hold all of it. */
  losesOn?: string;
}

export interface CalendarMonth {
  /** yyyy-MM */
  month: string;
  days: CalendarDay[];
}

export interface TenantCoverage {
  tenantId: string;
  months: CalendarMonth[];
  /** Not complete, still in Partner Center: oldest first. */
  atRisk: { day: string; losesOn: string }[];
  /** Those of atRisk lost within `soonDays`. */
  lostSoon: { day: string; losesOn: string }[];
}

/** The warning horizon: the extension notifies a week ahead, the picture says the same. */
export const SOON_DAYS = 7;

const DAY_MS = 86_400_000;
const dayText = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Tenants with any span: the partner's own first, then the sample, then files that name no tenant (''). */
export function coverageTenants(spans: readonly CoverageSpan[], sampleTenantId = ''): string[] {
  const rank = (id: string) => (id === '' ? 2 : id === sampleTenantId ? 1 : 0);
  return [...new Set(spans.map((s) => s.tenantId))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** One tenant's calendar from the first month any span touches (or the 90 days, if earlier) to today's month. */
export function tenantCoverage(spans: readonly CoverageSpan[], tenantId: string, now: Date): TenantCoverage {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const oldestKept = today - (PARTNER_CENTER_RETENTION_DAYS - 1) * DAY_MS;
  let first = oldestKept;
  for (const s of spans) {
    if (s.tenantId !== tenantId) continue;
    const t = Date.parse(s.from);
    if (Number.isFinite(t) && t < first) first = Math.floor(t / DAY_MS) * DAY_MS;
  }
  const firstDay = dayText(first).slice(0, 8) + '01';
  const todayText = dayText(today);
  const lastDay = dayText(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  const states = coverageByDay(spans, firstDay, todayText, tenantId);
  const atRisk = daysAtRisk(spans, now, tenantId);
  const losesOn = new Map(atRisk.map((r) => [r.day, r.losesOn]));
  const months: CalendarMonth[] = [];
  const push = (day: string, state: CalendarState, lost?: string) => {
    const month = day.slice(0, 7);
    let m = months[months.length - 1];
    if (!m || m.month !== month) months.push((m = { month, days: [] }));
    m.days.push({ day, dayOfMonth: Number(day.slice(8, 10)), state, ...(lost ? { losesOn: lost } : {}) });
  };
  for (const { day, state } of states) {
    const lost = losesOn.get(day);
    push(day, state === 'missing' && !lost ? 'gone' : state, lost);
  }
  for (let t = today + DAY_MS; dayText(t) <= lastDay; t += DAY_MS) push(dayText(t), 'future');
  const soonLimit = dayText(today + SOON_DAYS * DAY_MS);
  return { tenantId, months, atRisk, lostSoon: atRisk.filter((r) => r.losesOn <= soonLimit) };
}
