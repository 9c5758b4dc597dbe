// The development secrets of one checkout: a random value made on first use and kept in a git-ignored
// file (`.data/dev-secret`, readable by its owner only), from which the dev session-cookie secret and the
// dev issuer's client secret are derived. Nothing in the repository signs a session, and the values are
// never printed. Delete the file to sign out every dev session and get new ones.
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DevSecrets } from './types.ts';

/** Where the checkout's random value lives, relative to the project root (or the folder the app runs in without one). */
export const DEV_SECRET_FILE = join('.data', 'dev-secret');

const cache = new Map<string, DevSecrets>();

/** The dev secrets of the checkout at `root`, made on first use. */
export function devSecretsAt(root: string): DevSecrets {
  const path = join(root, DEV_SECRET_FILE);
  let secrets = cache.get(path);
  if (!secrets) {
    secrets = deriveDevSecrets(readOrCreate(path));
    cache.set(path, secrets);
  }
  return secrets;
}

/** Each secret is an HMAC of the checkout's random value with its own label, so one never reveals another. */
export function deriveDevSecrets(master: string): DevSecrets {
  const derive = (label: string) => createHmac('sha256', master).update(label).digest('hex');
  return {
    sessionSecret: derive('auth0-session-secret'),
    clientSecret: derive('dev-idp-client-secret'),
    fgaClientSecret: derive('dev-idp-fga-client-secret'),
  };
}

function readOrCreate(path: string): string {
  const existing = readMaster(path);
  if (existing) return existing;
  mkdirSync(dirname(path), { recursive: true });
  // Written aside, then linked into place: when two processes start at once, the first link wins and the
  // other reads the same complete file (link never replaces an existing one).
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  const created = readMaster(path);
  if (!created) throw new Error(`${path} does not hold a development secret; delete it to make a new one.`);
  return created;
}

function readMaster(path: string): string | undefined {
  try {
    const value = readFileSync(path, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
