import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './scripts/chromium.mjs';
import { normalizedBase } from './src/config/deploy-env.mjs';

/** Overridable so that several builds (e.g. one under a base path) can be tested side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const DIST = process.env.OUT_DIR ?? 'dist';
/**
 * A build made with BASE_PATH (e.g. /raci/) is served under that path and gets only the base-path
 * smoke tests (tests/e2e/base-path.spec.ts); the other tests are written for a build at the root.
 */
const BASE = normalizedBase();
const underBase = BASE !== '/';
/**
 * E2E_SUITE=evolving: the build of tests/fixtures/evolving-content (OUT_DIR=dist-evolving), a
 * matrix with three releases, gets its own tests (tests/e2e-evolving/).
 */
const evolving = process.env.E2E_SUITE === 'evolving';
const suite = evolving ? 'e2e-evolving' : underBase ? 'e2e-base' : 'e2e';
const executablePath = findTestChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one where it can) or set CHROMIUM_PATH.');
}

/** End-to-end tests run against the production build in dist/, served like a static host. */
export default defineConfig({
  testDir: evolving ? 'tests/e2e-evolving' : 'tests/e2e',
  // http-pages.spec.ts runs behind nginx only (playwright.nginx.config.ts); hygiene.spec.ts covers it here.
  ...(evolving
    ? {}
    : underBase
      ? { testMatch: ['base-path.spec.ts', 'http.spec.ts'] }
      : { testIgnore: ['base-path.spec.ts', 'http-pages.spec.ts'] }),
  outputDir: `test-results/playwright-${suite}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `test-results/${suite}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
  webServer: {
    command: `node scripts/serve.mjs ${DIST} ${PORT} ${BASE}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
