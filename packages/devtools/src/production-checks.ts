// The production checks both samples run against the build their global setup made: the deployed copy of the
// sample (deploy.ts). It refuses to start on a development configuration, and, configured the way a user of a lifted
// sample configures it (its own `.env.local`, none of our variables in the environment, its own `pnpm start`), it
// serves the signed-out page and answers /api/chat with 401 JSON.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@repo/testing';
import { describe, expect, inject, it } from 'vitest';
import { outsideEnv } from './deploy.ts';
import { startNextApp } from './next-app.ts';
import { startServer } from './process.ts';

export function describeProductionChecks(): void {
  const dir = inject('builtAppDir');

  describe('production start-up', () => {
    it('refuses the dev issuer and a missing AUTH0_SECRET, naming both variables in both languages', async () => {
      const start = startNextApp({ dir, env: { BEDROCK_MODE: 'emulator', LANG: 'en_US.UTF-8' } });
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

  describe('outside the repository', () => {
    it('starts with its own pnpm start and .env.local: the signed-out page, and /api/chat answering 401 JSON', async () => {
      const envFile = join(dir, '.env.local');
      writeFileSync(
        envFile,
        [
          'BEDROCK_MODE=emulator',
          `BEDROCK_EMULATOR_PORT=${new URL(inject('emulatorUrl')).port}`,
          `DEV_IDP_PORT=${new URL(inject('issuer')).port}`,
          // A production build on loopback with the dev issuer, as the samples' own production tests run it.
          'ALLOW_DEV_ISSUER_IN_PRODUCTION=true',
          `AUTH0_SECRET=${crypto.randomUUID().replaceAll('-', '')}${crypto.randomUUID().replaceAll('-', '')}`,
          '',
        ].join('\n'),
      );
      const port = await freePort();
      try {
        const app = await startServer({
          command: 'pnpm',
          args: ['start', '--port', String(port)],
          cwd: dir,
          env: { ...outsideEnv(), NODE_ENV: 'production' },
          url: `http://localhost:${port}/`,
          timeoutMs: 120_000,
        });
        try {
          const page = await fetch(`http://localhost:${port}/`);
          expect(page.status, app.output()).toBe(200);
          expect(await page.text()).toContain('/auth/login?');
          const chat = await fetch(`http://localhost:${port}/api/chat`, { method: 'POST', body: '{}' });
          expect(chat.status).toBe(401);
          expect(chat.headers.get('content-type')).toContain('application/json');
          expect(await chat.json()).toMatchObject({ error: { code: 'unauthenticated' } });
        } finally {
          await app.stop();
        }
      } finally {
        rmSync(envFile, { force: true });
      }
    });
  });
}
