import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { normalizedBase } from './scripts/lib/deploy-env.mjs';

/**
 * `E2E_SUITE=evolving`: the tests of tests/e2e-evolving/, against a build of the fixture content
 * whose history spans three releases (RACI_CONTENT_DIR=tests/fixtures/evolving-content, built into
 * dist-evolving): migrations after renamed, moved, removed activities and changed letters.
 */
const EVOLVING = process.env.E2E_SUITE === 'evolving';
/** Overridable so that several builds (e.g. one under a base path) can be tested side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const DIST = process.env.OUT_DIR ?? (EVOLVING ? 'dist-evolving' : 'dist');
/**
 * A build made with BASE_PATH (e.g. /raci/) is served under that path and gets only the base-path
 * smoke tests (tests/e2e/base-path.spec.ts) and the id check; the other tests are written for a build at the root.
 */
const BASE = normalizedBase(process.env.BASE_PATH ?? '/');
const underBase = BASE !== '/';
const suite = EVOLVING ? 'e2e-evolving' : underBase ? 'e2e-base' : 'e2e';
const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one where it can) or set CHROMIUM_PATH.');
}

/** End-to-end tests run against the production build in dist/, served like a static host. */
export default defineConfig({
  testDir: EVOLVING ? 'tests/e2e-evolving' : 'tests/e2e',
  ...(EVOLVING ? {} : underBase ? { testMatch: ['base-path.spec.ts', 'ids.spec.ts'] } : { testIgnore: 'base-path.spec.ts' }),
  outputDir: `test-results/playwright${EVOLVING ? '-evolving' : underBase ? '-base' : ''}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `test-results/${suite}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: EVOLVING ? 'evolving' : 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${DIST} ${PORT} ${BASE}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
