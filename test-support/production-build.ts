// Builds what the browser tests load and the benches measure, exactly as users get it: production mode (vitest sets
// NODE_ENV=test, which would give a development build, and workbox's dev service worker never finished installing
// here), each target at most once per process.
import { execSync } from 'node:child_process';

const COMMANDS = {
  /** .output/chrome-mv3, the unpacked Chrome extension. */
  extension: 'npx wxt build',
  /** .output/firefox-mv2, the Firefox build the store-readiness test lints. */
  firefox: 'npx wxt build -b firefox',
  /** dist/pwa, the app as it ships. */
  pwa: 'npx vite build --config pwa/vite.config.ts',
  /** dist/pwa-bench, the app plus the benches' hooks (bench/pwa-bench-app/): never shipped. */
  'pwa-bench': 'npx vite build --config bench/pwa-bench-app/vite.config.ts',
} as const;

export type BuildTarget = keyof typeof COMMANDS;

const built = new Set<BuildTarget>();

/** Builds `target` from the current sources unless this process already did; `quiet` keeps only errors. */
export function buildForProduction(target: BuildTarget, options: { quiet?: boolean } = {}): void {
  if (built.has(target)) return;
  const stdio = options.quiet ? (['ignore', 'ignore', 'inherit'] as const) : 'inherit';
  execSync(COMMANDS[target], { stdio: stdio as never, env: { ...process.env, NODE_ENV: 'production' } });
  built.add(target);
}

/**
 * The benches measure the code as it is now: the first bench that needs a build makes it and the rest of the run
 * reuses it. LENS_BENCH_NO_BUILD=1 measures whatever is built.
 */
export function freshBuild(target: BuildTarget): void {
  if (process.env['LENS_BENCH_NO_BUILD'] === '1') return;
  buildForProduction(target, { quiet: true });
}
