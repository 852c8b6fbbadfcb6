// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints one
// `BENCH <name> <ratio>x <baseline>` line per result, each against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './bench-result';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const names = all.map((f) => f.replace(/\.bench\.ts$/, ''));
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench [-- <name>…]\n\nRuns every benchmark, or those whose file name contains a <name>:\n  ${names.join('\n  ')}`);
  process.exit(0);
}
const only = args;
const files = all.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
if (files.length === 0) {
  console.error(`No benchmark matches ${only.join(', ')}. Benchmarks: ${names.join(', ')}.`);
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<BenchResult[]> };
    for (const r of await mod.default()) {
      console.log(`BENCH ${r.name} ${r.ratio.toFixed(2)}x ${r.baseline}${r.note ? `  (${r.note})` : ''}`);
    }
  } catch (error) {
    failures += 1;
    console.error(`bench ${file} failed:`, error);
  }
}
process.exit(failures === 0 ? 0 : 1);
