import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite (Postgres in WebAssembly) takes seconds to start on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
