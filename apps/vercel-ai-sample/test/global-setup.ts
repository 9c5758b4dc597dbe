// Once per test run: the Bedrock emulator, the dev issuer, `next build` of the app with sentinel secrets,
// then `next start` on a free port. Tests get the URLs through vitest's inject().
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideSample, startSampleUnderTest } from '@repo/devtools/sample-under-test';
import type { TestProject } from 'vitest/node';
import { appEnv, SENTINELS } from './env.ts';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export default async function setup(project: TestProject) {
  const sample = await startSampleUnderTest({ dir: appDir, env: appEnv });
  provideSample(project, sample, SENTINELS.AUTH0_SECRET);
  return () => sample.stop();
}
