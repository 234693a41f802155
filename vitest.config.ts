import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects: fast unit/component tests (happy-dom, fake browser, fake IndexedDB), and
// end-to-end tests in a real Chromium and in a real Firefox ESR with the built extension (run
// by scripts/test.mjs, which builds both packages and the fixture pages first).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/house/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/unit.ts'],
          restoreMocks: true,
          globals: true,
          // A hung test fails after this; no test measures time (that is `npm run bench`), and
          // 1 MB inputs take seconds on 2 busy cores, past vitest's 5 s default.
          testTimeout: 30_000,
          // Vitest 4 runs projects with different maxWorkers in separate groups: unit first.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/*.e2e.ts'],
          // The store images are only made by `npm run screenshots`; nothing else in them is tested.
          exclude: process.env.TC_SCREENSHOTS === '1' ? [] : ['tests/e2e/store-screenshots.e2e.ts'],
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
      {
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e/firefox/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          // Debian's Firefox ESR with the built Firefox package (puppeteer-core over WebDriver BiDi):
          // one Firefox per file, two files at once.
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globals: true,
        },
      },
    ],
  },
});
