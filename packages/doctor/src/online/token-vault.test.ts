// doctor's Token Vault check: against the dev issuer over real sockets (the exchange answers, the connection is
// google-oauth2, a wrong client secret), and a tenant's answers as Auth0 gives them, served by a small local
// server (grant not enabled for the app; /authorize sending the browser on to Google, or back with an error).
import { createServer, type Server } from 'node:http';
import { testConfig } from '@repo/auth/testing';
import type { Config } from '@repo/config';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTokenVault } from './token-vault.ts';

let idp: DevIdp;
let tenant: Server;
let tenantUrl: string;
/** What the stand-in tenant answers: the token endpoint's error, and where /authorize sends the browser. */
const answers = { tokenError: 'unauthorized_client', authorizeTo: 'https://accounts.google.com/o/oauth2/auth' };

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
  tenant = createServer((req, res) => {
    if (req.url?.startsWith('/oauth/token')) {
      res.writeHead(answers.tokenError === 'access_denied' ? 401 : 403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: answers.tokenError, error_description: 'from the stand-in tenant' }));
      return;
    }
    res.writeHead(302, { location: answers.authorizeTo });
    res.end();
  });
  await new Promise<void>((resolve) => tenant.listen(0, '127.0.0.1', resolve));
  tenantUrl = `http://127.0.0.1:${(tenant.address() as { port: number }).port}`;
});
afterAll(async () => {
  await idp?.close();
  await new Promise<void>((resolve) => tenant.close(() => resolve()));
});

const credentials = { source: 'emulator', apiKey: 'unused' } as const;
function devConfig(overrides: Partial<Config['auth0']> = {}, connection?: string): Config {
  return {
    ...testConfig({
      credentials,
      auth0: { mode: 'dev', issuerBaseUrl: idp.issuer, domain: new URL(idp.issuer).host, ...overrides },
    }),
    ...(connection ? { tokenVault: { connection } } : {}),
  };
}
function tenantConfig(): Config {
  return testConfig({
    credentials,
    auth0: {
      mode: 'tenant',
      issuerBaseUrl: tenantUrl,
      domain: new URL(tenantUrl).host,
      appBaseUrl: 'http://localhost:3000',
    },
  });
}
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('checkTokenVault against the dev issuer', () => {
  it('finds the exchange answering and google-oauth2 there', async () => {
    const result = await checkTokenVault(devConfig(), 5000);
    expect(result).toMatchObject({ exchange: true, connection: true, findings: [] });
    expect(result.detail.en).toBe('exchange answers, connection google-oauth2 exists');
  });

  it('says when the application credentials are refused, and names the variable', async () => {
    const result = await checkTokenVault(devConfig({ clientSecret: 'not-the-secret' }), 5000);
    expect(codes(result.findings)).toEqual(['token-vault-client-rejected']);
    expect(result.findings[0]?.variable).toBe('AUTH0_CLIENT_SECRET');
    expect(JSON.stringify(result)).not.toContain('not-the-secret');
  });

  it('explains that the dev issuer only plays google-oauth2', async () => {
    const result = await checkTokenVault(devConfig({}, 'google-workspace'), 5000);
    expect(codes(result.findings)).toEqual(['token-vault-connection-missing']);
    expect(result.findings[0]?.message.ja).toContain('google-oauth2');
    expect(result.findings[0]?.fix.en).toContain('GOOGLE_CONNECTION_NAME');
  });
});

describe('checkTokenVault with a tenant’s answers', () => {
  it('a grant that is not enabled: the Dashboard switch, in both languages', async () => {
    answers.tokenError = 'unauthorized_client';
    const result = await checkTokenVault(tenantConfig(), 5000);
    expect(result.exchange).toBe(false);
    expect(codes(result.findings)).toEqual(['token-vault-grant-disabled']);
    expect(result.findings[0]?.fix.en).toContain('Grant Types');
    expect(result.findings[0]?.fix.ja).toContain('Token Vault');
  });

  it('an enabled grant and a connection that sends the browser on to Google: nothing to fix', async () => {
    answers.tokenError = 'invalid_grant';
    answers.authorizeTo = 'https://accounts.google.com/o/oauth2/auth?client_id=x';
    expect(await checkTokenVault(tenantConfig(), 5000)).toMatchObject({
      exchange: true,
      connection: true,
      findings: [],
    });
  });

  it('a connection the tenant refuses for this application', async () => {
    answers.authorizeTo =
      'http://localhost:3000/auth/callback?error=invalid_request&error_description=the%20connection%20is%20not%20enabled&state=doctor-probe';
    const result = await checkTokenVault(tenantConfig(), 5000);
    expect(result.connection).toBe(false);
    expect(codes(result.findings)).toEqual(['token-vault-connection-missing']);
    expect(result.findings[0]?.message.en).toContain('the connection is not enabled');
  });
});
