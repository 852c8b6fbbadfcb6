import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../../sample-server/sample-partner-center';
import { partnerCenterActivitySource, sampleServerActivitySource, type ActivitySource, type ActivityRequest } from './activity-source';
import { SAMPLE_SERVER_TOKEN } from './sample-server-address';
import type { FetchedPage } from './partner-center-client';

const now = new Date('2026-11-25T07:00:00.000Z');
const day = (offset: number): string => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
const noWait = { now, sleep: async () => {}, random: () => 0 };

async function collect(source: ActivitySource, request: ActivityRequest): Promise<FetchedPage[]> {
  const pages: FetchedPage[] = [];
  for await (const page of source.pages(request)) pages.push(page);
  return pages;
}

async function failure(source: ActivitySource, request: ActivityRequest): Promise<{ kind?: string; message?: string }> {
  try {
    await collect(source, request);
  } catch (error) {
    return error as { kind?: string; message?: string };
  }
  throw new Error('expected the fetch to fail');
}

describe('the sample server as an activity source', () => {
  let server: SamplePartnerCenter;
  beforeAll(async () => {
    server = await startSamplePartnerCenter({ count: 2000, seed: 11, now });
  });
  afterAll(() => server.close());

  it('brings every record of the period once, says it is sample data, and sends the sample token', async () => {
    const tokens: string[] = [];
    const spying: typeof fetch = (input, init) => {
      tokens.push(String((init?.headers as Record<string, string>).Authorization));
      return fetch(input, init);
    };
    const source = sampleServerActivitySource({ baseUrl: `${server.url}/`, fetch: spying, tuning: { ...noWait, pageSize: 100 } });
    expect(source.isSample).toBe(true);
    const pages = await collect(source, { from: day(40), to: day(0) });
    const ids = pages.flatMap((p) => p.records.map((r) => r.id)).sort();
    const expected = server.records.filter((r) => r.operationDate.slice(0, 10) >= day(40)).map((r) => r.id).sort();
    expect(ids).toEqual(expected);
    expect(new Set(tokens)).toEqual(new Set([`Bearer ${SAMPLE_SERVER_TOKEN}`]));
  });

  it('keeps only what the query asks for, and sends its one server condition', async () => {
    const customer = server.records[0]!.customerId;
    const urls: string[] = [];
    const source = sampleServerActivitySource({ baseUrl: server.url, fetch: (input, init) => (urls.push(String(input)), fetch(input, init)), tuning: noWait });
    const pages = await collect(source, { from: day(20), to: day(0), query: { customerId: customer } });
    const records = pages.flatMap((p) => p.records);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.customerId.toLowerCase() === customer.toLowerCase())).toBe(true);
    expect(urls.every((u) => new URL(u).searchParams.get('filter')?.includes('CustomerId'))).toBe(true);
  });

  it('rides out a throttled and a failing answer', async () => {
    server.failNext(429, 503);
    const source = sampleServerActivitySource({ baseUrl: server.url, fetch, tuning: noWait });
    const pages = await collect(source, { from: day(3), to: day(0) });
    expect(pages.flatMap((p) => p.records).length).toBe(server.records.filter((r) => r.operationDate.slice(0, 10) >= day(3)).length);
  });
});

/** A Partner Center that answers from a script: each call takes the next answer. */
function scriptedPartnerCenter(answers: ((url: URL, headers: Record<string, string>) => Response | Promise<Response>)[]) {
  const calls: { url: URL; headers: Record<string, string> }[] = [];
  const fake: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = init?.headers as Record<string, string>;
    calls.push({ url, headers });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected call ${url}`);
    return answer(url, headers);
  };
  return { fetch: fake, calls };
}

const item = (id: string, date = `${day(1)}T10:00:00Z`) => ({ id, operationDate: date, operationType: 'create_order', customerId: 'c-1', customerName: 'Contoso' });
const page = (items: unknown[], next?: string): Response =>
  new Response(JSON.stringify({ totalCount: items.length, items, links: next ? { next: { uri: '/v1/auditrecords?page=2', headers: [{ key: 'MS-ContinuationToken', value: next }] } } : undefined }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

describe('Partner Center as an activity source', () => {
  it('follows the continuation token to the last page, with the token the sign-in gives', async () => {
    const pc = scriptedPartnerCenter([() => page([item('a'), item('b')], 'tok-2'), (url, headers) => (expect(headers['MS-ContinuationToken']).toBe('tok-2'), page([item('c')]))]);
    const source = partnerCenterActivitySource({ baseUrl: 'https://api.partnercenter.microsoft.com', fetch: pc.fetch, getToken: async () => 'entra-token', tuning: noWait });
    expect(source.isSample).toBe(false);
    const pages = await collect(source, { from: day(5), to: day(0) });
    expect(pages.map((p) => p.records.map((r) => r.id))).toEqual([['a', 'b'], ['c']]);
    expect(pages.map((p) => p.lastOfChunk)).toEqual([false, true]);
    expect(pc.calls[0]!.url.origin).toBe('https://api.partnercenter.microsoft.com');
    expect(pc.calls[0]!.url.searchParams.get('startDate')).toBe(day(5));
    expect(pc.calls.every((c) => c.headers.Authorization === 'Bearer entra-token')).toBe(true);
  });

  it('retries a 500 and a 429, and asks for a fresh token once when the first is refused', async () => {
    const forced: boolean[] = [];
    const pc = scriptedPartnerCenter([
      () => new Response('{}', { status: 500 }),
      () => new Response('{}', { status: 429, headers: { 'Retry-After': '0' } }),
      () => new Response('{}', { status: 401 }),
      (_url, headers) => (expect(headers.Authorization).toBe('Bearer fresh'), page([item('a')])),
    ]);
    const source = partnerCenterActivitySource({
      baseUrl: 'https://api.partnercenter.microsoft.com',
      fetch: pc.fetch,
      getToken: async ({ forceRefresh }) => (forced.push(forceRefresh), forceRefresh ? 'fresh' : 'stale'),
      tuning: noWait,
    });
    const pages = await collect(source, { from: day(2), to: day(0) });
    expect(pages.flatMap((p) => p.records.map((r) => r.id))).toEqual(['a']);
    expect(pc.calls).toHaveLength(4);
    expect(forced).toEqual([false, true]);
  });

  it('gives up on a server that keeps failing, with a message for the user', async () => {
    const pc = scriptedPartnerCenter(Array.from({ length: 3 }, () => () => new Response('{}', { status: 503 })));
    const source = partnerCenterActivitySource({ baseUrl: 'https://api.partnercenter.microsoft.com', fetch: pc.fetch, getToken: async () => 't', tuning: { ...noWait, maxRetries: 2 } });
    expect(await failure(source, { from: day(2), to: day(0) })).toMatchObject({ kind: 'server', message: expect.stringContaining('HTTP 503') });
  });

  it('stops when cancelled: the request in flight is aborted and the pages end with a cancelled problem', async () => {
    const controller = new AbortController();
    let aborted = false;
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_ok, ko) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          ko(new DOMException('aborted', 'AbortError'));
        });
        controller.abort();
      });
    const source = partnerCenterActivitySource({ baseUrl: 'https://api.partnercenter.microsoft.com', fetch: hanging, getToken: async () => 't', tuning: noWait });
    expect(await failure(source, { from: day(2), to: day(0), signal: controller.signal })).toMatchObject({ kind: 'cancelled' });
    expect(aborted).toBe(true);
  });

  it('reports progress per chunk as pages arrive', async () => {
    const pc = scriptedPartnerCenter([() => page([item('a', `${day(40)}T10:00:00Z`)]), () => page([item('b')])]);
    const seen: number[] = [];
    const source = partnerCenterActivitySource({ baseUrl: 'https://api.partnercenter.microsoft.com', fetch: pc.fetch, getToken: async () => 't', tuning: { ...noWait, parallel: 1 } });
    await collect(source, { from: day(45), to: day(0), onProgress: (p) => seen.push(p.chunks) });
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([2]));
  });
});

describe('every surface fetches through the contract', () => {
  it('no extension or app file calls the Partner Center client itself', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../../', import.meta.url).pathname;
    const callers: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && /\bfetchAuditRecords\b/.test(readFileSync(path, 'utf8'))) callers.push(path.slice(root.length));
      }
    };
    for (const surface of ['extension', 'pwa']) walk(join(root, surface));
    expect(callers).toEqual([]);
  });
});
