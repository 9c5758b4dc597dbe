import { defineConfig } from 'vitest/config';

// One `astro build` per test run (tests/support/build.ts), shared by every test file: the link, parity and
// weight checks read the built HTML and the browser tests serve it.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser checks poll for what the page shows; the 1 s default is too short while other builds share the CPU.
    expect: { poll: { timeout: 10_000 } },
  },
});
