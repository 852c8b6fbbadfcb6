// What the archive holds, day by day: Partner Center forgets after 90 days, so the user must see which days are
// kept whole (a full fetch succeeded), which only in part (a file, a cut fetch), which not at all, and when each
// day still missing is lost for good. Pure: the spans come from the app's store and the extension's sync.

/** One fetched or imported stretch of time. Instants are UTC ISO strings, `to` exclusive. */
export interface CoverageSpan {
  tenantId: string;
  from: string;
  to: string;
  /** True only when every record of [from, to) was fetched (the fetch ran to its last page). */
  complete: boolean;
  source: 'fetch' | 'file';
}

export type DayState = 'complete' | 'partial' | 'missing';

/** Partner Center's audit-record API keeps this many days (SPEC §2). */
export const PARTNER_CENTER_RETENTION_DAYS = 90;

const DAY_MS = 86_400_000;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(day: string): number {
  return DAY_TEXT.test(day) ? Date.parse(`${day}T00:00:00.000Z`) : Number.NaN;
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

type Interval = [start: number, end: number];

/** The spans' instants as sorted, merged, non-empty intervals (touching ones joined). */
function merged(spans: readonly CoverageSpan[], keep: (s: CoverageSpan) => boolean): Interval[] {
  const list: Interval[] = [];
  for (const s of spans) {
    if (!keep(s)) continue;
    const start = Date.parse(s.from);
    const end = Date.parse(s.to);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) list.push([start, end]);
  }
  list.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of list) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/** Walks days in order against merged intervals: each call moves forward only, so a whole history is linear. */
class IntervalCursor {
  private i = 0;
  constructor(private readonly intervals: Interval[]) {}
  /** Whether [start, end) lies inside one interval (merged intervals never touch, so one is enough). */
  covers(start: number, end: number): boolean {
    this.skipBefore(start);
    const iv = this.intervals[this.i];
    return !!iv && iv[0] <= start && iv[1] >= end;
  }
  /** Whether any interval overlaps [start, end) by a positive length. */
  overlaps(start: number, end: number): boolean {
    this.skipBefore(start);
    const iv = this.intervals[this.i];
    return !!iv && iv[0] < end && iv[1] > start;
  }
  private skipBefore(start: number): void {
    while (this.i < this.intervals.length && this.intervals[this.i]![1] <= start) this.i++;
  }
}

/** Each UTC day (yyyy-MM-dd) of [firstDay, lastDay] with its state for one tenant: complete = covered entirely by complete fetch spans. */
export function coverageByDay(
  spans: readonly CoverageSpan[],
  firstDay: string,
  lastDay: string,
  tenantId: string,
): { day: string; state: DayState }[] {
  const first = dayStart(firstDay);
  const last = dayStart(lastDay);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return [];
  const mine = spans.filter((s) => s.tenantId === tenantId);
  const complete = new IntervalCursor(merged(mine, (s) => s.complete && s.source === 'fetch'));
  const any = new IntervalCursor(merged(mine, () => true));
  const out: { day: string; state: DayState }[] = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const end = t + DAY_MS;
    const state: DayState = complete.covers(t, end) ? 'complete' : any.overlaps(t, end) ? 'partial' : 'missing';
    out.push({ day: dayText(t), state });
  }
  return out;
}

/** The UTC day Partner Center no longer has a day's records: `PARTNER_CENTER_RETENTION_DAYS` after it. */
function losesOn(dayMs: number): string {
  return dayText(dayMs + PARTNER_CENTER_RETENTION_DAYS * DAY_MS);
}

/** Days not complete that Partner Center still has (last 90 days) and the UTC day each is lost; `withinDays` limits to those lost that soon. */
export function daysAtRisk(
  spans: readonly CoverageSpan[],
  now: Date,
  tenantId: string,
  withinDays?: number,
): { day: string; losesOn: string }[] {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  if (!Number.isFinite(today)) return [];
  // Day D is still there while today < D + 90 days, so the oldest kept day is today - 89.
  const oldest = today - (PARTNER_CENTER_RETENTION_DAYS - 1) * DAY_MS;
  const days = coverageByDay(spans, dayText(oldest), dayText(today), tenantId);
  const limit = withinDays === undefined ? Number.POSITIVE_INFINITY : today + Math.max(0, withinDays) * DAY_MS;
  const out: { day: string; losesOn: string }[] = [];
  for (const { day, state } of days) {
    if (state === 'complete') continue;
    const start = dayStart(day);
    if (start + PARTNER_CENTER_RETENTION_DAYS * DAY_MS > limit) continue;
    out.push({ day, losesOn: losesOn(start) });
  }
  return out;
}
