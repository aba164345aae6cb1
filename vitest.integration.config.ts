import { defineConfig } from 'vitest/config';

/**
 * Integration tests: they run the real build, the command-line tools and the servers as
 * processes, in temporary folders they remove afterwards. `npm test` runs them once its own builds
 * and `astro check` are done (they share the project's Astro caches).
 */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    // Each file spawns builds or servers: a few at a time is all two cores can take.
    maxWorkers: 2,
    testTimeout: 180_000,
  },
});
