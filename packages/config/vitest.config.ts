import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Bundling the core for the browser (esbuild) takes about a second on a quiet machine, and more than vitest's
    // 5 s default while app builds share the 2 cores.
    testTimeout: 30_000,
  },
});
