// One vitest run, three levels: pure core/Node units, UI components in happy-dom, and browser e2e.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['core/**/*.test.ts', 'sample-data/**/*.test.ts', 'bridge-contract/**/*.test.ts', 'cli/**/*.test.ts', 'sample-server/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'test-support/**/*.test.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['pwa/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'ui/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['e2e/global-setup.ts'],
        },
      },
    ],
  },
});
