// A sample leaves the monorepo: `pnpm --filter <sample> deploy <dir>` makes a folder of its own (the workspace
// packages copied in, versions resolved), which builds with its own `next build` and starts with its own
// `pnpm start`, reading its `.env.local` from that folder. Against the Bedrock emulator and the dev issuer:
// the signed-out page is served and /api/chat answers 401 JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@repo/bedrock-emulator';
import { startDevIdp } from '@repo/dev-idp';
import { freePort } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { runToEnd, startServer } from './process.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The environment of the deployed copy's commands: no variable of ours, so only its .env.local configures it. */
function outsideEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) {
    if (/^(AWS_|BEDROCK_|AUTH0_|APP_BASE_URL|DEV_IDP_|DOTENV_CONFIG_PATH|DATABASE_URL|PORT$|npm_|PNPM_)/.test(name))
      delete env[name];
  }
  return env;
}

describe.each(['vercel-ai-sample', 'langchain-sample'])('%s outside the repository', (sample) => {
  it('deploys, builds, starts, serves the signed-out page and answers /api/chat with 401 JSON', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), `deploy-${sample}-`)), sample);
    const emulator = await startEmulator({ port: 0, pacing: 'instant' });
    const idp = await startDevIdp({ port: await freePort() });
    try {
      const env = outsideEnv();
      await runToEnd('pnpm', ['--filter', `@repo/${sample}`, 'deploy', dir], { cwd: repoRoot, env });
      writeFileSync(
        join(dir, '.env.local'),
        [
          'BEDROCK_MODE=emulator',
          `BEDROCK_EMULATOR_PORT=${emulator.port}`,
          `DEV_IDP_PORT=${idp.port}`,
          // A production build on loopback with the dev issuer, as the samples' own production tests run it.
          'ALLOW_DEV_ISSUER_IN_PRODUCTION=true',
          `AUTH0_SECRET=${crypto.randomUUID().replaceAll('-', '')}${crypto.randomUUID().replaceAll('-', '')}`,
          '',
        ].join('\n'),
      );
      await runToEnd('pnpm', ['run', 'build'], { cwd: dir, env: { ...env, NODE_ENV: 'production' } });
      const port = await freePort();
      const app = await startServer({
        command: 'pnpm',
        args: ['start', '--port', String(port)],
        cwd: dir,
        env: { ...env, NODE_ENV: 'production' },
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
      await Promise.all([emulator.close(), idp.close()]);
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  }, 900_000);
});
