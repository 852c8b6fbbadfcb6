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
