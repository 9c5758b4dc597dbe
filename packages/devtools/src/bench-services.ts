// What a `pnpm bench` of a built sample runs against: the Bedrock emulator in its own process (as Bedrock is its
// own service, neither measured path shares its event loop) and the dev issuer, plus the app's environment.
import { join } from 'node:path';
import { startDevIdp } from '@repo/dev-idp';
import { freePort } from '@repo/testing';
import { startServer } from './process.ts';

export interface BenchServices {
  /** The environment of the built app (`next build` and `next start`). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const SECRET = `bench${crypto.randomUUID().replaceAll('-', '')}${crypto.randomUUID().replaceAll('-', '')}`;

/** Starts the emulator (`pacing`: the emulator CLI's preset, e.g. `instant` or `human`) and the dev issuer. */
export async function startBenchServices({
  appDir,
  pacing,
  region,
}: {
  appDir: string;
  pacing: string;
  region?: string;
}): Promise<BenchServices> {
  const emulatorPort = await freePort();
  const emulator = await startServer({
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      'src/cli.ts',
      '--port',
      String(emulatorPort),
      '--pacing',
      pacing,
      ...(region ? ['--region', region] : []),
    ],
    cwd: join(appDir, '..', '..', 'packages', 'bedrock-emulator'),
    env: process.env,
    url: `http://127.0.0.1:${emulatorPort}/_emulator/health`,
  });
  const idp = await startDevIdp({ port: await freePort() });
  return {
    env: {
      BEDROCK_MODE: 'emulator',
      BEDROCK_EMULATOR_PORT: String(emulatorPort),
      DEV_IDP_PORT: String(idp.port),
      AUTH0_SECRET: SECRET,
      // The built app runs with NODE_ENV=production against the dev issuer on loopback: allowed explicitly.
      ALLOW_DEV_ISSUER_IN_PRODUCTION: 'true',
    },
    stop: async () => {
      await Promise.all([emulator.stop(), idp.close()]);
    },
  };
}
