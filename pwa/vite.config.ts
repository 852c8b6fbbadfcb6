// Builds the offline app into dist/pwa: Preact, a precaching service worker (vite-plugin-pwa, prompt to
// update through workbox-window) and module workers for import/export.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [
    preact(),
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Activity Lens',
        short_name: 'Activity Lens',
        description: 'Your Partner Center activity log, kept offline: search, filter and export.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0f6cbd',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/pwa',
    emptyOutDir: true,
    target: 'es2022',
  },
  preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
});
