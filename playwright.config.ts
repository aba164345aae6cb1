import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/** Overridable so that several builds (e.g. one under a base path) can be tested side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const DIST = process.env.OUT_DIR ?? 'dist';
const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one where it can) or set CHROMIUM_PATH.');
}

/** End-to-end tests run against the production build in dist/, served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
  webServer: {
    command: `node scripts/serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
