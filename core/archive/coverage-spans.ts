// How what just arrived becomes coverage spans (core/archive/archive-coverage.ts): a file or generated sample only
// touches days (partial: nobody knows what it left out); an unfiltered fetch covers each 30-day chunk it
// finished (complete) and only part of one it was cut in (partial). Shared by the app's import worker and
// whatever else fetches for the archive.
import type { ActivityRecord } from '../record/activity-record';
import type { CoverageSpan } from './archive-coverage';
import { RETENTION_DAYS, type FetchedPage } from '../partner-center/partner-center-client';

const DAY_MS = 86_400_000;
const dayStart = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);
const iso = (ms: number): string => new Date(ms).toISOString();

/** Counts the UTC days records fall on, per partner tenant; each run of consecutive days becomes one partial span. */
export class RecordDayTally {
  private readonly days = new Map<string, Set<string>>();

  /** `tenantId` stands in for records that name no partner (the dashboard's CSV has no partnerId column). */
  constructor(private readonly tenantId = '') {}

  note(records: Iterable<ActivityRecord>): void {
    for (const r of records) {
      const day = r.operationDate.slice(0, 10);
      if (day.length !== 10) continue;
      const tenant = r.partnerId || this.tenantId;
      let set = this.days.get(tenant);
      if (!set) this.days.set(tenant, (set = new Set()));
      set.add(day);
    }
  }

  /** The same chunks, noted as they pass (for a stream of records on its way into the store). */
  async *through(chunks: AsyncIterable<readonly ActivityRecord[]> | Iterable<readonly ActivityRecord[]>): AsyncGenerator<readonly ActivityRecord[]> {
    for await (const chunk of chunks) {
      this.note(chunk);
      yield chunk;
    }
  }

  /** The partner tenants seen so far. */
  tenants(): string[] {
    return [...this.days.keys()];
  }

  spans(source: CoverageSpan['source'] = 'file'): CoverageSpan[] {
    const out: CoverageSpan[] = [];
    for (const [tenantId, set] of this.days) {
      const starts = [...set].map(dayStart).filter(Number.isFinite).sort((a, b) => a - b);
      let i = 0;
      while (i < starts.length) {
        const first = starts[i]!;
        let last = first;
        while (i + 1 < starts.length && starts[i + 1]! - last <= DAY_MS) last = starts[++i]!;
        out.push({ tenantId, from: iso(first), to: iso(last + DAY_MS), complete: false, source });
        i++;
      }
    }
    return out;
  }
}

/**
 * Follows an unfiltered fetch page by page. A chunk whose last page arrived is complete from its first day up
 * to when the fetch started (nothing newer could be in it); a chunk that began but did not finish is partial.
 * Chunks that never sent a page are left out: the archive has nothing of them.
 */
export class FetchCoverageTally {
  private readonly chunks = new Map<string, { from: number; to: number; done: boolean }>();

  constructor(
    private readonly tenantId: string,
    private readonly startedAt: Date,
  ) {}

  page(page: FetchedPage): void {
    if (!page.period) return;
    const key = `${page.period.from}/${page.period.to}`;
    const chunk = this.chunks.get(key) ?? { from: dayStart(page.period.from), to: dayStart(page.period.to) + DAY_MS, done: false };
    if (page.lastOfChunk) chunk.done = true;
    this.chunks.set(key, chunk);
  }

  spans(): CoverageSpan[] {
    const until = this.startedAt.getTime();
    const out: CoverageSpan[] = [];
    for (const c of this.chunks.values()) {
      const to = Math.min(c.to, until);
      if (!(to > c.from)) continue;
      out.push({ tenantId: this.tenantId, from: iso(c.from), to: iso(to), complete: c.done, source: 'fetch' });
    }
    return out.sort((a, b) => (a.from < b.from ? -1 : 1));
  }
}

/**
 * A whole unfiltered fetch of the days [from, to] that ran to its end, for each tenant it brought records of
 * (one that brought none names no tenant, so it records nothing): complete from the oldest day Partner Center
 * still serves up to when the fetch started.
 */
export function periodFetchSpans(tenantIds: readonly string[], from: string, to: string, startedAt: Date): CoverageSpan[] {
  const today = Math.floor(startedAt.getTime() / DAY_MS) * DAY_MS;
  const start = Math.max(dayStart(from), today - RETENTION_DAYS * DAY_MS);
  const end = Math.min(dayStart(to) + DAY_MS, startedAt.getTime());
  if (!(end > start)) return [];
  return tenantIds.map((tenantId) => ({ tenantId, from: iso(start), to: iso(end), complete: true, source: 'fetch' as const }));
}
