import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each PGlite (Postgres in WebAssembly) takes one to several seconds to start on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
