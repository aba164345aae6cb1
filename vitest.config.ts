import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic, no build, no server, no child process (`npm run test:unit`). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
