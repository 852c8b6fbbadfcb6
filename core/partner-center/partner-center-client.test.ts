import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../../sample-server/sample-partner-center';
import { fetchAuditRecords, type FetchAuditRecordsOptions, type FetchProgress } from './partner-center-client';
import { PartnerCenterError } from './partner-center-error';

const now = new Date('2026-11-25T07:00:00.000Z');
let server: SamplePartnerCenter;
beforeAll(async () => {
  server = await startSamplePartnerCenter({ count: 3000, seed: 7, now });
});
afterAll(() => server.close());

const day = (offset: number): string => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);

function options(extra: Partial<FetchAuditRecordsOptions> = {}): FetchAuditRecordsOptions {
  return { baseUrl: server.url, fetch, getToken: async () => 'token', from: day(20), to: day(0), now, sleep: async () => {}, ...extra };
}

async function collect(o: FetchAuditRecordsOptions) {
  const pages = [];
  for await (const page of fetchAuditRecords(o)) pages.push(page);
  return pages;
}

function expectedIds(from: string, to: string): string[] {
  return server.records
    .filter((r) => r.operationDate.slice(0, 10) >= from && r.operationDate.slice(0, 10) <= to)
    .map((r) => r.id)
    .sort();
}

async function failure(o: FetchAuditRecordsOptions): Promise<PartnerCenterError> {
  try {
    await collect(o);
  } catch (e) {
    return e as PartnerCenterError;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetching the activity log from Partner Center', () => {
  it('follows continuation links page by page and gets every record of the period once', async () => {
    const pages = await collect(options({ pageSize: 50 }));
    expect(pages.length).toBeGreaterThan(3);
    const ids = pages.flatMap((p) => p.records.map((r) => r.id)).sort();
    expect(ids).toEqual(expectedIds(day(20), day(0)));
  });

  it('says on each page which days its chunk covers and marks the chunk\'s last page, so coverage can call those days complete', async () => {
    const pages = await collect(options({ from: day(44), to: day(0), pageSize: 100 }));
    const byChunk = new Map<number, typeof pages>();
    for (const p of pages) byChunk.set(p.chunk, [...(byChunk.get(p.chunk) ?? []), p]);
    expect([...byChunk.keys()].sort()).toEqual([1, 2]);
    expect(byChunk.get(1)![0]!.period).toEqual({ from: day(29), to: day(0) });
    expect(byChunk.get(2)![0]!.period).toEqual({ from: day(44), to: day(30) });
    for (const list of byChunk.values()) {
      expect(list.length).toBeGreaterThan(1);
      expect(list.map((p) => p.lastOfChunk)).toEqual([...list.slice(1).map(() => false), true]);
    }
  });

  it('splits 75 days into three 30-day chunks and reports progress', async () => {
    const events: FetchProgress[] = [];
    const pages = await collect(options({ from: day(74), to: day(0), onProgress: (p) => events.push(p) }));
    expect(new Set(pages.map((p) => p.chunk))).toEqual(new Set([1, 2, 3]));
    expect(pages.every((p) => p.chunks === 3)).toBe(true);
    expect(pages.flatMap((p) => p.records.map((r) => r.id)).sort()).toEqual(expectedIds(day(74), day(0)));
    const last = events.at(-1)!;
    expect(last.chunksDone).toBe(3);
    expect(last.records).toBe(expectedIds(day(74), day(0)).length);
  });

  it('moves a start older than 90 days to the oldest kept day and says so', async () => {
    const events: FetchProgress[] = [];
    const pages = await collect(options({ from: day(200), to: day(0), onProgress: (p) => events.push(p) }));
    expect(pages[0]!.clampNotice).toContain('90 days');
    expect(events[0]!.notice).toContain(day(90));
  });

  it('waits as long as Retry-After says when throttled, then carries on', async () => {
    const waits: number[] = [];
    server.failNext(429);
    const pages = await collect(options({ sleep: async (ms) => void waits.push(ms) }));
    expect(waits).toEqual([1000]);
    expect(pages.flatMap((p) => p.records).length).toBe(expectedIds(day(20), day(0)).length);
  });

  it('retries a server error and succeeds', async () => {
    server.failNext(500);
    const pages = await collect(options());
    expect(pages.flatMap((p) => p.records).length).toBe(expectedIds(day(20), day(0)).length);
  });

  it('asks once for a fresh token on 401, then asks the user to sign in again', async () => {
    const asked: boolean[] = [];
    server.failNext(401, 401);
    const e = await failure(options({ getToken: async (o) => (asked.push(o.forceRefresh), 'token') }));
    expect(e.kind).toBe('unauthorized');
    expect(e.userMessage).toMatch(/sign in again/);
    expect(asked).toEqual([false, true]);
  });

  it('names the roles that may read the log on 403', async () => {
    server.failNext(403);
    const e = await failure(options());
    expect(e.kind).toBe('forbidden');
    expect(e.userMessage).toContain('Helpdesk agent');
    expect(e.userMessage).toContain('Global admin');
  });

  it("shows Partner Center's description on 400", async () => {
    const e = await failure(options({ pageSize: 900 }));
    expect(e.kind).toBe('bad-request');
    expect(e.userMessage).toContain('size must be');
  });

  it('stops when cancelled mid-page and yields nothing after', async () => {
    const slow = await startSamplePartnerCenter({ count: 3000, seed: 7, now, latency: 200 });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const page of fetchAuditRecords(options({ baseUrl: slow.url, pageSize: 20, signal: controller.signal }))) {
        seen.push(page.records.length);
        if (seen.length === 1) setTimeout(() => controller.abort(), 50);
      }
    })();
    const e = await run.then(() => undefined, (x: unknown) => x as PartnerCenterError);
    await slow.close();
    expect(e?.kind).toBe('cancelled');
    expect(seen.length).toBeLessThanOrEqual(3);
  });

  it('property: any period inside 90 days and any page size yields exactly the server records once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 89 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 500 }), async (start, length, size) => {
        const from = day(start);
        const to = day(Math.max(0, start - length));
        const pages = await collect(options({ from, to, pageSize: Math.max(size, 20) }));
        const ids = pages.flatMap((p) => p.records.map((r) => r.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.sort()).toEqual(expectedIds(from, to));
      }),
      { numRuns: 8 },
    );
  });
});
