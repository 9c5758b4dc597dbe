import { Auth0Client } from '@auth0/nextjs-auth0/server';
import type { Config } from '@repo/config';
import { type AppLocation, auth0ClientOptions } from './options.ts';

/**
 * The Next.js samples' `Auth0Client` (@auth0/nextjs-auth0 v4): an Auth0 tenant when AUTH0_DOMAIN is set,
 * otherwise the local development issuer (@repo/dev-idp).
 *
 * ```ts
 * export const auth0 = auth0Client(loadConfig(), { port: 3000 });
 * ```
 */
export function auth0Client(config: Pick<Config, 'auth0'>, app: AppLocation): Auth0Client {
  return new Auth0Client(auth0ClientOptions(config.auth0, app));
}
