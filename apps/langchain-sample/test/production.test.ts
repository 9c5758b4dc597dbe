// Under NODE_ENV=production the built app refuses to start when sign-in would go through the dev issuer or
// AUTH0_SECRET is missing, and says why in Japanese and English (the build is the one global-setup made).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNextApp } from '@repo/devtools/next-app';
import { describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('production start-up', () => {
  it('refuses the dev issuer and a missing AUTH0_SECRET, naming both variables in both languages', async () => {
    const start = startNextApp({ dir: appDir, env: { BEDROCK_MODE: 'emulator', LANG: 'en_US.UTF-8' } });
    const error = await start.then(
      async (app) => {
        await app.stop();
        throw new Error('the app started');
      },
      (refused: Error) => refused,
    );
    expect(error.message).toContain('AUTH0_DOMAIN: NODE_ENV=production ですが AUTH0_DOMAIN が未設定');
    expect(error.message).toContain('AUTH0_DOMAIN: NODE_ENV=production, but AUTH0_DOMAIN is not set');
    expect(error.message).toContain('AUTH0_SECRET: NODE_ENV=production では AUTH0_SECRET が必要です');
    expect(error.message).toContain('AUTH0_SECRET: AUTH0_SECRET is required under NODE_ENV=production');
  });
});
