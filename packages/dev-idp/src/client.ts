// The one relying party the dev issuer knows: the samples' shared development client.

import { DEV_AUTH0_CLIENT_ID, DEV_FGA_CLIENT_ID } from '@repo/config';
import { devSecrets } from '@repo/config/node';

/** The development client @repo/config hands out when AUTH0_DOMAIN is unset; its secret is random per checkout. */
export const DEV_CLIENT_ID = DEV_AUTH0_CLIENT_ID;
export const DEV_CLIENT_SECRET = devSecrets().clientSecret;
export const DEV_CLIENT_NAME = 'Auth0 AI samples (dev)';
export { DEV_FGA_CLIENT_ID };
export const DEV_FGA_CLIENT_SECRET = devSecrets().fgaClientSecret;
export const DEV_FGA_CLIENT_NAME = 'Local OpenFGA API client (dev)';
export const DEFAULT_DEV_IDP_PORT = 4455;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function loopbackHttpUrl(value: string): URL | undefined {
  const url = URL.parse(value);
  if (url?.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.username || url.password || url.hash) return undefined;
  return url;
}

/** Any `http://localhost:<port>/auth/callback`, so every sample on any port can sign in. */
export function isAllowedRedirectUri(value: string): boolean {
  const url = loopbackHttpUrl(value);
  return !!url && url.pathname === '/auth/callback' && url.search === '';
}

/** Any page of an app on loopback: where the user lands after signing out. */
export function isAllowedPostLogoutRedirectUri(value: string): boolean {
  return !!loopbackHttpUrl(value);
}

/** Browsers may call the token and userinfo endpoints from apps on loopback only. */
export function isAllowedCorsOrigin(origin: string): boolean {
  const url = loopbackHttpUrl(origin);
  return !!url && url.origin === origin;
}
