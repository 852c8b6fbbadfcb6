// How much JavaScript the side panel loads, gzipped: the scripts and module preloads sidepanel.html names plus
// every chunk they import statically, followed transitively (what the browser fetches before the panel shows).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './bench-result';
import { freshBuild } from '../test-support/production-build';

const BUDGET_BYTES = 60_000;
const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Script and modulepreload URLs of the page, as paths under the extension root. */
export function pageScripts(html: string): string[] {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) srcs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) srcs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) srcs.add(m[1]!);
  return [...srcs].filter((s) => !/^[a-z-]+:/.test(s)).map((s) => s.replace(/^\.?\//, ''));
}

/** Relative static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`); dynamic ones are not counted. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found].filter((s) => s.startsWith('.') || s.startsWith('/'));
}

export function sidePanelScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const queue = pageScripts(html);
  while (queue.length > 0) {
    const file = normalize(queue.shift()!);
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const spec of staticImports(code)) {
      const target = spec.startsWith('/') ? spec.slice(1) : relative(dir, resolve(dir, dirname(file), spec));
      queue.push(target);
    }
  }
  return [...seen];
}

export default async function (): Promise<BenchResult[]> {
  freshBuild('extension');
  const files = sidePanelScripts(EXTENSION_DIR);
  let gz = 0;
  for (const file of files) gz += gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;
  return [
    {
      name: 'sidepanel-js-gz',
      ratio: gz / BUDGET_BYTES,
      baseline: 'budget-60kB',
      note: `${(gz / 1000).toFixed(1)} kB gzipped in ${files.length} file(s); lower is better; goal <= 1.0`,
    },
  ];
}
