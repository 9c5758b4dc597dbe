// A sample app under test, once per vitest run (its globalSetup): the Bedrock emulator, the dev issuer and dev-fga
// (in memory, with the samples' store and model) on free ports; the sample lifted out with `pnpm deploy` (deploy.ts),
// then `next build` of that copy with the environment the test gives, and `next start`. So every test of the app
// runs against a sample that has left the monorepo, and one build serves both. Tests get the URLs and the copy's
// folder through vitest's inject().
import { startEmulator } from '@repo/bedrock-emulator';
import { initDevStore, startDevFga } from '@repo/dev-fga';
import { startDevIdp } from '@repo/dev-idp';
import { freePort } from '@repo/testing';
import type { TestProject } from 'vitest/node';
import { deploySample } from './deploy.ts';
import { buildNextApp, startNextApp } from './next-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    emulatorUrl: string;
    issuer: string;
    fgaUrl: string;
    sessionSecret: string;
    builtAppDir: string;
  }
}

export interface StandInPorts {
  emulatorPort: number;
  devIdpPort: number;
  devFgaPort: number;
}

export interface SampleUnderTest {
  /** The app's base URL, without a trailing slash. */
  appUrl: string;
  emulatorUrl: string;
  issuer: string;
  /** dev-fga, which decides who may read which document (DEV_FGA_PORT). */
  fgaUrl: string;
  /** The folder that was built and is served: the deployed copy of the sample. */
  builtAppDir: string;
  /** Stops the app, then the emulator, the issuer and dev-fga, and deletes the copy. */
  stop(): Promise<void>;
}

export async function startSampleUnderTest({
  dir,
  env,
}: {
  dir: string;
  /** The app's environment (build and server), given the stand-ins' ports. */
  env: (ports: StandInPorts) => Record<string, string>;
}): Promise<SampleUnderTest> {
  // Fast, but not instant: the browser tests must see an answer arrive in pieces.
  const emulator = await startEmulator({ port: 0, pacing: { firstTokenMs: 0, tokensPerSecond: 80 } });
  // Polls every second (Auth0 asks for 5): an approval reaches the app without a long wait.
  const idp = await startDevIdp({ port: await freePort(), pollInterval: 1 });
  const fga = await startDevFga({ port: await freePort() });
  let removeCopy = () => {};
  const stopStandIns = async () => {
    await Promise.all([emulator.close(), idp.close(), fga.close()]);
    removeCopy();
  };
  try {
    await initDevStore(fga.url);
    // The built app runs with NODE_ENV=production against the dev issuer on loopback: allowed explicitly.
    const appEnv = {
      ALLOW_DEV_ISSUER_IN_PRODUCTION: 'true',
      ...env({ emulatorPort: emulator.port, devIdpPort: idp.port, devFgaPort: fga.port }),
    };
    // REUSE_NEXT_BUILD=1 keeps the copy and its build for the next run (faster runs while editing tests only).
    const copy = await deploySample(dir, { keep: process.env.REUSE_NEXT_BUILD === '1' });
    removeCopy = copy.remove;
    const builtAppDir = copy.dir;
    if (!copy.built) await buildNextApp({ dir: builtAppDir, env: appEnv });
    const app = await startNextApp({ dir: builtAppDir, env: appEnv });
    return {
      appUrl: app.url.replace(/\/$/, ''),
      emulatorUrl: emulator.url,
      issuer: idp.issuer,
      fgaUrl: fga.url,
      builtAppDir,
      stop: async () => {
        await app.stop();
        await stopStandIns();
      },
    };
  } catch (error) {
    await stopStandIns();
    throw error;
  }
}

/** Hands the sample's URLs and its session cookie secret to the tests (`inject('appUrl')`, ...). */
export function provideSample(project: TestProject, sample: SampleUnderTest, sessionSecret: string): void {
  project.provide('appUrl', sample.appUrl);
  project.provide('emulatorUrl', sample.emulatorUrl);
  project.provide('issuer', sample.issuer);
  project.provide('fgaUrl', sample.fgaUrl);
  project.provide('sessionSecret', sessionSecret);
  project.provide('builtAppDir', sample.builtAppDir);
}
