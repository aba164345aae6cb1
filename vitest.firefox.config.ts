import { defineConfig } from 'vitest/config';

/**
 * The smoke suite in Firefox ESR (tests/firefox/), driven by puppeteer-core over WebDriver BiDi,
 * against an existing build (OUT_DIR, default dist/) served by scripts/serve.mjs on FIREFOX_PORT
 * (default 4405). One Firefox, one file at a time: `npm test` runs it in its browser lane.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 1,
    fileParallelism: false,
    // Starting Firefox and the server takes seconds on two busy cores.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // How long a poll waits for the page (search loading its index, a smooth scroll ending) before
    // it fails: patience on a busy machine, not a speed requirement.
    expect: { poll: { timeout: 10_000 } },
  },
});
