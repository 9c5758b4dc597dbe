// vitest globalSetup: builds the site once (both locales) before any test file runs.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default function setup(): void {
  const astro = join(SITE_ROOT, 'node_modules', '.bin', 'astro');
  const started = performance.now();
  const result = spawnSync(astro, ['build', '--silent'], {
    cwd: SITE_ROOT,
    encoding: 'utf8',
    // vitest sets NODE_ENV=test, which would make this a non-production build (no search, dev notices).
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`[docs] astro build (ja + en) took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
