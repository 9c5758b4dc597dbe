// A sample lifted out of the monorepo as its README tells users to: `pnpm --filter <sample> deploy <dir>` makes a
// folder of its own (the workspace packages copied into its node_modules, versions resolved). The samples' test
// runs build and serve that copy, so every browser and route test also proves that the lifted sample works.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DEV_SECRET_FILE, devSecrets } from '@repo/config/node';
import { runToEnd } from './process.ts';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** An environment with none of our variables, so that only a deployed copy's own `.env.local` configures it. */
export function outsideEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) {
    if (
      /^(AWS_|BEDROCK_|AUTH0_|APP_BASE_URL|DEV_IDP_|DEV_FGA_|FGA_|DOTENV_CONFIG_PATH|DATABASE_URL|PORT$|npm_|PNPM_)/.test(
        name,
      )
    )
      delete env[name];
  }
  return env;
}

export interface DeployedSample {
  /** The copy: `<tmp>/<...>/<sample folder name>`. */
  dir: string;
  /** Whether the copy already holds a `next build` (only when `keep` found an earlier one). */
  built: boolean;
  /** Deletes the copy (a kept copy stays). */
  remove(): void;
}

/**
 * `pnpm --filter <the app's package name> deploy <tmp>/.../<folder name>` from the repository root. `keep`: the copy
 * goes to a fixed folder under the system's temporary folder and stays there, and an earlier copy with a build is
 * used as it is (REUSE_NEXT_BUILD=1, for runs that change only tests).
 */
export async function deploySample(appDir: string, { keep = false } = {}): Promise<DeployedSample> {
  const { name } = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { name: string };
  const parent = keep
    ? join(tmpdir(), `deploy-${basename(appDir)}-kept`)
    : mkdtempSync(join(tmpdir(), `deploy-${basename(appDir)}-`));
  const dir = join(parent, basename(appDir));
  const remove = keep ? () => {} : () => rmSync(parent, { recursive: true, force: true });
  if (keep && existsSync(join(dir, '.next', 'BUILD_ID'))) return { dir, built: true, remove };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  try {
    await runToEnd('pnpm', ['--filter', name, 'deploy', dir], { cwd: repoRoot, env: outsideEnv() });
    // The dev issuer the tests start signs in with this checkout's development secrets (.data/dev-secret). The copy,
    // outside the repository, would make its own, and every sign-in would end in invalid_client.
    devSecrets(repoRoot);
    mkdirSync(join(dir, dirname(DEV_SECRET_FILE)), { recursive: true });
    copyFileSync(join(repoRoot, DEV_SECRET_FILE), join(dir, DEV_SECRET_FILE));
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, built: false, remove };
}
