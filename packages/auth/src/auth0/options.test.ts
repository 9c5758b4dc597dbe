import { Auth0Client } from '@auth0/nextjs-auth0/server';
import type { Auth0Config } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { devAuth0Config } from '../testing/config.ts';
import { auth0Client } from './client.ts';
import { Auth0SetupError } from './errors.ts';
import { auth0ClientOptions, mergeScopes, resolveAppBaseUrl } from './options.ts';

// Obviously fake values: nothing here is a real tenant or secret.
const tenant: Auth0Config = {
  mode: 'tenant',
  domain: 'example-tenant.jp.auth0.com',
  issuerBaseUrl: 'https://example-tenant.jp.auth0.com',
  clientId: 'fake-client-id-for-tests',
  clientSecret: 'fake-client-secret-for-tests-000000000000',
  secret: 'fake-cookie-secret-for-tests-0123456789abcdef',
  scope: 'openid profile email offline_access',
  devIdpPort: 4455,
};

const dev = devAuth0Config(4455);

describe('auth0ClientOptions', () => {
  it('talks to a tenant over https only, never with allowInsecureRequests', () => {
    const options = auth0ClientOptions(tenant, { port: 3000 });
    expect(options).toMatchObject({
      domain: 'example-tenant.jp.auth0.com',
      clientId: 'fake-client-id-for-tests',
      appBaseUrl: 'http://localhost:3000',
      allowInsecureRequests: false,
      authorizationParameters: { scope: 'openid profile email offline_access' },
      // /auth/connect, for Token Vault's connected accounts
      enableConnectAccountEndpoint: true,
    });
    expect(options.authorizationParameters).not.toHaveProperty('audience');
  });

  it('keeps a tenant secure even when its domain looks local', () => {
    const options = auth0ClientOptions(
      { ...tenant, domain: 'localhost', issuerBaseUrl: 'https://localhost' },
      { port: 3000 },
    );
    expect(options.allowInsecureRequests).toBe(false);
    // …and the SDK itself then refuses localhost: no silent downgrade to http.
    expect(() => new Auth0Client(options)).toThrow(/localhost/);
  });

  it('points dev mode at the local issuer with allowInsecureRequests for it alone', () => {
    const options = auth0ClientOptions(dev, { port: 3001 });
    expect(options).toMatchObject({
      domain: 'http://localhost:4455',
      clientId: 'auth0-ai-samples-dev',
      appBaseUrl: 'http://localhost:3001',
      allowInsecureRequests: true,
    });
  });

  it('refuses insecure requests to a dev issuer that is not on localhost', () => {
    for (const issuerBaseUrl of ['http://example.com:4455', 'https://localhost:4455', 'http://127.0.0.1:4455']) {
      const error = (() => {
        try {
          auth0ClientOptions({ ...dev, issuerBaseUrl }, { port: 3000 });
        } catch (e) {
          return e;
        }
      })();
      expect(error, issuerBaseUrl).toBeInstanceOf(Auth0SetupError);
      expect((error as Auth0SetupError).code).toBe('auth0-dev-domain-not-loopback');
      expect((error as Auth0SetupError).localized.ja).toContain(issuerBaseUrl);
    }
  });

  it('asks for the base scopes plus AUTH0_SCOPE, and the API of AUTH0_AUDIENCE', () => {
    const options = auth0ClientOptions(
      { ...tenant, scope: 'openid profile email offline_access read:calendar', audience: 'https://api.example.test' },
      { port: 3000 },
    );
    expect(options.authorizationParameters).toEqual({
      scope: 'openid profile email offline_access read:calendar',
      audience: 'https://api.example.test',
    });
    expect(mergeScopes('read:calendar  openid')).toBe('openid profile email offline_access read:calendar');
  });

  it('derives the base URL from the port unless APP_BASE_URL or the app says otherwise', () => {
    expect(resolveAppBaseUrl({}, { port: 3001 })).toBe('http://localhost:3001');
    expect(resolveAppBaseUrl({}, { appBaseUrl: 'https://chat.example.jp/' })).toBe('https://chat.example.jp');
    expect(resolveAppBaseUrl({ appBaseUrl: 'https://from-env.example.jp' }, { port: 3001 })).toBe(
      'https://from-env.example.jp',
    );
  });

  it('turns a comma-separated APP_BASE_URL into the SDK allow-list', () => {
    const appBaseUrl = 'https://chat.example.jp/, https://chat-staging.example.jp';
    expect(resolveAppBaseUrl({ appBaseUrl }, { port: 3000 })).toEqual([
      'https://chat.example.jp',
      'https://chat-staging.example.jp',
    ]);
    expect(() => auth0Client({ auth0: { ...tenant, appBaseUrl } }, { port: 3000 })).not.toThrow();
  });

  it('explains a missing port in both languages', () => {
    expect(() => resolveAppBaseUrl({}, {} as { port: number })).toThrow(Auth0SetupError);
  });
});

describe('auth0Client', () => {
  it('builds a real Auth0Client in both modes without any network access', () => {
    expect(auth0Client({ auth0: tenant }, { port: 3000 })).toBeInstanceOf(Auth0Client);
    expect(auth0Client({ auth0: dev }, { port: 3000 })).toBeInstanceOf(Auth0Client);
  });
});
