// Does a 1.5 GB export of ours import into the app with the tab under 1 GB? The file is written in a temp dir
// (bench/big-export-file.ts), then imported into the built app (dist/pwa, as users get it) the way a user does:
// the header's "Import logs" file input, given the file's path (Playwright hands a local browser the path, so
// Chromium reads the file from disk as the picker would; nothing of it passes through this process). The bench
// waits for the job bar's outcome, checks the archive's count equals the file's records, and reports the peak
// resident memory of the tab: the renderer process of the app's page (its workers are threads of it), sampled
// from /proc every 100 ms with its high-water mark. Other renderers and the browser process (where Chromium keeps
// IndexedDB and reads the file) are reported beside it, not counted.
//
// FILE_IMPORT_BENCH_FORMATS=json,csv picks the formats (default json: each takes minutes at 1.5 GB);
// FILE_IMPORT_BENCH_BYTES sets another size (e.g. 200000000 for a quick look).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test-support/browser';
import { freshBuild } from '../test-support/production-build';
import { PWA_DIR, servePwa } from '../test-support/serve-pwa';
import { writeBigExport, type ExportFormat } from './big-export-file';
import type { BenchResult } from './bench-result';

const TARGET_BYTES = Number(process.env['FILE_IMPORT_BENCH_BYTES'] ?? 1.5 * 1024 ** 3);
const FORMATS = (process.env['FILE_IMPORT_BENCH_FORMATS'] ?? 'json').split(',').map((f) => f.trim()) as ExportFormat[];
const BUDGET_BYTES = 1024 ** 3;
const IMPORT_TIMEOUT_MS = 20 * 60_000;
const MB = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

interface ProcessMemory {
  pid: number;
  ppid: number;
  renderer: boolean;
  /** Resident now, and its high-water mark, bytes. */
  rss: number;
  hwm: number;
}

function readProcess(pid: number): ProcessMemory | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    const renderer = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    return { pid, ppid, renderer, rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** Every process descending from this one (the Chromium this bench launched, and its children). */
function ourChromium(): { browser?: ProcessMemory; renderers: ProcessMemory[] } {
  const all = new Map<number, ProcessMemory>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = readProcess(Number(name));
    if (p) all.set(p.pid, p);
  }
  const descends = (p: ProcessMemory): boolean => {
    for (let at = all.get(p.ppid); at; at = all.get(at.ppid)) if (at.pid === process.pid) return true;
    return false;
  };
  const ours = [...all.values()].filter(descends);
  const browser = ours.find((p) => p.ppid === process.pid && readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('chromium'));
  return { browser, renderers: ours.filter((p) => p.renderer) };
}

/**
 * Samples our Chromium's memory until stopped. The tab is the renderer that grew most over the import (the one
 * holding the app's page and its workers); the others (Playwright's first blank tab, Chromium's spare renderer)
 * are reported beside it, as is the browser process.
 */
function sampleMemory() {
  const start = new Map(ourChromium().renderers.map((r) => [r.pid, r.rss]));
  const peak = new Map<number, number>();
  let sum = 0;
  let browser = 0;
  const sample = () => {
    const now = ourChromium();
    sum = Math.max(sum, now.renderers.reduce((s, p) => s + p.rss, 0));
    for (const r of now.renderers) peak.set(r.pid, Math.max(peak.get(r.pid) ?? 0, r.rss, r.hwm));
    if (now.browser) browser = Math.max(browser, now.browser.hwm);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const grown = [...peak].sort((a, b) => b[1] - (start.get(b[0]) ?? 0) - (a[1] - (start.get(a[0]) ?? 0)));
      if (grown.length === 0) throw new Error('file-import: found no renderer process of our Chromium');
      return { tab: grown[0]![1], others: grown.slice(1).map(([, m]) => m), sum, browser };
    },
  };
}

async function archiveCount(page: Page): Promise<number> {
  const text = await page.getByRole('status', { name: /Records in the archive/ }).innerText();
  return Number(text.replace(/\D+/g, ''));
}

/** Imports `path` through the header's file input and waits for the job bar's outcome line. */
async function importThroughPicker(page: Page, path: string): Promise<string> {
  await page.getByLabel('Import logs').setInputFiles([path]);
  const outcome = page.locator('.job-bar .message-bar.success [role=status]');
  await outcome.waitFor({ timeout: IMPORT_TIMEOUT_MS });
  return outcome.innerText();
}

async function importOne(format: ExportFormat, dir: string): Promise<BenchResult> {
  const path = join(dir, `lens-export.${format}`);
  const written = Date.now();
  const file = await writeBigExport(path, format, TARGET_BYTES);
  const size = statSync(path).size;
  const writeSecs = (Date.now() - written) / 1000;
  const app = await servePwa(PWA_DIR);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await page.getByRole('status', { name: /Records in the archive/ }).waitFor();
    if ((await archiveCount(page)) !== 0) throw new Error('file-import: the archive is not empty before the import');
    const memory = sampleMemory();
    const start = performance.now();
    const message = await importThroughPicker(page, path);
    const ms = performance.now() - start;
    const peak = memory.stop();
    const expected = `${file.records.toLocaleString('en')} new records, 0 already in the archive.`;
    if (message.trim() !== expected) throw new Error(`file-import ${format}: expected "${expected}", the app said "${message}"`);
    // The header's count follows the store a moment later.
    let count = await archiveCount(page);
    for (let i = 0; i < 60 && count !== file.records; i++) {
      await page.waitForTimeout(1000);
      count = await archiveCount(page);
    }
    if (count !== file.records) throw new Error(`file-import ${format}: the archive holds ${count} records, the file ${file.records}`);
    const gb = (size / 1024 ** 3).toFixed(2);
    return {
      name: `file-import-${TARGET_BYTES === 1.5 * 1024 ** 3 ? '1.5GB' : gb + 'GB'}-${format}-tab`,
      ratio: peak.tab / BUDGET_BYTES,
      baseline: '1GB',
      note:
        `lower is better; goal <= 1.0 (${file.records.toLocaleString('en')} records, ${gb} GiB ${format.toUpperCase()} through Import logs, ` +
        `tab's renderer peak RSS ${MB(peak.tab)}; not counted: other renderers ${peak.others.map(MB).join(', ') || 'none'} (all renderers together ${MB(peak.sum)}), ` +
        `browser process ${MB(peak.browser)}; import ${(ms / 1000).toFixed(0)} s, file written in ${writeSecs.toFixed(0)} s)`,
    };
  } finally {
    await browser.close();
    await app.close();
    await rm(path, { force: true });
  }
}

export default async function fileImportMemoryBench(): Promise<BenchResult[]> {
  freshBuild('pwa');
  const dir = await mkdtemp(join(tmpdir(), 'lens-file-import-bench-'));
  try {
    const results: BenchResult[] = [];
    for (const format of FORMATS) {
      if (format !== 'json' && format !== 'csv') throw new Error(`FILE_IMPORT_BENCH_FORMATS: unknown format "${format}"`);
      results.push(await importOne(format, dir));
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
