import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamplePartnerCenter, type SamplePartnerCenter } from './sample-partner-center';

const now = new Date('2026-11-25T07:00:00.000Z');
const day = (offset: number): string => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
let server: SamplePartnerCenter;
beforeAll(async () => {
  server = await startSamplePartnerCenter({ count: 2000, seed: 3, now });
});
afterAll(() => server.close());

const get = (query: string, headers: Record<string, string> = { Authorization: 'Bearer x' }) =>
  fetch(`${server.url}/v1/auditrecords?${query}`, { headers });

describe('the sample Partner Center refuses what the real one refuses', () => {
  it.each([
    ['no startDate', 'size=10', 'startDate is required'],
    ['a start older than 90 days', `startDate=${day(120)}`, '90 days'],
    ['a span over 30 days', `startDate=${day(60)}&endDate=${day(10)}`, '30 days'],
    ['a page over 500', `startDate=${day(5)}&size=501`, 'size must be'],
    ['a malformed filter', `startDate=${day(5)}&filter=${encodeURIComponent('{bad')}`, 'not valid JSON'],
    ['an unsupported field', `startDate=${day(5)}&filter=${encodeURIComponent('{"Field":"UserPrincipalName","Value":"a","Operator":"equals"}')}`, 'not supported'],
  ])('answers 400 with its error body for %s', async (_what, query, text) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ code: 400, data: [], source: 'PartnerApi' });
    expect(body.description).toContain(text);
  });

  it('answers 401 without a bearer token', async () => {
    const res = await get(`startDate=${day(5)}`, {});
    expect(res.status).toBe(401);
  });

  it('answers a CORS preflight from the PWA and an extension, not from elsewhere', async () => {
    for (const origin of ['http://localhost:4173', 'chrome-extension://abcdefghijklmnop']) {
      const res = await fetch(`${server.url}/v1/auditrecords`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toContain('MS-ContinuationToken');
    }
    const other = await fetch(`${server.url}/v1/auditrecords`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['CompanyName', 'substring', (r: { customerName: string }, v: string) => r.customerName.toLowerCase().includes(v.toLowerCase())],
    ['ResourceType', 'equals', (r: { resourceType: string }, v: string) => r.resourceType === v],
  ] as const)('filters on %s', async (field, operator, matches) => {
    const sample = server.records[0]!;
    const value = field === 'CompanyName' ? sample.customerName.slice(1, 4).toUpperCase() : sample.resourceType;
    const filter = encodeURIComponent(JSON.stringify({ Field: field, Value: value, Operator: operator }));
    const body = await (await get(`startDate=${day(29)}&size=500&filter=${filter}`)).json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((r: never) => matches(r, value))).toBe(true);
    const expected = server.records.filter((r) => r.operationDate.slice(0, 10) >= day(29) && matches(r, value)).length;
    expect(body.items.length).toBe(Math.min(500, expected));
  });

  it('says it is sample data on /health', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ ok: true, sample: true, count: 2000 });
  });
});

describe('live mode: new records keep arriving, served like the rest', () => {
  const start = new Date('2026-11-25T07:00:00.000Z');
  let clock = start;
  let live: SamplePartnerCenter;
  beforeAll(async () => {
    live = await startSamplePartnerCenter({ count: 500, seed: 3, now: start, live: true, clock: () => clock });
  });
  afterAll(() => live.close());
  const recordsOf = async (query: string) => {
    const body = await (await fetch(`${live.url}/v1/auditrecords?${query}`, { headers: { Authorization: 'Bearer x' } })).json();
    return body as { items: { id: string; operationDate: string; resourceType: string }[]; links: { next?: { headers: { key: string; value: string }[] } } };
  };

  it('serves what has arrived by the clock, newest first, through paging and filters, and moves the 90 days with it', async () => {
    expect(live.live).toBe(true);
    const first = await recordsOf('startDate=2026-11-25');
    const before = first.items.length;
    clock = new Date(start.getTime() + 20 * 60_000);
    const later = await recordsOf('startDate=2026-11-25');
    const arrived = later.items.filter((r) => r.operationDate > start.toISOString());
    expect(arrived.length).toBeGreaterThan(20);
    expect(later.items.length).toBe(before + arrived.length);
    expect(later.items.map((r) => r.operationDate)).toEqual([...later.items.map((r) => r.operationDate)].sort().reverse());
    expect(later.items.every((r) => r.operationDate <= clock.toISOString())).toBe(true);

    // Paging, filtered, with the client everyone uses: every arrived record of that type, once.
    const { fetchAuditRecords } = await import('../core/partner-center/partner-center-client');
    const type = arrived[0]!.resourceType;
    const got: string[] = [];
    for await (const page of fetchAuditRecords({ baseUrl: live.url, fetch, getToken: async () => 't', from: '2026-11-25', to: '2026-11-25', now: clock, pageSize: 2, filter: { server: { Field: 'ResourceType', Value: type, Operator: 'equals' } } })) {
      got.push(...page.records.filter((r) => r.operationDate > start.toISOString()).map((r) => r.id));
    }
    expect(got.sort()).toEqual(arrived.filter((r) => r.resourceType === type).map((r) => r.id).sort());

    // The day that was the oldest allowed at the start is refused once the clock has moved a day on.
    const oldest = new Date(start.getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
    expect((await fetch(`${live.url}/v1/auditrecords?startDate=${oldest}&endDate=${oldest}`, { headers: { Authorization: 'Bearer x' } })).status).toBe(200);
    clock = new Date(start.getTime() + 86_400_000);
    expect((await fetch(`${live.url}/v1/auditrecords?startDate=${oldest}&endDate=${oldest}`, { headers: { Authorization: 'Bearer x' } })).status).toBe(400);
    const health = await (await fetch(`${live.url}/health`)).json();
    expect(health).toMatchObject({ live: true, now: clock.toISOString() });
    expect(health.count).toBeGreaterThan(500 + 3 * 60 * 20);
  });

  it('keeps a client’s pages steady while records arrive between them', async () => {
    clock = new Date(start.getTime() + 2 * 86_400_000);
    const day = clock.toISOString().slice(0, 10);
    const page1 = await recordsOf(`startDate=${day}&size=5`);
    expect(page1.items).toHaveLength(5);
    const token = page1.links.next!.headers[0]!.value;
    clock = new Date(clock.getTime() + 10 * 60_000);
    const res = await fetch(`${live.url}/v1/auditrecords?startDate=${day}&size=5`, { headers: { Authorization: 'Bearer x', 'MS-ContinuationToken': token } });
    const page2 = (await res.json()) as { items: { id: string; operationDate: string }[] };
    expect(page2.items.every((r) => !page1.items.some((p) => p.id === r.id))).toBe(true);
    expect(page2.items[0]!.operationDate < page1.items.at(-1)!.operationDate).toBe(true);
  });

  it('serves the same records at the same instants on every run (seed + clock)', async () => {
    const at = new Date(start.getTime() + 45 * 60_000);
    const a = await startSamplePartnerCenter({ count: 10, seed: 8, now: start, live: true, clock: () => at });
    const b = await startSamplePartnerCenter({ count: 10, seed: 8, now: start, live: true, clock: () => at });
    try {
      expect(a.records.map((r) => r.id)).toEqual(b.records.map((r) => r.id));
      expect(a.records.length).toBeGreaterThan(10 + 50);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('stays still when not live', async () => {
    expect(server.live).toBe(false);
    expect(server.currentTime()).toEqual(now);
    expect(server.records).toHaveLength(2000);
  });
});
