// A built Next.js app under test: `next build` once, then `next start` on a free port with the given
// environment, wait until it answers, stop it afterwards. Used by the samples' vitest globalSetup.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from '@repo/testing';
import { hermeticEnv } from './hermetic-env.ts';
import { runToEnd, type ServerProcess, startServer } from './process.ts';

export function nextBin(appDir: string): string {
  const require = createRequire(join(appDir, 'package.json'));
  return require.resolve('next/dist/bin/next');
}

/**
 * The environment for a test build or server: the parent's, telemetry off, no .env file of the developer's
 * (DOTENV_CONFIG_PATH is an empty file unless `env` names one), the given values on top.
 */
function testEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return hermeticEnv({ NEXT_TELEMETRY_DISABLED: '1', ...env });
}

export async function buildNextApp({ dir, env = {} }: { dir: string; env?: Record<string, string | undefined> }) {
  return runToEnd(process.execPath, [nextBin(dir), 'build'], {
    cwd: dir,
    env: testEnv({ NODE_ENV: 'production', ...env }),
  });
}

export interface NextApp extends ServerProcess {
  port: number;
}

/**
 * Node flags for `next start`, as the samples' own `start` scripts use them. AsyncLocalStorage on async
 * context frames (Node 24's default, opt-in on 22) takes the promise hooks off every streamed chunk: with
 * 50 concurrent chat streams on 2 cores it decides whether the app keeps up with the model.
 */
export const NEXT_START_NODE_ARGS: readonly string[] = ['--experimental-async-context-frame'];

/** Starts an already built app with `next start` on a free port (PORT is set too, for the app's base URL). */
export async function startNextApp({
  dir,
  env = {},
  port,
  nodeArgs = NEXT_START_NODE_ARGS,
}: {
  dir: string;
  env?: Record<string, string | undefined>;
  port?: number;
  /** Node flags for the server process (default NEXT_START_NODE_ARGS). */
  nodeArgs?: readonly string[];
}): Promise<NextApp> {
  const appPort = port ?? (await freePort());
  const server = await startServer({
    command: process.execPath,
    args: [...nodeArgs, nextBin(dir), 'start', '--port', String(appPort), '--hostname', 'localhost'],
    cwd: dir,
    env: testEnv({ NODE_ENV: 'production', PORT: String(appPort), ...env }),
    url: `http://localhost:${appPort}/`,
  });
  return { ...server, port: appPort };
}
