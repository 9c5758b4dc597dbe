// The options @auth0/nextjs-auth0 gets from a Config: the same code path for a tenant and for the dev issuer,
// the only difference being plain-http access to the dev issuer on localhost.

import type { Auth0ClientOptions } from '@auth0/nextjs-auth0/types';
import type { Auth0Config } from '@repo/config';
import { Auth0SetupError } from './errors.ts';
import { redirectFailedSignIn } from './sign-in-error.ts';

/** Where the app runs: its own port (base URL `http://localhost:<port>`), or an explicit base URL. */
export type AppLocation = { port: number; appBaseUrl?: undefined } | { appBaseUrl: string; port?: number };

/** Scopes every sample asks for: sign-in, profile, email and a refresh token. */
export const BASE_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/**
 * `APP_BASE_URL` from the environment wins, then the app's explicit base URL, then `http://localhost:<port>`.
 * A comma-separated APP_BASE_URL (one app served under several origins) becomes the SDK's allow-list: the base
 * URL is then taken from each request's host, if it is on the list.
 */
export function resolveAppBaseUrl(auth0: Pick<Auth0Config, 'appBaseUrl'>, app: AppLocation): string | string[] {
  const explicit = (auth0.appBaseUrl ?? app.appBaseUrl ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  if (explicit.length > 0) return explicit.length === 1 ? (explicit[0] as string) : explicit;
  if (app.port !== undefined) return `http://localhost:${app.port}`;
  throw new Auth0SetupError('auth0-app-location-missing', {
    ja: 'アプリのベース URL がわかりません。auth0Client(config, { port }) にアプリのポート番号を渡すか、APP_BASE_URL を設定してください。',
    en: "The app's base URL is unknown. Pass the app's port as auth0Client(config, { port }), or set APP_BASE_URL.",
  });
}

/** The base scopes plus whatever AUTH0_SCOPE added, each once, in a stable order. */
export function mergeScopes(scope: string): string {
  return [...new Set([...BASE_SCOPES, ...scope.split(/\s+/).filter(Boolean)])].join(' ');
}

function isLoopbackIssuer(issuerBaseUrl: string): boolean {
  const url = URL.parse(issuerBaseUrl);
  return url?.protocol === 'http:' && url.hostname === 'localhost';
}

/** Options for `new Auth0Client(...)`. Pure: reads nothing but its arguments. */
export function auth0ClientOptions(auth0: Auth0Config, app: AppLocation): Auth0ClientOptions {
  const common = {
    clientId: auth0.clientId,
    clientSecret: auth0.clientSecret,
    secret: auth0.secret,
    appBaseUrl: resolveAppBaseUrl(auth0, app),
    authorizationParameters: {
      scope: mergeScopes(auth0.scope),
      ...(auth0.audience ? { audience: auth0.audience } : {}),
    },
    // A failed sign-in (cancelled, consent denied, expired) lands on the app's own page, not a bare 500.
    onCallback: redirectFailedSignIn,
    // Mounts /auth/connect: the user connects another service's account (Google) for Token Vault.
    enableConnectAccountEndpoint: true,
  };
  if (auth0.mode === 'tenant') {
    // A real tenant is always https; the SDK adds the scheme to the bare host.
    return { ...common, domain: auth0.domain, allowInsecureRequests: false };
  }
  if (!isLoopbackIssuer(auth0.issuerBaseUrl)) {
    throw new Auth0SetupError('auth0-dev-domain-not-loopback', {
      ja: `ローカルの開発用 ID プロバイダーの URL "${auth0.issuerBaseUrl}" が http://localhost:<ポート> ではありません。暗号化されていない通信を許可するのは、localhost で動くローカルの開発用 ID プロバイダーだけです。Auth0 のテナントを使うなら AUTH0_DOMAIN を設定してください。`,
      en: `The development issuer URL "${auth0.issuerBaseUrl}" is not http://localhost:<port>. Unencrypted requests are only allowed to the development issuer on localhost. To use an Auth0 tenant, set AUTH0_DOMAIN.`,
    });
  }
  // The SDK accepts a localhost issuer over http only with allowInsecureRequests, and only as a full URL
  // (a bare `localhost:4455` is refused as "a domain with a port").
  return { ...common, domain: auth0.issuerBaseUrl, allowInsecureRequests: true };
}
