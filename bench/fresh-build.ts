// The benches measure the code as it is now: the first bench that needs a build makes it (production mode,
// as users get it) and the rest of the run reuses it. LENS_BENCH_NO_BUILD=1 measures whatever is built.
import { execSync } from 'node:child_process';

const built = new Set<string>();

function buildOnce(what: string, command: string): void {
  if (built.has(what) || process.env['LENS_BENCH_NO_BUILD'] === '1') return;
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  built.add(what);
}

/** dist/pwa, built from the current sources once per bench run. */
export function freshPwaBuild(): void {
  buildOnce('pwa', 'npx vite build --config pwa/vite.config.ts');
}

/** .output/chrome-mv3, built from the current sources once per bench run. */
export function freshExtensionBuild(): void {
  buildOnce('extension', 'npx wxt build');
}
