import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSamplePartnerCenter, type SamplePartnerCenter } from '../../sample-server/sample-partner-center';
import { PartnerCenterError } from '../../core/partner-center/partner-center-error';
import { SAMPLE_SERVER_TOKEN } from '../../core/partner-center/sample-server-address';
import { activityProblem, activitySourceFor } from './activity-source';

vi.mock('wxt/browser', () => ({ browser: {} }));

const now = new Date();
let server: SamplePartnerCenter;
beforeAll(async () => {
  server = await startSamplePartnerCenter({ count: 200, seed: 5, now });
});
afterAll(() => server.close());
const day = (offset: number): string => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);

describe('the extension opens its activity source from the data-source settings', () => {
  it('the sample settings read the sample server, say so, and send the sample token', async () => {
    const tokens = new Set<string>();
    const source = activitySourceFor(
      { kind: 'sample', sampleUrl: `${server.url}/` },
      { fetch: (input, init) => (tokens.add(String((init?.headers as Record<string, string>).Authorization)), fetch(input, init)) },
    );
    expect(source.isSample).toBe(true);
    expect(source.settings.kind).toBe('sample');
    let count = 0;
    for await (const page of source.pages({ from: day(10), to: day(0) })) count += page.records.length;
    expect(count).toBe(server.records.filter((r) => r.operationDate.slice(0, 10) >= day(10)).length);
    expect([...tokens]).toEqual([`Bearer ${SAMPLE_SERVER_TOKEN}`]);
  });

  it('the Partner Center settings call Partner Center with the sign-in\'s token', async () => {
    const urls: string[] = [];
    const source = activitySourceFor(
      { kind: 'partner-center', cloud: 'global', tenant: 'contoso.onmicrosoft.com', clientId: '3f2a6c1e-8b7d-4e2f-9a10-5c6d7e8f9a0b' },
      {
        fetch: async (input, init) => {
          urls.push(`${String(input)} ${(init?.headers as Record<string, string>).Authorization}`);
          return new Response(JSON.stringify({ totalCount: 0, items: [] }), { status: 200 });
        },
        getToken: async () => 'entra',
      },
    );
    expect(source.isSample).toBe(false);
    for await (const _ of source.pages({ from: day(1), to: day(0) })) void _;
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^https:\/\/api\.partnercenter\.microsoft\.com\/v1\/auditrecords\?.* Bearer entra$/);
  });

  it('names why a fetch gave no records, as the UI designs for it', () => {
    expect(activityProblem(new PartnerCenterError('throttled', 'Busy.', 429))).toEqual({ kind: 'throttled', message: 'Busy.' });
    expect(activityProblem({ name: 'NotSignedInError', message: 'Sign in.' })).toEqual({ kind: 'not-signed-in', message: 'Sign in.' });
    expect(activityProblem(new DOMException('x', 'AbortError'))).toEqual({ kind: 'cancelled', message: 'Cancelled.' });
  });
});
