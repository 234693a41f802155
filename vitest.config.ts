import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit/component tests (happy-dom, fake browser, fake IndexedDB) and
// end-to-end tests in a real Chromium with the built extension (run by scripts/test.mjs,
// which builds the extension and the fixture pages first).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/unit.ts'],
          restoreMocks: true,
          globals: true,
          // Vitest 4 runs projects with different maxWorkers in separate groups: unit first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          // Each file starts its own Chromium; two at once is what 2 cores handle well.
          maxWorkers: 2,
          // A project with its own maxWorkers needs its own group (vitest 4): after the unit tests.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globals: true,
        },
      },
    ],
  },
});
