// Builds what the browser tests load: the unpacked Chrome extension (.output/chrome-mv3) and the PWA (dist/pwa).
// Set LENS_SKIP_BUILD=1 to reuse an existing build while iterating on tests.
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.LENS_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { stdio: 'inherit' });
  execSync('npx vite build --config pwa/vite.config.ts', { stdio: 'inherit' });
}
