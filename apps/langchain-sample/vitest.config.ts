import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: {
      '@/': `${join(import.meta.dirname, 'src')}/`,
      // Tests import server modules directly, outside a React Server Components build.
      'server-only': join(dirname(require.resolve('server-only')), 'empty.js'),
    },
  },
  test: {
    // @auth0/ai's ESM build imports its own files without extensions, which only a bundler resolves.
    server: { deps: { inline: [/@auth0\/ai/] } },
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // PGlite (Postgres in WebAssembly) takes seconds to start on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser checks poll for what the page shows; the 1 s default is too short while other builds share the CPU.
    expect: { poll: { timeout: 10_000 } },
  },
});
