// @auth0/ai's Auth0 settings from a Config: the tenant, or the local dev issuer. @auth0/ai (and `auth0`) always
// call `https://{domain}`; the dev issuer also speaks TLS on its port, with a certificate made at each start,
// which the process must trust before the first call (loopback only; a tenant's certificate is checked as usual).
import type { Config } from '@repo/config';
import { trustDevIdp } from '@repo/dev-idp/trust';

export interface Auth0AIClientParams {
  domain: string;
  clientId: string;
  clientSecret: string;
}

/** `{ domain, clientId, clientSecret }` for `new Auth0AI({ auth0 })`. */
export function auth0AIClientParams(config: Pick<Config, 'auth0'>): Auth0AIClientParams {
  const { domain, clientId, clientSecret } = config.auth0;
  return { domain, clientId, clientSecret };
}

const trusted = new Map<string, Promise<unknown>>();

/**
 * Call before @auth0/ai talks to the issuer: with the dev issuer, trusts its certificate (once per issuer while
 * it succeeds; a failure is tried again next time); with a tenant, does nothing.
 */
export async function auth0AIReady(config: Pick<Config, 'auth0'>): Promise<void> {
  const { mode, issuerBaseUrl } = config.auth0;
  if (mode !== 'dev') return;
  let trust = trusted.get(issuerBaseUrl);
  if (!trust) {
    trust = trustDevIdp(issuerBaseUrl).catch((error: unknown) => {
      trusted.delete(issuerBaseUrl);
      throw error;
    });
    trusted.set(issuerBaseUrl, trust);
  }
  await trust;
}
