// The Shop API's token check with real tokens: from the dev issuer over real sockets (CIBA, approved through
// its device API) and from a throwaway key served as a JWKS, for the cases the issuer will not produce.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, type DevIdp, startDevIdp } from '@repo/dev-idp';
import { trustDevIdp } from '@repo/dev-idp/trust';
import { AuthenticationClient } from 'auth0';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, tokenErrorResponse } from './verify-token.ts';

const SHOP_API = 'https://shop.example.jp/api';
const HANAKO = 'dev-idp|hanako';

let idp: DevIdp;
let client: AuthenticationClient;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  await trustDevIdp(idp.issuer);
  client = new AuthenticationClient({
    domain: `localhost:${idp.port}`,
    clientId: DEV_CLIENT_ID,
    clientSecret: DEV_CLIENT_SECRET,
  });
});
afterAll(() => idp?.close());

/** An access token the dev issuer issues after the user approved on the device. */
async function approvedToken(scope: string, audience: string): Promise<string> {
  const bindingMessage = `token ${scope} ${audience.length}`.replace(/[^\p{L}\p{N} :]/gu, ' ');
  const { auth_req_id } = await client.backchannel.authorize({
    userId: HANAKO,
    binding_message: bindingMessage,
    scope,
    audience,
  });
  const pending = idp.pendingRequests(HANAKO).find((request) => request.bindingMessage === bindingMessage);
  await idp.answerRequest(HANAKO, pending?.id ?? '', true);
  return (await client.backchannel.backchannelGrant({ auth_req_id })).access_token;
}

const verifier = () => createTokenVerifier({ issuer: idp.issuer, audience: SHOP_API, requiredScopes: ['product:buy'] });

describe('createTokenVerifier against the dev issuer', () => {
  it('accepts a token for the Shop API with product:buy', async () => {
    const check = await verifier()(`Bearer ${await approvedToken('openid product:buy', SHOP_API)}`);
    expect(check).toMatchObject({ ok: true, sub: HANAKO });
    expect(check.ok && check.scopes).toContain('product:buy');
  });

  it('refuses a token for another API (401) and one without product:buy (403)', async () => {
    const other = await verifier()(`Bearer ${await approvedToken('openid product:buy', 'https://other.example/api')}`);
    expect(other).toMatchObject({ ok: false, status: 401, error: 'invalid_token' });
    expect(!other.ok && other.description).toContain(SHOP_API);
    expect(!other.ok && other.localized.ja).toContain('audience');

    const narrow = await verifier()(`Bearer ${await approvedToken('openid product:read', SHOP_API)}`);
    expect(narrow).toMatchObject({ ok: false, status: 403, error: 'insufficient_scope' });
    if (narrow.ok) throw new Error('unreachable');
    const res = tokenErrorResponse(narrow, ['product:buy']);
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toContain('scope="product:buy"');
    expect(await res.json()).toMatchObject({
      error: 'insufficient_scope',
      message: { ja: expect.stringContaining('product:buy'), en: expect.stringContaining('product:buy') },
    });
  });

  it('refuses a missing token, garbage and a tampered signature', async () => {
    expect(await verifier()(null)).toMatchObject({ ok: false, status: 401, error: 'invalid_token' });
    expect(await verifier()('Bearer not.a.jwt')).toMatchObject({ ok: false, status: 401 });
    const token = await approvedToken('openid product:buy', SHOP_API);
    const [header, payload, signature = ''] = token.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const check = await verifier()(`Bearer ${tampered}`);
    expect(check).toMatchObject({ ok: false, status: 401 });
    expect(!check.ok && check.description).toMatch(/signature/);
  });
});

describe('createTokenVerifier with a JWKS of its own', () => {
  let server: Server;
  let issuer: string;
  let sign: (claims: Record<string, unknown>, expiresAt: number) => Promise<string>;
  let signWithOtherKey: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const key = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const build = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(issuer)
        .setAudience(SHOP_API)
        .setSubject('auth0|someone');
    sign = (claims, expiresAt) => build(claims).setExpirationTime(expiresAt).sign(key.privateKey);
    signWithOtherKey = (claims) => build(claims).setExpirationTime('5m').sign(other.privateKey);
  });
  afterAll(() => server?.close());

  const check = (token: string) =>
    createTokenVerifier({ issuer, audience: SHOP_API, requiredScopes: ['product:buy'] })(`Bearer ${token}`);

  it('accepts an Auth0-shaped token and refuses it once expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await check(await sign({ scope: 'product:buy' }, now + 300))).toMatchObject({ ok: true });
    const expired = await check(await sign({ scope: 'product:buy' }, now - 120));
    expect(expired).toMatchObject({ ok: false, status: 401, error: 'invalid_token' });
    expect(!expired.ok && expired.localized.en).toMatch(/expired/);
  });

  it('refuses a token signed by another key (bad signature) and one from another issuer', async () => {
    const forged = await check(await signWithOtherKey({ scope: 'product:buy' }));
    expect(forged).toMatchObject({ ok: false, status: 401 });
    expect(!forged.ok && forged.description).toMatch(/signature/);
    const fromElsewhere = await createTokenVerifier({
      issuer: 'https://tenant.example.auth0.com/',
      audience: SHOP_API,
      requiredScopes: ['product:buy'],
      jwksUri: `${issuer}.well-known/jwks.json`,
    })(`Bearer ${await sign({ scope: 'product:buy' }, Math.floor(Date.now() / 1000) + 300)}`);
    expect(fromElsewhere).toMatchObject({ ok: false, status: 401 });
    expect(!fromElsewhere.ok && fromElsewhere.description).toContain('tenant.example.auth0.com');
  });
});
