// Lighthouse on the served build (dist/pwa), in its default (mobile) and desktop presets, on the two screens people
// meet: a first visit (an empty archive: load the sample or import) and the log with the sample in the archive (what
// they see on every later visit). Shared by `npm run lighthouse` and the `pwa-lighthouse` bench.
//
// Lighthouse 12 left to launch Debian's headless Chromium itself got no first paint (NO_FCP), so we start Chromium
// ourselves (port 0: it writes the port it took into DevToolsActivePort, no race for a "free" port) and point
// Lighthouse at it. Every step has a timeout and Chromium, Lighthouse and the server are always stopped: a run can
// fail, never hang.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { servePwa, type ServedPwa } from './serve-pwa';
import { CHROMIUM_PATH } from './browser';

/** The Lighthouse that `npm run lighthouse` runs (npx fetches it once from the npm registry into its cache; not a
 * dependency: nothing else needs its ~40 packages). */
export const LIGHTHOUSE_PACKAGE = 'lighthouse@12.8.2';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';
/** `first-visit`: a new profile, the empty archive. `sample`: the archive holds the sample, the log shows it. */
export type Screen = 'first-visit' | 'sample';

export interface LighthouseMetrics {
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
}

export interface LighthouseResult {
  preset: Preset;
  screen: Screen;
  scores: Record<Category, number>;
  metrics: LighthouseMetrics;
  /** What Lighthouse took as the largest contentful paint (its selector), to see what a slow LCP waited for. */
  lcpElement?: string;
  /** The 1-minute load average when the run started: simulated throttling reads lower on a busy machine. */
  load: number;
  reportPath: string;
}

const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const CHROMIUM_START_TIMEOUT_MS = 30_000;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: Array<{ node?: { selector?: string } }> } }>;
  runtimeError?: { code: string; message: string };
}

function stopGroup(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function startChromium(profile: string): Promise<{ process: ChildProcess; port: number }> {
  const child = spawn(
    process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore', detached: true },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + CHROMIUM_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before opening its debugging port`);
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { process: child, port };
    }
    await sleep(100);
  }
  stopGroup(child);
  throw new Error(`Chromium opened no debugging port within ${CHROMIUM_START_TIMEOUT_MS / 1000} s`);
}

/** Loads the sample as a user does (the first screen's primary action), then forgets the service worker and its
 * caches so the measured visit fetches the app from the server like the first one, with only the archive kept. */
async function loadSample(port: number, appUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 30_000 });
  try {
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.goto(appUrl, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Load sample data' }).first().click({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1).waitFor({ timeout: 120_000 });
    // Counted in full (no "+ (counting…)"): the log's one count, beside its heading.
    await page.getByRole('status', { name: 'Records in this view' }).getByText(/^[\d,]+ (records?|matching)$/).waitFor({ timeout: 120_000 });
    await forgetServiceWorker(page, appUrl);
    await page.close();
  } finally {
    await browser.close();
  }
}

async function forgetServiceWorker(page: import('playwright-core').Page, appUrl: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(appUrl).origin, storageTypes: 'service_workers,cache_storage' });
  await cdp.detach();
}

async function clearServiceWorker(port: number, appUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 30_000 });
  try {
    const page = await browser.contexts()[0]!.newPage();
    await forgetServiceWorker(page, appUrl);
    await page.close();
  } finally {
    await browser.close();
  }
}

/** Where npx keeps LIGHTHOUSE_PACKAGE's command (fetched from the registry the first time): asked once per run,
 * since `npx` itself takes seconds each time on this machine. */
function lighthouseCommand(timeoutMs: number): Promise<string> {
  return new Promise((done, failed) => {
    const child = spawn('npx', ['--yes', '-p', LIGHTHOUSE_PACKAGE, 'sh', '-c', 'command -v lighthouse'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => stopGroup(child), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const path = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && path) done(path);
      else failed(new Error(`npx could not provide ${LIGHTHOUSE_PACKAGE} (exit ${code}): ${stderr.trim()}`));
    });
  });
}

function runLighthouseCli(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr, timedOut });
    });
  });
}

async function audit(command: string, port: number, url: string, preset: Preset, screen: Screen, out: string, saveAssets = false): Promise<LighthouseResult> {
  mkdirSync(out, { recursive: true });
  const reportPath = join(out, `${screen}-${preset}.json`);
  const args = [url, `--port=${port}`, '--output=json', `--output-path=${reportPath}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--max-wait-for-load=60000'];
  if (preset === 'desktop') args.push('--preset=desktop');
  // The sample screen keeps the archive (Lighthouse would otherwise clear the origin's storage first).
  if (screen === 'sample') args.push('--disable-storage-reset');
  // The trace and DevTools log beside the report, to see what a long task ran.
  if (saveAssets) args.push('--save-assets');
  const load = loadavg()[0]!;
  const run = await runLighthouseCli(command, args, LIGHTHOUSE_TIMEOUT_MS);
  if (run.timedOut) throw new Error(`lighthouse (${screen}, ${preset}) took longer than ${LIGHTHOUSE_TIMEOUT_MS / 1000} s`);
  // Lighthouse may exit non-zero over protocol noise after writing its report: the report is what counts.
  if (!existsSync(reportPath)) throw new Error(`lighthouse (${screen}, ${preset}) wrote no report (exit ${run.code}): ${run.stderr.trim()}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`lighthouse (${screen}, ${preset}): ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    const score = report.categories[c]?.score;
    if (typeof score !== 'number') throw new Error(`lighthouse (${screen}, ${preset}) gave no ${c} score`);
    scores[c] = Math.round(score * 100);
  }
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const lcpElement = report.audits['largest-contentful-paint-element']?.details?.items
    ?.flatMap((i) => ((i as { items?: Array<{ node?: { selector?: string } }> }).items ?? [i]))
    .find((i) => i.node?.selector)?.node?.selector;
  return {
    preset,
    screen,
    scores,
    metrics: {
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      siMs: value('speed-index'),
    },
    ...(lcpElement ? { lcpElement } : {}),
    load,
    reportPath,
  };
}

export interface LighthouseOptions {
  presets?: readonly Preset[];
  screens?: readonly Screen[];
  /** Where the JSON reports go (default: a new temp directory, kept so they can be read). */
  out?: string;
  /** Lighthouse runs per screen and preset (default 1); its docs advise the median of several on a noisy machine. */
  runs?: number;
  /** Keep each run's trace beside its report (Lighthouse's --save-assets). */
  saveAssets?: boolean;
  /** Serve gzipped text, as static hosts do (default true). */
  compress?: boolean;
  onResult?(result: LighthouseResult): void;
}

/** Runs Lighthouse on the already built dist/pwa, every screen in every preset, and always cleans up. */
export async function auditServedApp(options: LighthouseOptions = {}): Promise<LighthouseResult[]> {
  const presets = options.presets ?? ['mobile', 'desktop'];
  const screens = options.screens ?? ['first-visit', 'sample'];
  const out = options.out ?? mkdtempSync(join(tmpdir(), 'lens-lighthouse-'));
  const profile = mkdtempSync(join(tmpdir(), 'lens-lighthouse-profile-'));
  let app: ServedPwa | undefined;
  let browser: ChildProcess | undefined;
  const stop = () => stopGroup(browser);
  process.once('exit', stop);
  try {
    const command = await lighthouseCommand(LIGHTHOUSE_TIMEOUT_MS);
    app = await servePwa(undefined, { compress: options.compress ?? true });
    const started = await startChromium(profile);
    browser = started.process;
    const results: LighthouseResult[] = [];
    // The first visit first: Lighthouse clears the origin before each of those runs; then the sample is loaded.
    for (const screen of (['first-visit', 'sample'] as const).filter((s) => screens.includes(s))) {
      if (screen === 'sample') await loadSample(started.port, app.url);
      for (const preset of presets) {
        for (let run = 1; run <= (options.runs ?? 1); run++) {
          if (screen === 'sample') await clearServiceWorker(started.port, app.url);
          const result = await audit(command, started.port, app.url, preset, screen, join(out, `run-${run}`), options.saveAssets);
          options.onResult?.(result);
          results.push(result);
        }
      }
    }
    return results;
  } finally {
    stop();
    process.off('exit', stop);
    await app?.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

export function formatMetrics(m: LighthouseMetrics): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `FCP ${s(m.fcpMs)}, LCP ${s(m.lcpMs)}, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}, SI ${s(m.siMs)}`;
}

/** The median of a list of numbers (the middle one, or the mean of the two middle ones). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each screen and preset's runs taken together: median scores and metrics, every run's scores, the load range. */
export interface LighthouseSummary {
  preset: Preset;
  screen: Screen;
  scores: Record<Category, number>;
  runs: Record<Category, number[]>;
  metrics: LighthouseMetrics;
  loads: number[];
}

export function summarize(results: readonly LighthouseResult[]): LighthouseSummary[] {
  const groups = new Map<string, LighthouseResult[]>();
  for (const r of results) groups.set(`${r.screen} ${r.preset}`, [...(groups.get(`${r.screen} ${r.preset}`) ?? []), r]);
  return [...groups.values()].map((rs) => {
    const scores = {} as Record<Category, number>;
    const runs = {} as Record<Category, number[]>;
    for (const c of CATEGORIES) {
      runs[c] = rs.map((r) => r.scores[c]);
      scores[c] = Math.floor(median(runs[c]));
    }
    const metric = (k: keyof LighthouseMetrics) => median(rs.map((r) => r.metrics[k]));
    return {
      preset: rs[0]!.preset,
      screen: rs[0]!.screen,
      scores,
      runs,
      metrics: { fcpMs: metric('fcpMs'), lcpMs: metric('lcpMs'), tbtMs: metric('tbtMs'), cls: metric('cls'), siMs: metric('siMs') },
      loads: rs.map((r) => r.load),
    };
  });
}
