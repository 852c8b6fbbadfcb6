// Builds what the browser tests load: the unpacked Chrome extension (.output/chrome-mv3) and the PWA (dist/pwa),
// and the Firefox build (.output/firefox-mv2) the store-readiness test lints.
// Set LENS_SKIP_BUILD=1 to reuse an existing build while iterating on tests.
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.LENS_SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which would give a development build (workbox's dev service worker never
  // finished installing here): test exactly what users get.
  const env = { ...process.env, NODE_ENV: 'production' };
  execSync('npx wxt build', { stdio: 'inherit', env });
  execSync('npx wxt build -b firefox', { stdio: 'inherit', env });
  execSync('npx vite build --config pwa/vite.config.ts', { stdio: 'inherit', env });
}
