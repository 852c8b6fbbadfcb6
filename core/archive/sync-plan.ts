// What the extension's automatic sync fetches next: from the newest moment already kept (the archive's newest
// record, or the end of the last fetch still waiting for the app), minus a small overlap, to now; never before the
// oldest day Partner Center still has; in ≤30-day periods (the API's limit per request), oldest first so that a
// failure leaves exactly the rest for the next run. Pure: the caller passes what is kept and the clock.
import type { CoverageSpan } from './archive-coverage';
import { dateChunks } from '../partner-center/date-chunks';

const DAY_MS = 86_400_000;

/** Records this close before the newest kept moment are fetched again: dedupe makes the overlap harmless. */
export const SYNC_OVERLAP_MS = 60 * 60_000;
/** The API answers whole days; Partner Center keeps 90, so today and the 89 days before it are asked for. */
export const SYNC_WINDOW_DAYS = 90;
export const SYNC_MAX_PERIOD_DAYS = 30;

/** One request's worth: the days to ask for, which records to keep, and the span it covers once fetched whole. */
export interface SyncPeriod {
  /** yyyy-MM-dd, inclusive, UTC: what the API is asked for. */
  from: string;
  to: string;
  /** Records before this instant are already kept; the rest of the period's days is the overlap. */
  keepFrom: string;
  /** The stretch of time this period covers when its fetch reaches its last page (`to` exclusive). */
  span: { from: string; to: string };
}

export interface SyncPlanInput {
  now: Date;
  /** The newest instant already kept (UTC ISO), if any: the archive's newest record or the last fetch's end. */
  newestKept?: string;
  overlapMs?: number;
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first instant Partner Center still answers for. */
export function oldestFetchable(now: Date): number {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return today - (SYNC_WINDOW_DAYS - 1) * DAY_MS;
}

/** The periods to fetch now, oldest first; empty when nothing is new (a clock that went backwards included). */
export function planSync(input: SyncPlanInput): SyncPeriod[] {
  const now = input.now.getTime();
  if (!Number.isFinite(now)) return [];
  const oldest = oldestFetchable(input.now);
  const kept = input.newestKept ? Date.parse(input.newestKept) : Number.NaN;
  const start = Number.isFinite(kept) ? Math.max(oldest, Math.min(kept, now) - (input.overlapMs ?? SYNC_OVERLAP_MS)) : oldest;
  if (start >= now) return [];
  return periodsFor(start, now);
}

/** The periods that fetch [startMs, endMs) whole, oldest first (also for "fetch the days at risk"). */
export function periodsFor(startMs: number, endMs: number): SyncPeriod[] {
  const keepFrom = new Date(startMs).toISOString();
  return dateChunks(dayText(startMs), dayText(endMs - 1), SYNC_MAX_PERIOD_DAYS)
    .reverse()
    .map((chunk) => ({
      from: chunk.from,
      to: chunk.to,
      keepFrom,
      span: {
        from: new Date(Math.max(startMs, Date.parse(`${chunk.from}T00:00:00.000Z`))).toISOString(),
        to: new Date(Math.min(endMs, Date.parse(`${chunk.to}T00:00:00.000Z`) + DAY_MS)).toISOString(),
      },
    }));
}

/**
 * The periods that fetch the given days (yyyy-MM-dd, e.g. those at risk of being lost) whole: consecutive days
 * join, each run cut at 30 days; today's period ends now.
 */
export function periodsForDays(days: readonly string[], now: Date): SyncPeriod[] {
  const starts = [...new Set(days)]
    .map((d) => Date.parse(`${d}T00:00:00.000Z`))
    .filter((t) => Number.isFinite(t) && t >= oldestFetchable(now) && t < now.getTime())
    .sort((a, b) => a - b);
  const out: SyncPeriod[] = [];
  let runStart: number | undefined;
  let runEnd = 0;
  const flush = (): void => {
    if (runStart !== undefined) out.push(...periodsFor(runStart, Math.min(runEnd, now.getTime())));
  };
  for (const t of starts) {
    if (runStart !== undefined && t === runEnd) {
      runEnd = t + DAY_MS;
      continue;
    }
    flush();
    runStart = t;
    runEnd = t + DAY_MS;
  }
  flush();
  return out;
}

/** The newest instant a set of spans of one tenant reaches (the end of the latest fetch), if any. */
export function newestSpanEnd(spans: readonly CoverageSpan[], tenantId: string): string | undefined {
  let best: string | undefined;
  for (const s of spans) if (s.tenantId === tenantId && s.complete && (!best || s.to > best)) best = s.to;
  return best;
}
