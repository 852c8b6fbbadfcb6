// Does bounded parallelism pay off? Our client fetching 90 days vs the same requests one after another.
import type { BenchResult } from './bench-result';
import { startSamplePartnerCenter } from '../sample-server/sample-partner-center';
import { fetchAuditRecords } from '../core/partner-center-client';
import { dateChunks } from '../core/date-chunks';
import type { AuditRecordPageJson } from '../core/audit-record-json';

export default async function (): Promise<BenchResult[]> {
  const now = new Date();
  const server = await startSamplePartnerCenter({ count: 6000, seed: 1, now, latency: 150 });
  try {
    const to = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
    const size = 500;

    const t0 = performance.now();
    let ours = 0;
    for await (const page of fetchAuditRecords({ baseUrl: server.url, fetch, getToken: async () => 't', from, to, now, pageSize: size, parallel: 3 })) {
      ours += page.records.length;
    }
    const ourTime = performance.now() - t0;

    const t1 = performance.now();
    let sequential = 0;
    for (const chunk of dateChunks(from, to)) {
      let url = `${server.url}/v1/auditrecords?startDate=${chunk.from}&endDate=${chunk.to}&size=${size}`;
      let headers: Record<string, string> = {};
      for (;;) {
        const res = await fetch(url, { headers: { Authorization: 'Bearer t', Accept: 'application/json', ...headers } });
        const page = (await res.json()) as AuditRecordPageJson;
        sequential += page.items.length;
        if (!page.links.next) break;
        url = server.url + page.links.next.uri;
        headers = Object.fromEntries(page.links.next.headers.map((h) => [h.key, h.value]));
      }
    }
    const sequentialTime = performance.now() - t1;
    if (ours !== sequential) throw new Error(`api-fetch bench: client got ${ours} records, sequential ${sequential}`);
    return [{ name: 'api-fetch-90d', ratio: ourTime / sequentialTime, baseline: 'sequential-chunks', note: 'lower is better; goal <= 0.5' }];
  } finally {
    await server.close();
  }
}
