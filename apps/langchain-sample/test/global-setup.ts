// Once per test run: the Bedrock emulator, the dev issuer, a Postgres wire-protocol server with pgvector
// (PGlite over TCP, so the app takes its DATABASE_URL path), `next build` of the app with sentinel
// secrets, then `next start` on a free port. Tests get the URLs through vitest's inject().
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@repo/bedrock-emulator';
import { startDevIdp } from '@repo/dev-idp';
import { buildNextApp, startNextApp } from '@repo/devtools/next-app';
import { startWireServer } from '@repo/documents/testing';
import { freePort } from '@repo/testing';
import type { TestProject } from 'vitest/node';
import { appEnv, SENTINELS } from './env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
    issuer: string;
    sessionSecret: string;
  }
}

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export default async function setup(project: TestProject) {
  // Fast, but not instant: the browser test must see an answer arrive in pieces.
  const emulator = await startEmulator({ port: 0, pacing: { firstTokenMs: 0, tokensPerSecond: 80 } });
  const idp = await startDevIdp({ port: await freePort() });
  const database = await startWireServer({ password: SENTINELS.DATABASE_PASSWORD });
  const stopServices = () => Promise.all([emulator.close(), idp.close(), database.stop()]);
  const env = appEnv({ emulatorPort: emulator.port, devIdpPort: idp.port }, database.url);
  try {
    // REUSE_NEXT_BUILD=1 skips `next build` when a build exists (faster runs while editing tests only).
    if (process.env.REUSE_NEXT_BUILD !== '1' || !existsSync(join(appDir, '.next', 'BUILD_ID'))) {
      await buildNextApp({ dir: appDir, env });
    }
    const app = await startNextApp({ dir: appDir, env });
    project.provide('appUrl', app.url.replace(/\/$/, ''));
    project.provide('emulatorUrl', emulator.url);
    project.provide('issuer', idp.issuer);
    project.provide('sessionSecret', SENTINELS.AUTH0_SECRET);
    return async () => {
      await app.stop();
      await stopServices();
    };
  } catch (error) {
    await stopServices();
    throw error;
  }
}
