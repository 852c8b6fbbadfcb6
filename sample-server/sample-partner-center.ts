// A local stand-in for Partner Center's GET /v1/auditrecords (SPEC §2), so the client, the apps and the tests
// run against an honest copy of the API without the internet. Loopback only; fed by the seeded sample generator.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateAuditRecords } from '../sample-data/sample-generator';
import { LiveRecordFeed } from './live-records';
import type { AuditRecordJson, AuditRecordPageJson, PartnerCenterErrorJson } from '../core/record/audit-record-json';

/** Partner Center keeps 90 days of audit records; one request may span 30 days; a page holds at most 500. */
export const RETENTION_DAYS = 90;
export const MAX_SPAN_DAYS = 30;
export const MAX_PAGE_SIZE = 500;
const DAY_MS = 86_400_000;

export type FaultStatus = 429 | 500 | 503 | 401 | 403;

export interface SampleServerOptions {
  port?: number;
  count?: number;
  seed?: number;
  /** The sample's "now"; default: server start time, so the data always looks fresh. */
  now?: Date;
  /** Added to every API request, in ms. */
  latency?: number;
  /** Random faults per request, e.g. "429:0.1,500:0.05", and/or a deterministic queue for tests. */
  faults?: string | { random?: string; failNext?: FaultStatus[] };
  /** Retry-After seconds sent with a 429 (default 1). */
  retryAfterSeconds?: number;
  /**
   * Live mode: new records keep arriving after `now` as time passes (default about 3 a minute), and the 90-day
   * window moves with the clock. Off by default: tests that count records see a fixed set.
   */
  live?: boolean | { recordsPerMinute?: number };
  /** The server's clock in live mode; default `now` plus the real time elapsed since start. Tests pass a fake one. */
  clock?: () => Date;
}

export interface SamplePartnerCenter {
  url: string;
  close(): Promise<void>;
  /** API requests answered so far (tests and benches count them). */
  readonly requests: number;
  /** Queue deterministic faults: the next requests answer these statuses in order. */
  failNext(...statuses: FaultStatus[]): void;
  /** The records served, newest first, as the generator produced them. */
  readonly records: readonly AuditRecordJson[];
  /** The start: the generated history ends here (live records arrive after it). */
  readonly now: Date;
  readonly live: boolean;
  /** The server's current time: `now` unless live. */
  currentTime(): Date;
}

function parseFaultSpec(spec: string | undefined): { status: FaultStatus; p: number }[] {
  if (!spec) return [];
  return spec.split(',').filter(Boolean).map((part) => {
    const [s, p] = part.split(':');
    const status = Number(s) as FaultStatus;
    const prob = Number(p);
    if (![429, 500, 503, 401, 403].includes(status) || !(prob >= 0 && prob <= 1)) {
      throw new Error(`Bad fault "${part}": expected STATUS:PROBABILITY, e.g. 429:0.1`);
    }
    return { status, p: prob };
  });
}

/** yyyy-MM-dd (start of that UTC day) or a full ISO time; undefined when unreadable. */
function parseDate(text: string, endOfDay: boolean): number | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const t = Date.parse(`${text}T00:00:00.000Z`);
    return Number.isNaN(t) ? undefined : endOfDay ? t + DAY_MS - 1 : t;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

interface PageQuery {
  start: number;
  end: number;
  size: number;
  filter?: { Field: string; Value: string; Operator: string };
  offset: number;
}

class BadRequest extends Error {}

const FILTER_FIELDS: Record<string, string> = {
  CompanyName: 'substring',
  CustomerId: 'equals',
  ResourceType: 'equals',
};

function parseFilter(text: string | null): PageQuery['filter'] {
  if (text === null || text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest('The filter is not valid JSON.');
  }
  const f = value as Record<string, unknown>;
  if (!f || typeof f !== 'object' || typeof f.Field !== 'string' || typeof f.Value !== 'string' || typeof f.Operator !== 'string') {
    throw new BadRequest('The filter must be one condition {"Field","Value","Operator"}.');
  }
  const op = FILTER_FIELDS[f.Field];
  if (!op) throw new BadRequest(`Filtering on "${f.Field}" is not supported (CompanyName, CustomerId, ResourceType).`);
  if (f.Operator.toLowerCase() !== op) throw new BadRequest(`Field ${f.Field} supports the "${op}" operator only.`);
  return { Field: f.Field, Value: f.Value, Operator: op };
}

function errorBody(code: number, description: string): PartnerCenterErrorJson {
  return { code, description, data: [], source: 'PartnerApi' };
}

const ALLOWED_ORIGIN = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?|chrome-extension:\/\/[a-z0-9]+|moz-extension:\/\/[0-9a-f-]+)$/i;

export async function startSamplePartnerCenter(options: SampleServerOptions = {}): Promise<SamplePartnerCenter> {
  const now = options.now ?? new Date();
  const count = options.count ?? 20_000;
  const faultSpec = typeof options.faults === 'string' ? options.faults : options.faults?.random;
  const randomFaults = parseFaultSpec(faultSpec);
  const queued: FaultStatus[] = typeof options.faults === 'object' ? [...(options.faults.failNext ?? [])] : [];
  const retryAfter = options.retryAfterSeconds ?? 1;
  const latency = options.latency ?? 0;
  const seed = options.seed ?? 1;
  const live = !!options.live;
  const startedAt = Date.now();
  const clock = options.clock ?? (() => new Date(now.getTime() + (Date.now() - startedAt)));
  const currentTime = (): Date => (live ? clock() : now);
  const feed = live
    ? new LiveRecordFeed({ seed, start: now, recordsPerMinute: typeof options.live === 'object' ? options.live.recordsPerMinute : undefined })
    : undefined;

  // Newest first, as the generator gives them and as Partner Center pages them; binary search on time.
  const records = [...generateAuditRecords({ count, seed, now, days: RETENTION_DAYS })];
  records.sort((a, b) => (a.operationDate < b.operationDate ? 1 : a.operationDate > b.operationDate ? -1 : 0));
  const times = records.map((r) => Date.parse(r.operationDate));
  /** First index whose time is <= t (times descend). */
  const firstAtOrBefore = (t: number): number => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! > t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const oldestAllowed = (at: Date): number => Date.parse(at.toISOString().slice(0, 10) + 'T00:00:00.000Z') - RETENTION_DAYS * DAY_MS;

  /** Live mode: what has arrived since the last request goes in front (newest first), before anything is read. */
  const takeArrivals = (at: Date): void => {
    const arrived = feed?.arrivedBy(at) ?? [];
    for (const r of arrived) {
      records.unshift(r);
      times.unshift(Date.parse(r.operationDate));
    }
  };

  let requests = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const queryFromUrl = (url: URL, at: Date): PageQuery => {
    const startText = url.searchParams.get('startDate');
    if (!startText) throw new BadRequest('startDate is required.');
    const start = parseDate(startText, false);
    if (start === undefined) throw new BadRequest(`startDate "${startText}" is not a date (yyyy-MM-dd or ISO 8601).`);
    const endText = url.searchParams.get('endDate');
    const end = endText ? parseDate(endText, true) : at.getTime();
    if (end === undefined) throw new BadRequest(`endDate "${endText}" is not a date (yyyy-MM-dd or ISO 8601).`);
    if (start < oldestAllowed(at)) throw new BadRequest(`startDate must be within the last ${RETENTION_DAYS} days.`);
    if (end < start) throw new BadRequest('endDate is before startDate.');
    if (end - start >= MAX_SPAN_DAYS * DAY_MS) throw new BadRequest(`One request may span at most ${MAX_SPAN_DAYS} days.`);
    const sizeText = url.searchParams.get('size');
    const size = sizeText === null ? MAX_PAGE_SIZE : Number(sizeText);
    // Over the documented maximum is refused rather than clamped, so a client bug shows at once.
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw new BadRequest(`size must be 1..${MAX_PAGE_SIZE}.`);
    // The end is pinned to "now" in the continuation token, so records arriving while a client pages (live
    // mode) wait for its next fetch instead of shifting the pages under it.
    return { start, end: Math.min(end, at.getTime()), size, filter: parseFilter(url.searchParams.get('filter')), offset: 0 };
  };

  const matches = (r: AuditRecordJson, f: NonNullable<PageQuery['filter']>): boolean => {
    if (f.Field === 'CompanyName') return r.customerName.toLowerCase().includes(f.Value.toLowerCase());
    if (f.Field === 'CustomerId') return r.customerId.toLowerCase() === f.Value.toLowerCase();
    return r.resourceType === f.Value;
  };

  const page = (q: PageQuery): AuditRecordPageJson => {
    const from = firstAtOrBefore(q.end);
    const to = firstAtOrBefore(q.start - 1);
    const items: AuditRecordJson[] = [];
    let matched = 0;
    for (let i = from; i < to; i++) {
      const r = records[i]!;
      if (q.filter && !matches(r, q.filter)) continue;
      if (matched >= q.offset && items.length < q.size) items.push(r);
      matched++;
      if (!q.filter && items.length === q.size) {
        matched = to - from;
        break;
      }
    }
    const next = q.offset + items.length < matched;
    const selfUri = '/v1/auditrecords?' + new URLSearchParams({ startDate: new Date(q.start).toISOString(), endDate: new Date(q.end).toISOString(), size: String(q.size) }).toString();
    const body: AuditRecordPageJson = {
      totalCount: items.length,
      items,
      links: { self: { uri: selfUri, method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    };
    if (next) {
      const token = Buffer.from(JSON.stringify({ ...q, offset: q.offset + items.length })).toString('base64url');
      body.links.next = { uri: selfUri, method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: token }] };
    }
    return body;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin;
    const cors: Record<string, string> = {};
    if (origin && ALLOWED_ORIGIN.test(origin)) {
      cors['Access-Control-Allow-Origin'] = origin;
      cors['Vary'] = 'Origin';
      cors['Access-Control-Expose-Headers'] = 'Retry-After';
    }
    for (const [k, v] of Object.entries(cors)) res.setHeader(k, v);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      if (cors['Access-Control-Allow-Origin']) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Accept, MS-RequestId, MS-CorrelationId, MS-ContinuationToken');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.writeHead(204);
      res.end();
      return;
    }
    const at = currentTime();
    takeArrivals(at);
    if (req.method === 'GET' && url.pathname === '/health') {
      send(res, 200, { ok: true, sample: true, count: records.length, ...(live ? { live: true, now: at.toISOString() } : {}) });
      return;
    }
    if (req.method !== 'GET' || url.pathname.toLowerCase() !== '/v1/auditrecords') {
      send(res, 404, errorBody(404, 'Not found.'));
      return;
    }
    requests++;
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    const auth = req.headers.authorization ?? '';
    if (!/^Bearer \S+/.test(auth)) {
      send(res, 401, errorBody(401, 'The access token is missing or invalid.'));
      return;
    }
    let fault = queued.shift();
    if (fault === undefined) {
      for (const f of randomFaults) if (Math.random() < f.p) { fault = f.status; break; }
    }
    if (fault !== undefined) {
      const text: Record<FaultStatus, string> = {
        429: 'Too many requests. Try again later.',
        500: 'Internal server error (sample fault).',
        503: 'Service unavailable (sample fault).',
        401: 'The access token has expired.',
        403: 'The user does not have a role that allows reading audit records.',
      };
      send(res, fault, errorBody(fault, text[fault]), fault === 429 ? { 'Retry-After': String(retryAfter) } : {});
      return;
    }
    try {
      const token = req.headers['ms-continuationtoken'];
      let q: PageQuery;
      if (typeof token === 'string' && token) {
        try {
          q = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as PageQuery;
          if (typeof q.offset !== 'number' || typeof q.start !== 'number') throw new Error();
        } catch {
          throw new BadRequest('The continuation token is not valid.');
        }
      } else {
        q = queryFromUrl(url, at);
      }
      send(res, 200, page(q));
    } catch (e) {
      if (e instanceof BadRequest) send(res, 400, errorBody(400, e.message));
      else send(res, 500, errorBody(500, 'Internal server error.'));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorBody(500, 'Internal server error.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    failNext(...statuses: FaultStatus[]) {
      queued.push(...statuses);
    },
    get records() {
      takeArrivals(currentTime());
      return records;
    },
    now,
    live,
    currentTime,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
