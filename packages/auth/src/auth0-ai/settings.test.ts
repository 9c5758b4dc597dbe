// The one Auth0 for AI Agents setup the samples build from their Config: the settings both authorizers share,
// the issuer a resource server expects, and trusting the dev issuer's per-start certificate (real sockets).
import { startDevIdp } from '@repo/dev-idp';
import { describe, expect, it } from 'vitest';
import { devAuth0Config } from '../testing/config.ts';
import { auth0AIReady, auth0AISettings, tokenIssuer } from './settings.ts';

const tenant = {
  ...devAuth0Config(),
  mode: 'tenant' as const,
  domain: 'example.jp.auth0.com',
  issuerBaseUrl: 'https://example.jp.auth0.com',
};

describe('auth0AISettings', () => {
  it('is the app’s own Auth0 application, nothing else', () => {
    expect(auth0AISettings({ auth0: tenant })).toEqual({
      domain: 'example.jp.auth0.com',
      clientId: tenant.clientId,
      clientSecret: tenant.clientSecret,
    });
  });
});

describe('tokenIssuer', () => {
  it('is `https://<tenant>/` for Auth0 and the dev issuer’s URL as it is', () => {
    expect(tokenIssuer(tenant)).toBe('https://example.jp.auth0.com/');
    expect(tokenIssuer(devAuth0Config(4455))).toBe('http://localhost:4455');
  });
});

describe('auth0AIReady', () => {
  it('does nothing for a tenant', async () => {
    const lines: string[] = [];
    await auth0AIReady({ auth0: tenant }, (line) => lines.push(line));
    expect(lines).toEqual([]);
  });

  it('reports a dev issuer that is not running without throwing, and trusts it once it runs', async () => {
    const probe = await startDevIdp({ port: 0 });
    const port = probe.port;
    await probe.close();
    const config = { auth0: devAuth0Config(port) };
    const lines: string[] = [];

    await expect(auth0AIReady(config, (line) => lines.push(line))).resolves.toBeUndefined();
    expect(lines).toEqual([expect.stringContaining(`could not trust the dev issuer at http://localhost:${port}`)]);

    const idp = await startDevIdp({ port });
    try {
      await auth0AIReady(config, (line) => lines.push(line));
      expect(lines).toHaveLength(1);
      // What @auth0/ai does next: an https call to the issuer's port.
      const res = await fetch(`https://localhost:${port}/.well-known/openid-configuration`);
      expect(res.status).toBe(200);
    } finally {
      await idp.close();
    }
  }, 60_000);
});
