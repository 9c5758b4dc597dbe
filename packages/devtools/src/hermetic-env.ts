// Tests must not read a developer's own .env files (a real AUTH0_DOMAIN in .env.local would send the app
// under test to that tenant). loadConfig reads only DOTENV_CONFIG_PATH when it is set, so tests point it at
// an empty file of their own.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let emptyFile: string | undefined;

/** An empty .env file, made once per process in the system's temp folder. */
export function emptyEnvFile(): string {
  if (!emptyFile) {
    emptyFile = join(mkdtempSync(join(tmpdir(), 'sample-test-env-')), '.env');
    writeFileSync(emptyFile, '');
  }
  return emptyFile;
}

/**
 * The environment for a process under test: the parent's, DOTENV_CONFIG_PATH pointing at an empty file, then
 * the given values on top (a test that wants a particular .env passes its own DOTENV_CONFIG_PATH).
 */
export function hermeticEnv(
  env: Record<string, string | undefined> = {},
  parent: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return { ...parent, DOTENV_CONFIG_PATH: emptyEnvFile(), ...env };
}
