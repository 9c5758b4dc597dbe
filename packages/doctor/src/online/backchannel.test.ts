// doctor's CIBA check against the dev issuer over real sockets: the app's CIBA grant accepted, a client without
// the grant, wrong client credentials, a server that is no backchannel endpoint; the probe never asks a user.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testConfig } from '@repo/auth/testing';
import { type Config, DEV_FGA_CLIENT_ID } from '@repo/config';
import { devSecrets } from '@repo/config/node';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackchannel, PROBE_USER_ID } from './backchannel.ts';

let idp: DevIdp;
let notFound: Server;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
  notFound = createServer((_req, res) => {
    res.statusCode = 404;
    res.end('not here');
  });
  await new Promise<void>((resolve) => notFound.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await idp?.close();
  await new Promise<void>((resolve) => notFound.close(() => resolve()));
});

function config(auth0: Partial<Config['auth0']> = {}): Config {
  return testConfig({
    credentials: { source: 'emulator', apiKey: 'unused' },
    auth0: { mode: 'dev', issuerBaseUrl: idp.issuer, domain: new URL(idp.issuer).host, ...auth0 },
  });
}

describe('checkBackchannel', () => {
  it('passes when the endpoint answers the app (probing a user that does not exist)', async () => {
    const result = await checkBackchannel(config(), 5000);
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(result.detail?.en).toContain('/bc-authorize answers');
    expect(result.detail?.ja).toContain('応答しました');
    expect(idp.pendingRequests(PROBE_USER_ID)).toEqual([]);
  });

  it('with a tenant, adds what doctor cannot see: Guardian push enrolment', async () => {
    const result = await checkBackchannel(config({ mode: 'tenant' }), 5000);
    expect(result.ok).toBe(true);
    const [note] = result.findings;
    expect(note).toMatchObject({ code: 'auth0-ciba-guardian-push', severity: 'info' });
    expect(note?.fix.en).toContain('Push Notification using Auth0 Guardian');
    expect(note?.fix.ja).toContain('Auth0 Guardian');
  });

  it('names the grant to enable when the app lacks CIBA', async () => {
    const result = await checkBackchannel(
      config({ clientId: DEV_FGA_CLIENT_ID, clientSecret: devSecrets().fgaClientSecret }),
      5000,
    );
    expect(result.ok).toBe(false);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ code: 'auth0-ciba-grant-disabled', variable: 'AUTH0_CLIENT_ID' });
    expect(finding?.fix.en).toContain('Client Initiated Backchannel Authentication (CIBA)');
    expect(finding?.fix.ja).toContain('Grant Types');
  });

  it('reports rejected client credentials, without the secret', async () => {
    const secret = 'not-the-secret-of-this-app';
    const result = await checkBackchannel(config({ mode: 'tenant', clientSecret: secret }), 5000);
    expect(result.findings[0]).toMatchObject({ code: 'auth0-ciba-client-rejected', severity: 'error' });
    expect(JSON.stringify(result)).not.toContain(secret);
    // The dev issuer knows one secret per checkout: another checkout's issuer is running on the port.
    const dev = await checkBackchannel(config({ clientSecret: secret }), 5000);
    expect(dev.findings[0]).toMatchObject({ code: 'auth0-ciba-dev-issuer-other-checkout', severity: 'warning' });
    expect(dev.findings[0]?.fix.en).toContain('pnpm dev');
    expect(JSON.stringify(dev)).not.toContain(secret);
  });

  it('reports a server that is no backchannel endpoint, and one that does not answer', async () => {
    const port = (notFound.address() as AddressInfo).port;
    const other = await checkBackchannel(config({ issuerBaseUrl: `http://127.0.0.1:${port}` }), 5000);
    expect(other.findings[0]).toMatchObject({ code: 'auth0-ciba-unavailable' });
    expect(other.findings[0]?.message.en).toContain('HTTP 404');
    const closed = await checkBackchannel(config({ issuerBaseUrl: 'http://127.0.0.1:9' }), 5000);
    expect(closed.findings[0]).toMatchObject({ code: 'auth0-ciba-unavailable' });
  });
});
