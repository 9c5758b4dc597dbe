import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests start real processes (tsx, the emulator, the dev issuer): on a loaded 2-core machine
    // their start-up alone can pass vitest's 5 s default.
    testTimeout: 30_000,
  },
});
