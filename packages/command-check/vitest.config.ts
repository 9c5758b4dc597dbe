import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The doctor's output is read from real processes (tsx start-up each time): slow on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
