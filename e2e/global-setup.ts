// Builds what the browser tests load: the unpacked Chrome extension (.output/chrome-mv3), the PWA (dist/pwa), and
// the Firefox build (.output/firefox-mv2) the store-readiness test lints.
// Set LENS_SKIP_BUILD=1 to reuse an existing build while iterating on tests.
import { buildForProduction } from '../test-support/production-build';

export default function setup(): void {
  if (process.env.LENS_SKIP_BUILD === '1') return;
  buildForProduction('extension');
  buildForProduction('firefox');
  buildForProduction('pwa');
}
