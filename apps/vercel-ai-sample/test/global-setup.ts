// Once per test run: the Bedrock emulator, the dev issuer, a Postgres wire-protocol server with pgvector
// (PGlite over TCP, so the app takes its DATABASE_URL path), `next build` of the app with sentinel
// secrets, then `next start` on a free port. Tests get the URLs through vitest's inject().
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideSample, startSampleUnderTest } from '@repo/devtools/sample-under-test';
import { startWireServer } from '@repo/documents/testing';
import type { TestProject } from 'vitest/node';
import { appEnv, SENTINELS } from './env.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export default async function setup(project: TestProject) {
  const database = await startWireServer({ password: SENTINELS.DATABASE_PASSWORD });
  try {
    const sample = await startSampleUnderTest({ dir: appDir, env: (ports) => appEnv(ports, database.url) });
    provideSample(project, sample, SENTINELS.AUTH0_SECRET);
    return async () => {
      await sample.stop();
      await database.stop();
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
