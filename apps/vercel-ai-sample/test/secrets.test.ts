// No server secret reaches the browser: every file Next.js emitted for the client, every prerendered page,
// and the pages as served (signed out and signed in) are scanned for the sentinel secrets the app was built
// and run with.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { leakedSecrets } from '@repo/testing';
import { describe, expect, inject, it } from 'vitest';
import { FIXED_SECRETS, SERVER_SECRETS } from './env.ts';

/** Slices of the sentinels, or a fixed secret as a whole. */
function leaks(text: string): string[] {
  return [
    ...leakedSecrets(text, SERVER_SECRETS),
    ...FIXED_SECRETS.filter((secret) => text.includes(secret)).map((secret) => `${secret.slice(0, 4)}… (fixed)`),
  ];
}

const nextDir = join(dirname(fileURLToPath(import.meta.url)), '..', '.next');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('secrets stay on the server', () => {
  it('are in no emitted client file', () => {
    const files = filesUnder(join(nextDir, 'static'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) => leaks(readFileSync(file, 'utf8')).map((l) => `${file}: ${l}`));
    expect(found).toEqual([]);
  });

  it('are in no prerendered page or payload', () => {
    const pages = filesUnder(join(nextDir, 'server', 'app')).filter((f) => /\.(html|rsc|body|meta|segments)$/.test(f));
    const found = pages.flatMap((file) => leaks(readFileSync(file, 'utf8')).map((l) => `${file}: ${l}`));
    expect(found).toEqual([]);
  });

  it('are in no page as served, signed out or signed in', async () => {
    const appUrl = inject('appUrl');
    const now = Math.floor(Date.now() / 1000);
    const cookie = `__session=${await generateSessionCookie(
      {
        user: { sub: 'test|secrets', name: 'Test User', email: 'secrets@example.com' },
        tokenSet: { accessToken: 'fake-access-token-for-tests', expiresAt: now + 3600 },
        internal: { sid: 'sid-secrets', createdAt: now },
      },
      { secret: inject('sessionSecret') },
    )}`;
    const responses = await Promise.all([
      fetch(appUrl),
      fetch(appUrl, { headers: { cookie } }),
      fetch(appUrl, { headers: { cookie, rsc: '1' } }),
      fetch(`${appUrl}/auth/profile`, { headers: { cookie } }),
      fetch(`${appUrl}/does-not-exist`),
    ]);
    const bodies = await Promise.all(responses.map(async (r) => `${[...r.headers].join('\n')}\n${await r.text()}`));
    expect(bodies[1]).toContain('Test User');
    expect(bodies.flatMap((body) => leaks(body))).toEqual([]);
  });
});
