// The Auth0 application @auth0/ai calls (/bc-authorize, /oauth/token) and the issuer a resource server trusts,
// from the Config: an Auth0 tenant, or the local dev issuer.
import type { Auth0Config } from '@repo/config';
import { trustDevIdp } from '@repo/dev-idp/trust';

/** `new Auth0AI({ auth0: auth0AISettings(config.auth0) })`: the app's own client ID and secret. */
export function auth0AISettings(auth0: Auth0Config): { domain: string; clientId: string; clientSecret: string } {
  return { domain: auth0.domain, clientId: auth0.clientId, clientSecret: auth0.clientSecret };
}

/** The `iss` of the tokens, exactly: `https://<tenant>/` for Auth0, `http://localhost:<port>` for the dev issuer. */
export function tokenIssuer(auth0: Auth0Config): string {
  return auth0.mode === 'tenant' ? `${auth0.issuerBaseUrl.replace(/\/+$/, '')}/` : auth0.issuerBaseUrl;
}

/**
 * With the dev issuer, trusts its per-start TLS certificate in this process (@auth0/ai always calls
 * `https://{domain}`). Never throws: a dev issuer that is not running is reported, and purchases fail with the
 * network error until the app restarts. Does nothing for a tenant.
 */
export async function trustDevIssuer(auth0: Auth0Config, log: (line: string) => void = console.warn): Promise<void> {
  if (auth0.mode !== 'dev') return;
  try {
    await trustDevIdp(auth0.issuerBaseUrl);
  } catch (error) {
    log(`auth0-ai: could not trust the dev issuer at ${auth0.issuerBaseUrl}: ${(error as Error).message}`);
  }
}
