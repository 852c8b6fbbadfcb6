// Builds the benches' page into dist/pwa-bench: the app's own build (plugins, workers, service worker, target)
// with this folder as the root, so the hooks reach the page and never dist/pwa.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import app from '../../pwa/vite.config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  ...app,
  root,
  publicDir: fileURLToPath(new URL('../../pwa/public', import.meta.url)),
  build: { ...app.build, minify: process.env['BENCH_NO_MINIFY'] ? false : app.build?.minify, outDir: fileURLToPath(new URL('../../dist/pwa-bench', import.meta.url)) },
});
