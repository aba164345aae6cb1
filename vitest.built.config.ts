import { defineConfig } from 'vitest/config';

/** Checks over an existing build (OUT_DIR, default dist/): run after `astro build`, never by the unit run. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
  },
});
