// End-to-end tests: the built renderer in Chromium (tests/e2e), and the real Electron app where it can run (tests/electron).
import { defineConfig } from '@playwright/test';

/** The README screenshot is made on demand (`npm run screenshots`), never by `npm test`. */
const screenshots = process.env.REGIE_SCREENSHOTS === '1';

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { actionTimeout: 15_000, trace: 'retain-on-failure' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
    ...(screenshots ? [{ name: 'screenshots', testDir: 'tests/screenshots', testMatch: '**/*.shot.ts' }] : []),
  ],
});
