// Looking for server secrets in what a built Next.js app gives the browser. Tests build the app with
// generated sentinel secrets, then scan the emitted client files, the prerendered pages and the served
// answers for them.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { devSecrets } from '@repo/config/node';
import { leakedSecrets } from '@repo/testing';

/** A generated, obviously fake secret: `fake` and random letters (a readable word could match unrelated text). */
export function sentinelSecret(): string {
  return `fake${randomBytes(30).toString('base64url')}`;
}

/** A well-formed fake long-term Bedrock API key around random letters. */
export function sentinelBedrockKey(): string {
  const random = randomBytes(30).toString('base64url');
  return `ABSK${Buffer.from(`BedrockAPIKey-fake-at-000000000000:${random}`).toString('base64')}`;
}

/** This checkout's dev secrets (random, git-ignored), which the samples use with the dev issuer. */
const dev = devSecrets();
export const DEV_FIXED_SECRETS: readonly string[] = [dev.clientSecret, dev.sessionSecret];

export interface SecretsToFind {
  /** Generated for this run: any 8+ character slice of them counts. */
  sliced: readonly string[];
  /** Counted only as whole strings. */
  whole: readonly string[];
}

/** The secrets in `text`, each shown by its first characters only. */
export function leaksIn(text: string, secrets: SecretsToFind): string[] {
  return [
    ...leakedSecrets(text, secrets.sliced),
    ...secrets.whole.filter((secret) => text.includes(secret)).map((secret) => `${secret.slice(0, 4)}… (fixed)`),
  ];
}

/** The secrets in each file, as `file: secret` lines. */
export function leaksInFiles(files: readonly string[], secrets: SecretsToFind): string[] {
  return files.flatMap((file) => leaksIn(readFileSync(file, 'utf8'), secrets).map((leak) => `${file}: ${leak}`));
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file `next build` emitted for the browser (`.next/static`). */
export function nextClientFiles(appDir: string): string[] {
  return filesUnder(join(appDir, '.next', 'static'));
}

/** Every prerendered page and payload `next build` wrote (`.next/server/app`). */
export function nextPrerenderedFiles(appDir: string): string[] {
  return filesUnder(join(appDir, '.next', 'server', 'app')).filter((f) => /\.(html|rsc|body|meta|segments)$/.test(f));
}
