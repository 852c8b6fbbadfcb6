// Does bounded parallelism pay off? Our client fetching 90 days vs the same requests one after another.
import type { BenchResult } from './bench-result';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fetchAuditRecords } from '../core/partner-center/partner-center-client';
import { dateChunks } from '../core/partner-center/date-chunks';
import type { AuditRecordPageJson } from '../core/record/audit-record-json';

/**
 * The sample server runs in its own process, as Partner Center does: in this process its JSON encoding would
 * take turns with the client's parsing on one thread and hide what parallel requests gain.
 */
async function startServerProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(resolve('node_modules/.bin/tsx'), ['sample-server/main.ts', '--port', '0', '--count', '6000', '--seed', '1', '--latency', '150'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, ko) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => ko(new Error(`sample server exited (${code}) before listening: ${out}`)));
  });
  return { url, child };
}

export default async function (): Promise<BenchResult[]> {
  const now = new Date();
  const { url, child } = await startServerProcess();
  const server = { url };
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
    return [{ name: 'api-fetch-90d', ratio: ourTime / sequentialTime, baseline: 'sequential-chunks', note: `lower is better; goal <= 0.5 (${ours} records, 150 ms per request, ours ${ourTime.toFixed(0)} ms, sequential ${sequentialTime.toFixed(0)} ms)` }];
  } finally {
    child.kill();
  }
}
