// No server secret reaches the browser: every file Next.js emitted for the client, every prerendered page,
// and the pages and API answers as served (signed out and signed in) are scanned for the sentinel secrets
// the app was built and run with, including the password inside DATABASE_URL.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakedSecrets } from '@repo/testing';
import { describe, expect, inject, it } from 'vitest';
import { FIXED_SECRETS, SERVER_SECRETS } from './env.ts';
import { sessionCookie } from './session.ts';

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

  it('are in no page or API answer as served, signed out or signed in', async () => {
    const appUrl = inject('appUrl');
    const cookie = await sessionCookie('test|secrets');
    const responses = await Promise.all([
      fetch(appUrl),
      fetch(appUrl, { headers: { cookie } }),
      fetch(`${appUrl}/documents`, { headers: { cookie } }),
      fetch(`${appUrl}/documents`, { headers: { cookie, rsc: '1' } }),
      fetch(`${appUrl}/api/documents`, { headers: { cookie } }),
      fetch(`${appUrl}/auth/profile`, { headers: { cookie } }),
      fetch(`${appUrl}/does-not-exist`),
    ]);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses[4]?.status).toBe(200);
    expect(bodies.flatMap(leaks)).toEqual([]);
  });
});
