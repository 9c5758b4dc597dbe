// The issuer over real sockets: discovery, loopback-only binding, clear errors, Auth0-compatible URLs.

import { request } from 'node:http';
import { freePort } from '@repo/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FGA_CLIENT_ID, DEV_FGA_CLIENT_SECRET } from './client.ts';
import { DEV_CLIENT_ID, type DevIdp, DevIdpError, isLoopbackHost, startDevIdp } from './index.ts';
import { trustDevIdp } from './trust.ts';

let idp: DevIdp;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});
afterAll(() => idp?.close());

describe('startDevIdp', () => {
  it('serves discovery for http://localhost:<port> with the endpoints Auth0 uses', async () => {
    expect(idp.issuer).toBe(`http://localhost:${idp.port}`);
    const res = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const discovery = (await res.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/authorize`,
      token_endpoint: `${idp.issuer}/oauth/token`,
      userinfo_endpoint: `${idp.issuer}/userinfo`,
      jwks_uri: `${idp.issuer}/.well-known/jwks.json`,
      end_session_endpoint: `${idp.issuer}/oidc/logout`,
      revocation_endpoint: `${idp.issuer}/oauth/revoke`,
      code_challenge_methods_supported: ['S256'],
      ui_locales_supported: ['ja', 'en'],
    });
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'profile', 'email', 'offline_access']),
    );
  });

  it('publishes a freshly generated public signing key and never its private part', async () => {
    const res = await fetch(`${idp.issuer}/.well-known/jwks.json`);
    const jwks = (await res.json()) as { keys: Record<string, unknown>[] };
    const { keys } = jwks;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
    const other = await startDevIdp({ port: 0 });
    try {
      const otherKeys = (await (await fetch(`${other.issuer}/.well-known/jwks.json`)).json()) as typeof jwks;
      expect(otherKeys.keys[0]?.kid).not.toBe(keys[0]?.kid);
      await expect(
        createRemoteJWKSet(new URL(`${other.issuer}/.well-known/jwks.json`))({ alg: 'RS256' }),
      ).resolves.toBeTruthy();
    } finally {
      await other.close();
    }
  });

  it('maps Auth0 /v2/logout onto RP-initiated logout', async () => {
    const res = await fetch(
      `${idp.issuer}/v2/logout?client_id=${DEV_CLIENT_ID}&returnTo=${encodeURIComponent('http://localhost:3000/')}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '', idp.issuer);
    expect(location.pathname).toBe('/oidc/logout');
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/');
  });

  it('shows a home page with the dev-only notice and the demo users', async () => {
    const page = await (await fetch(`${idp.issuer}/`, { headers: { 'accept-language': 'ja' } })).text();
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain('本番環境では使わないでください');
    expect(page).toContain('Do not use it in production');
    expect(page).toContain('hanako@example.jp');
    expect(page).toContain('alex@example.com');
  });

  it('serves the avatar the picture claim points to', async () => {
    const res = await fetch(`${idp.issuer}/avatars/hanako.svg`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toContain('<svg');
  });

  it('refuses to bind anything but loopback, in both languages', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.com']) {
      const error = await startDevIdp({ port: 0, host }).catch((e: unknown) => e);
      expect(error, host).toBeInstanceOf(DevIdpError);
      expect((error as DevIdpError).code).toBe('dev-idp-not-loopback');
      expect((error as DevIdpError).localized.ja).toContain(`"${host}"`);
      expect((error as DevIdpError).localized.en).toContain('AUTH0_DOMAIN');
    }
  });

  it('binds the IPv6 loopback too', async () => {
    const v6 = await startDevIdp({ port: 0, host: '::1' });
    try {
      const res = await fetch(`http://[::1]:${v6.port}/.well-known/openid-configuration`);
      expect(((await res.json()) as { issuer: string }).issuer).toBe(v6.issuer);
    } finally {
      await v6.close();
    }
  });

  it('explains a port that is already taken', async () => {
    const error = await startDevIdp({ port: idp.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DevIdpError);
    expect((error as DevIdpError).code).toBe('dev-idp-port-in-use');
    expect((error as DevIdpError).localized.ja).toContain(`ポート ${idp.port}`);
    expect((error as DevIdpError).localized.en).toContain('DEV_IDP_PORT');
  });

  it('answers only requests addressed to localhost, 127.0.0.1 or [::1] on its port (DNS rebinding)', async () => {
    const statusFor = (host: string) =>
      new Promise<{ status?: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: idp.port, path: '/', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const host of [`localhost:${idp.port}`, `127.0.0.1:${idp.port}`, `[::1]:${idp.port}`]) {
      expect((await statusFor(host)).status, host).toBe(200);
    }
    for (const host of [`attacker.example:${idp.port}`, 'localhost', `localhost:${idp.port + 1}`]) {
      const answer = await statusFor(host);
      expect(answer.status, host).toBe(421);
      expect(answer.body).toContain('http://localhost:');
      expect(answer.body).toContain('ブラウザー');
    }
  });

  it('refuses to start under NODE_ENV=production unless allowed', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const error = await startDevIdp({ port: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DevIdpError);
      expect((error as DevIdpError).code).toBe('dev-idp-production');
      expect((error as DevIdpError).localized.ja).toContain('AUTH0_DOMAIN');
      expect((error as DevIdpError).localized.en).toContain('--allow-production');
      const forced = await startDevIdp({ port: 0, allowProduction: true });
      await forced.close();
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('answers https://localhost:<port> on the same port with its own certificate', async () => {
    expect(idp.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    await trustDevIdp(idp.issuer);
    const res = await fetch(`https://localhost:${idp.port}/.well-known/openid-configuration`);
    expect(((await res.json()) as { issuer: string }).issuer).toBe(idp.issuer);
    await expect(trustDevIdp('http://example.com')).rejects.toThrow(/loopback/);
  });

  it('issues JWT access tokens with client credentials and Auth0 audience (the local OpenFGA API client)', async () => {
    const audience = 'http://localhost:8080/';
    const res = await fetch(`${idp.issuer}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEV_FGA_CLIENT_ID,
        client_secret: DEV_FGA_CLIENT_SECRET,
        audience,
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const { payload } = await jwtVerify(
      body.access_token,
      createRemoteJWKSet(new URL(`${idp.issuer}/.well-known/jwks.json`)),
      { issuer: idp.issuer, audience },
    );
    expect(payload.client_id).toBe(DEV_FGA_CLIENT_ID);
    // Auth0 also takes JSON bodies at its token endpoint.
    const json = await fetch(`${idp.issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: DEV_FGA_CLIENT_ID,
        client_secret: DEV_FGA_CLIENT_SECRET,
        audience,
      }),
    });
    expect(json.status).toBe(200);
    const wrong = await fetch(`${idp.issuer}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: DEV_FGA_CLIENT_ID,
        client_secret: 'wrong',
        audience,
      }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('stops answering after close()', async () => {
    const port = await freePort();
    const short = await startDevIdp({ port });
    await short.close();
    await expect(fetch(`http://localhost:${port}/.well-known/openid-configuration`)).rejects.toThrow();
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'localhost.example.com'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
