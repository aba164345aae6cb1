import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { normalizedBase } from './src/config/deploy-env.mjs';

/**
 * The browser tests that check the site behind nginx, served by scripts/nginx.mjs through the
 * shipped deploy/nginx/raci.conf (under BASE_PATH, the server block generated for that base).
 * `npm test` runs it after each build; nginx comes from scripts/nginx.mjs's provisioning.
 */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = normalizedBase();
const underBase = BASE !== '/';
const name = underBase ? 'e2e-nginx-base' : 'e2e-nginx';

export default defineConfig({
  ...base,
  testMatch: underBase ? ['http.spec.ts', 'base-path.spec.ts'] : ['http.spec.ts', 'http-pages.spec.ts'],
  testIgnore: [],
  outputDir: `test-results/playwright-${name}`,
  reporter: [['list'], ['json', { outputFile: `test-results/${name}.json` }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}${BASE}` },
  webServer: {
    command: `node scripts/nginx.mjs ${DIST} ${PORT} ${BASE}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
    // nginx stops and scripts/nginx.mjs removes its temp folder (the default SIGKILL would leave it).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
