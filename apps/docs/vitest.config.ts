import { defineConfig } from 'vitest/config';

// One `astro build` per test run (tests/support/build.ts), shared by every test file: the link, parity and
// weight checks read the built HTML and the browser tests serve it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
