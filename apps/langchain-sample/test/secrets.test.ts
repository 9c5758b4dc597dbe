// No server secret reaches the browser: every file Next.js emitted for the client, every prerendered page,
// and the pages and API answers as served (signed out and signed in) are scanned for the sentinel secrets
// the app was built and run with, including the password inside DATABASE_URL.
import { leaksIn, leaksInFiles, nextClientFiles, nextPrerenderedFiles } from '@repo/devtools/secret-scan';
import { describe, expect, inject, it } from 'vitest';
import { SECRETS } from './env.ts';
import { sessionCookie } from './session.ts';

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
    expect(bodies.flatMap((body) => leaksIn(body, SECRETS))).toEqual([]);
  });
});
