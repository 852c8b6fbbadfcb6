// Does `lens convert` read a 1.5 GB JSON export of ours back, every record, with its memory under 1 GB?
// Writes the file in a temp dir (big-export-file.ts: a block of sample records repeated with distinct ids),
// runs the CLI on it as a child process and reads its peak RSS (GNU time's "Maximum resident set size" when /usr/bin/time is there, else /proc/<pid>/status VmHWM).
// CLI_RSS_BENCH_BYTES sets another size (e.g. 300000000 for a quick look).

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigExport } from './big-export-file';
import type { BenchResult } from './bench-result';

const TARGET_BYTES = Number(process.env['CLI_RSS_BENCH_BYTES'] ?? 1.5 * 1024 ** 3);
const BUDGET_BYTES = 1024 ** 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
    const { records: count } = await writeBigExport(input, 'json', TARGET_BYTES);
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
