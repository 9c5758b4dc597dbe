// Auth0 for AI Agents from the Config: the Auth0 application @auth0/ai calls (/bc-authorize, /oauth/token) for
// both of its authorizers (asynchronous authorization and Token Vault), and the issuer a resource server trusts;
// an Auth0 tenant, or the local dev issuer. @auth0/ai (and `auth0`) always call `https://{domain}`; the dev
// issuer also speaks TLS on its port, with a certificate made at each start, which the process must trust before
// the first call (loopback only; a tenant's certificate is checked as usual).
import type { Config } from '@repo/config';
import { trustDevIdp } from '@repo/dev-idp/trust';

export interface Auth0AISettings {
  domain: string;
  clientId: string;
  clientSecret: string;
}

/** `new Auth0AI({ auth0: auth0AISettings(config) })`: the app's own domain, client ID and secret. */
export function auth0AISettings(config: Pick<Config, 'auth0'>): Auth0AISettings {
  const { domain, clientId, clientSecret } = config.auth0;
  return { domain, clientId, clientSecret };
}

/** The `iss` of the tokens, exactly: `https://<tenant>/` for Auth0, `http://localhost:<port>` for the dev issuer. */
export function tokenIssuer(auth0: Config['auth0']): string {
  return auth0.mode === 'tenant' ? `${auth0.issuerBaseUrl.replace(/\/+$/, '')}/` : auth0.issuerBaseUrl;
}

const trusted = new Map<string, Promise<unknown>>();

/**
 * Call before @auth0/ai talks to the issuer. With the dev issuer, trusts its certificate in this process, once
 * per issuer while that succeeds. Never throws: a dev issuer that is not running is reported with `log`, the call
 * that follows fails with the network error, and the next call of this function tries again. Does nothing for a
 * tenant.
 */
export async function auth0AIReady(
  config: Pick<Config, 'auth0'>,
  log: (line: string) => void = console.warn,
): Promise<void> {
  const { mode, issuerBaseUrl } = config.auth0;
  if (mode !== 'dev') return;
  let trust = trusted.get(issuerBaseUrl);
  if (!trust) {
    trust = trustDevIdp(issuerBaseUrl);
    trusted.set(issuerBaseUrl, trust);
  }
  try {
    await trust;
  } catch (error) {
    if (trusted.get(issuerBaseUrl) === trust) trusted.delete(issuerBaseUrl);
    log(`auth0-ai: could not trust the dev issuer at ${issuerBaseUrl}: ${(error as Error).message}`);
  }
}
