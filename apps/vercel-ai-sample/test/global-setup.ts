// Once per test run: the Bedrock emulator (instant pacing), the dev issuer, `next build` of the app with
// sentinel secrets, then `next start` on a free port. Tests get the URLs through vitest's inject().
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@repo/bedrock-emulator';
import { startDevIdp } from '@repo/dev-idp';
import { buildNextApp, startNextApp } from '@repo/devtools/next-app';
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
  const env = appEnv({ emulatorPort: emulator.port, devIdpPort: idp.port });
  try {
    await buildNextApp({ dir: appDir, env });
    const app = await startNextApp({ dir: appDir, env });
    project.provide('appUrl', app.url.replace(/\/$/, ''));
    project.provide('emulatorUrl', emulator.url);
    project.provide('issuer', idp.issuer);
    project.provide('sessionSecret', SENTINELS.AUTH0_SECRET);
    return async () => {
      await app.stop();
      await Promise.all([emulator.close(), idp.close()]);
    };
  } catch (error) {
    await Promise.all([emulator.close(), idp.close()]);
    throw error;
  }
}
