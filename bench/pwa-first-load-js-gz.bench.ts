// How much JavaScript the app's first load fetches, gzipped: the scripts and module preloads that
// dist/pwa/index.html names (lazy chunks such as the chart and the workers are not counted).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './bench-result';
import { freshBuild } from '../test-support/production-build';

const BUDGET = 120 * 1024;

export function firstLoadScripts(html: string): string[] {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) srcs.add(m[1]);
  return [...srcs].filter((s) => !/^https?:/.test(s));
}

export default async function (): Promise<BenchResult[]> {
  const dir = resolve('dist/pwa');
  freshBuild('pwa');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = firstLoadScripts(html);
  let gz = 0;
  for (const s of scripts) gz += gzipSync(readFileSync(join(dir, s.replace(/^\.?\//, ''))), { level: 9 }).length;
  return [
    {
      name: 'pwa-first-load-js-gz',
      ratio: gz / BUDGET,
      baseline: 'budget-120kB',
      note: `${(gz / 1024).toFixed(1)} kB gzipped in ${scripts.length} file(s); lower is better; goal <= 1.0`,
    },
  ];
}
