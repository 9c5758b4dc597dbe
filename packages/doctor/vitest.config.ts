import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The CLI tests start `npm run doctor` as real processes (tsx start-up each time): on a loaded 2-core
    // machine a test with several of them can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
