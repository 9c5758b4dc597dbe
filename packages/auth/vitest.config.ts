import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    server: {
      deps: {
        // @auth0/ai's ESM build imports its own files without extensions, which only a bundler resolves:
        // let vitest transform it, as Next.js does in the apps.
        inline: [/@auth0\/ai/],
      },
    },
  },
});
