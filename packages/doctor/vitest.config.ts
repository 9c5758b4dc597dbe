import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The CLI tests start `npm run doctor` as real processes (tsx start-up each time, 1-3 s quiet, 10-15 s when
    // builds share the 2 cores): a test that starts four of them needs room without anything being wrong.
    testTimeout: 120_000,
  },
});
