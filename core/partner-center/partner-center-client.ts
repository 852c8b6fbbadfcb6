// The Partner Center audit-record client (SPEC §2): splits a period into 30-day chunks, pages each with bounded
// parallelism, retries what is transient, and yields deduplicated records page by page. Pure: it takes `fetch`.
import type { ActivityRecord } from '../record/activity-record';
import type { AuditRecordPageJson, PartnerCenterErrorJson } from '../record/audit-record-json';
import { dateChunks, type DateChunk } from './date-chunks';
import { RecordDeduper } from '../record/dedupe';
import { PartnerCenterError, forbiddenError } from './partner-center-error';
import { recordFromAuditJson } from '../reading/record-from-audit-json';
import { backoffDelay, retryAfterMs } from './retry-policy';
import { foldText } from '../asking/fold-text';

export const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** The one condition the API's filter parameter carries. */
export interface ServerFilterCondition {
  Field: 'CompanyName' | 'CustomerId' | 'ResourceType';
  Value: string;
  Operator: string;
}

/**
 * What to keep. `server` is sent as the API filter (and re-checked locally); `matches` filters locally.
 * (Callers with an ActivityQuery pass { server: serverFilterFor(q), matches: compileQuery(q) }.)
 */
export interface FetchFilter {
  server?: ServerFilterCondition;
  matches?: (record: ActivityRecord) => boolean;
}

export interface FetchProgress {
  chunksDone: number;
  chunks: number;
  records: number;
  totalCount?: number;
  notice?: string;
}

export interface FetchedPage {
  records: ActivityRecord[];
  chunk: number;
  chunks: number;
  /** Set on every page when the start was moved to the oldest day Partner Center keeps. */
  clampNotice?: string;
  /** The days this page's chunk asked for (set by fetchAuditRecords; optional for hand-made pages). */
  period?: DateChunk;
  /** True on the chunk's last page: every record of `period` has now arrived (what coverage calls complete). */
  lastOfChunk?: boolean;
}

export interface FetchAuditRecordsOptions {
  baseUrl: string;
  fetch: typeof fetch;
  getToken: (o: { forceRefresh: boolean }) => Promise<string>;
  /** yyyy-MM-dd, inclusive, UTC. */
  from: string;
  to: string;
  now?: Date;
  filter?: FetchFilter;
  pageSize?: number;
  parallel?: number;
  signal?: AbortSignal;
  onProgress?: (p: FetchProgress) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  maxRetries?: number;
  newGuid?: () => string;
}

function cancelled(): PartnerCenterError {
  return new PartnerCenterError('cancelled', 'Fetching was cancelled.');
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function fallbackGuid(random: () => number): string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

function dayText(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function localServerMatch(f: ServerFilterCondition, r: ActivityRecord): boolean {
  // Folded like the core query, so the re-check never drops a record the user's query would keep.
  if (f.Field === 'CompanyName') return foldText(r.customerName).includes(foldText(f.Value));
  if (f.Field === 'CustomerId') return r.customerId.toLowerCase() === f.Value.toLowerCase();
  return r.resourceType === f.Value;
}

export async function* fetchAuditRecords(options: FetchAuditRecordsOptions): AsyncGenerator<FetchedPage> {
  const random = options.random ?? Math.random;
  const newGuid = options.newGuid ?? (() => globalThis.crypto?.randomUUID?.() ?? fallbackGuid(random));
  const sleep = options.sleep ?? abortableSleep;
  const maxRetries = options.maxRetries ?? 4;
  const pageSize = options.pageSize ?? 500;
  const now = options.now ?? new Date();
  const correlationId = newGuid();

  // Our own controller: aborting it stops every in-flight fetch and sleep when the caller cancels or one chunk fails.
  const inner = new AbortController();
  const onOuterAbort = (): void => inner.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) inner.abort();
  const signal = inner.signal;

  const oldest = dayText(Date.parse(dayText(now.getTime()) + 'T00:00:00.000Z') - RETENTION_DAYS * DAY_MS);
  let from = options.from;
  let clampNotice: string | undefined;
  if (from < oldest) {
    clampNotice = `Partner Center keeps ${RETENTION_DAYS} days of activity: showing from ${oldest} instead of ${from}.`;
    from = oldest;
  }
  const chunks = dateChunks(from, options.to);
  const progress: FetchProgress = { chunksDone: 0, chunks: chunks.length, records: 0, notice: clampNotice };
  let totalCount = 0;
  options.onProgress?.({ ...progress });

  const deduper = new RecordDeduper();
  const filter = options.filter;
  const keep = (r: ActivityRecord): boolean =>
    (!filter?.server || localServerMatch(filter.server, r)) && (!filter?.matches || filter.matches(r));

  /** One HTTP GET with retries; returns the parsed page. */
  const getPage = async (url: string, extraHeaders: { key: string; value: string }[]): Promise<AuditRecordPageJson> => {
    let refreshed = false;
    let token = await options.getToken({ forceRefresh: false });
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) throw cancelled();
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        'MS-RequestId': newGuid(),
        'MS-CorrelationId': correlationId,
      };
      for (const h of extraHeaders) headers[h.key] = h.value;
      let response: Response;
      try {
        response = await options.fetch(url, { method: 'GET', headers, signal });
      } catch {
        if (signal.aborted) throw cancelled();
        if (attempt >= maxRetries) throw new PartnerCenterError('network', 'Partner Center could not be reached. Check your connection and try again.');
        await sleep(backoffDelay(attempt, random), signal).catch(() => { throw cancelled(); });
        continue;
      }
      if (response.ok) {
        try {
          return (await response.json()) as AuditRecordPageJson;
        } catch {
          if (signal.aborted) throw cancelled();
          throw new PartnerCenterError('protocol', 'Partner Center sent a page that is not JSON.', response.status);
        }
      }
      const body = (await response.json().catch(() => undefined)) as PartnerCenterErrorJson | undefined;
      const status = response.status;
      if (status === 401) {
        if (refreshed) throw new PartnerCenterError('unauthorized', 'Your sign-in has expired or was refused: sign in again.', 401);
        refreshed = true;
        token = await options.getToken({ forceRefresh: true });
        attempt--;
        continue;
      }
      if (status === 403) throw forbiddenError();
      if (status === 429) {
        if (attempt >= maxRetries) throw new PartnerCenterError('throttled', 'Partner Center is busy (too many requests). Try again in a minute.', 429);
        const wait = retryAfterMs(response.headers.get('Retry-After'), Date.now()) ?? backoffDelay(attempt, random);
        await sleep(wait, signal).catch(() => { throw cancelled(); });
        continue;
      }
      if (status >= 500) {
        if (attempt >= maxRetries) throw new PartnerCenterError('server', `Partner Center had a problem (HTTP ${status}). Try again later.`, status);
        await sleep(backoffDelay(attempt, random), signal).catch(() => { throw cancelled(); });
        continue;
      }
      throw new PartnerCenterError(
        status === 400 ? 'bad-request' : 'protocol',
        body?.description ? `Partner Center refused the request: ${body.description}` : `Partner Center refused the request (HTTP ${status}).`,
        status,
      );
    }
  };

  // Async queue: chunk workers push pages, the generator yields them as they arrive.
  const queue: FetchedPage[] = [];
  let failure: unknown;
  let running = 0;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };

  const runChunk = async (index: number): Promise<void> => {
    const chunk = chunks[index]!;
    const params = new URLSearchParams({ startDate: chunk.from, endDate: chunk.to, size: String(pageSize) });
    if (filter?.server) params.set('filter', JSON.stringify(filter.server));
    let url = new URL('/v1/auditrecords?' + params.toString(), options.baseUrl).toString();
    let headers: { key: string; value: string }[] = [];
    const seenTokens = new Set<string>();
    for (;;) {
      const page = await getPage(url, headers);
      if (signal.aborted) throw cancelled();
      if (!page || !Array.isArray(page.items)) throw new PartnerCenterError('protocol', 'Partner Center sent a page without items.');
      totalCount += typeof page.totalCount === 'number' ? page.totalCount : page.items.length;
      const records: ActivityRecord[] = [];
      for (const raw of page.items) {
        const result = recordFromAuditJson(raw, 'api');
        if ('record' in result && keep(result.record) && deduper.add(result.record)) records.push(result.record);
      }
      progress.records += records.length;
      const next = page.links?.next;
      queue.push({ records, chunk: index + 1, chunks: chunks.length, clampNotice, period: chunk, lastOfChunk: !next });
      notify();
      if (!next) break;
      const token = next.headers?.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value ?? '';
      const key = next.uri + '\n' + token;
      if (seenTokens.has(key)) throw new PartnerCenterError('protocol', 'Partner Center repeated a continuation token; stopped to avoid a loop.');
      seenTokens.add(key);
      url = new URL(next.uri, options.baseUrl).toString();
      headers = next.headers ?? [];
    }
  };

  let nextChunk = 0;
  const startWorkers = (): void => {
    while (!failure && running < (options.parallel ?? 3) && nextChunk < chunks.length) {
      const index = nextChunk++;
      running++;
      runChunk(index).then(
        () => {
          running--;
          progress.chunksDone++;
          startWorkers();
          notify();
        },
        (e: unknown) => {
          running--;
          failure ??= e;
          inner.abort();
          notify();
        },
      );
    }
  };

  try {
    startWorkers();
    for (;;) {
      if (options.signal?.aborted) throw cancelled();
      if (failure) throw failure;
      const page = queue.shift();
      if (page) {
        options.onProgress?.({ ...progress, totalCount });
        yield page;
        continue;
      }
      if (running === 0 && nextChunk >= chunks.length) break;
      await new Promise<void>((r) => (wake = r));
    }
    options.onProgress?.({ ...progress, totalCount });
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
    inner.abort();
  }
}
