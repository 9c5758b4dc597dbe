// No server secret reaches the browser: every file Next.js emitted for the client, every prerendered page,
// and the pages as served (signed out and signed in) are scanned for the sentinel secrets the app was built
// and run with.
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { leaksIn, leaksInFiles, nextClientFiles, nextPrerenderedFiles } from '@repo/devtools/secret-scan';
import { describe, expect, inject, it } from 'vitest';
import { SECRETS } from './env.ts';

// The build global-setup made and serves (the deployed copy of the sample).
const appDir = inject('builtAppDir');

describe('secrets stay on the server', () => {
  it('are in no emitted client file', () => {
    const files = nextClientFiles(appDir);
    expect(files.length).toBeGreaterThan(5);
    expect(leaksInFiles(files, SECRETS)).toEqual([]);
  });

  it('are in no prerendered page or payload', () => {
    expect(leaksInFiles(nextPrerenderedFiles(appDir), SECRETS)).toEqual([]);
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
    expect(bodies.flatMap((body) => leaksIn(body, SECRETS))).toEqual([]);
  });
});
