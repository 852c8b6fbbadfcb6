// Does `lens convert` read a 1.5 GB JSON export of ours back, every record, with its memory under 1 GB?
// Writes the file in a temp dir (a block of sample records repeated with distinct ids: generating 1M records
// one by one would take longer than the conversion), runs the CLI on it as a child process and reads its peak
// RSS (GNU time's "Maximum resident set size" when /usr/bin/time is there, else /proc/<pid>/status VmHWM).
// CLI_RSS_BENCH_BYTES sets another size (e.g. 300000000 for a quick look).

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonChunks } from '../core/leaving/json-writer';
import { generateSampleRecords } from '../sample-data/sample-generator';
import type { BenchResult } from './bench-result';

const TARGET_BYTES = Number(process.env['CLI_RSS_BENCH_BYTES'] ?? 1.5 * 1024 ** 3);
const BUDGET_BYTES = 1024 ** 3;
const BLOCK = 20_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Our JSON export of the block again and again, each time with new ids (first 8 hex digits = the repetition):
 * each record's line is written once by the real writer, then only its id (key and id lead every line) changes.
 */
async function writeBigExport(path: string): Promise<number> {
  const block = [...generateSampleRecords({ count: BLOCK, seed: 42, now: new Date('2026-03-31T12:00:00Z') })];
  if (new Set(block.map((r) => r.id.slice(8))).size !== BLOCK) throw new Error('cli-json-rss: the sample block repeats an id');
  const text = [...jsonChunks(block, { exportedAt: '2026-03-31T12:00:00.000Z' })].join('');
  const head = text.slice(0, text.indexOf('\n') + 1);
  const lines = text.slice(head.length, text.lastIndexOf('\n]}')).split(',\n');
  lines.forEach((line, i) => {
    const id = block[i]!.id;
    if (!line.startsWith(`{"key":"id:${id}","id":"${id}"`)) throw new Error('cli-json-rss: the JSON export no longer starts a record with key and id');
  });
  const times = Math.max(1, Math.ceil(TARGET_BYTES / text.length));
  const stream = createWriteStream(path);
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  await write(head);
  for (let rep = 0; rep < times; rep++) {
    const prefix = rep.toString(16).padStart(8, '0');
    let chunk = '';
    for (const [i, line] of lines.entries()) {
      // {"key":"id:<8 hex>…","id":"<8 hex>…  : the first 8 hex digits of both at 11 and 55.
      chunk += (rep === 0 && i === 0 ? '' : ',\n') + line.slice(0, 11) + prefix + line.slice(19, 55) + prefix + line.slice(63);
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk);
  }
  await write('\n]}\n');
  stream.end();
  await once(stream, 'finish');
  return times * BLOCK;
}

/** Runs `lens convert` and returns its stdout and peak RSS in bytes. */
async function convertPeak(input: string, out: string): Promise<{ stdout: string; peak: number; ms: number }> {
  // Exactly what `npm run lens` runs (its node flags included), without npm's own process in between.
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['lens']!;
  const [command, ...flags] = script.split(' ');
  if (command !== 'node') throw new Error(`cli-json-rss: expected the lens script to start with node, got "${script}"`);
  const lens = [...flags, 'convert', input, '--out', out, '--lang', 'en', '--delimiter', ','];
  const gnuTime = existsSync('/usr/bin/time');
  const child = gnuTime
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...lens], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, lens, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let sampled = 0;
  const sampler = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) sampled = Math.max(sampled, Number(hwm[1]) * 1024);
    } catch {
      // The process has exited.
    }
  }, 100);
  const start = performance.now();
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`cli-json-rss: lens convert exited ${code}\n${stdout}\n${stderr}`);
  const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peak = gnuTime && reported ? Number(reported[1]) * 1024 : sampled;
  if (peak === 0) throw new Error('cli-json-rss: could not read the peak memory of lens convert');
  return { stdout, peak, ms };
}

export default async function cliJsonRssBench(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'lens-rss-bench-'));
  try {
    const input = join(dir, 'export.json');
    const count = await writeBigExport(input);
    const size = statSync(input).size;
    const { stdout, peak, ms } = await convertPeak(input, join(dir, 'out.csv'));
    // Every record must come back: read, none lost as a duplicate, all written.
    for (const expected of [`Read ${count} records from 1 file.`, `Removed 0 duplicates.`, `Wrote ${count} records to `]) {
      if (!stdout.includes(expected)) throw new Error(`cli-json-rss: expected "${expected}" in:\n${stdout}`);
    }
    const gb = (size / 1024 ** 3).toFixed(2);
    return [
      {
        name: `cli-json-${TARGET_BYTES === 1.5 * 1024 ** 3 ? '1.5GB' : gb + 'GB'}-rss`,
        ratio: peak / BUDGET_BYTES,
        baseline: '1GB',
        note: `lower is better; goal <= 1.0 (${count.toLocaleString('en')} records, ${gb} GiB JSON → CSV, peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB, ${(ms / 1000).toFixed(0)} s)`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
