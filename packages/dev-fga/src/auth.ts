// Who may call dev-fga. By default nobody needs a token (it only listens on loopback). With `issuer` set it
// accepts what @openfga/sdk sends after its client-credentials flow (`FGA_API_TOKEN_ISSUER`): a JWT signed by the
// issuer's JWKS for the configured audience, as OpenFGA's `--authn-method oidc` does. A pre-shared key mirrors
// `--authn-method preshared` (the SDK's `ApiToken` credentials).
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import { FgaError } from './errors.ts';

export type AuthOptions =
  | { method: 'none' }
  | { method: 'preshared'; keys: string[] }
  | { method: 'oidc'; issuer: string; audience: string; jwksUrl?: string };

export type Authenticate = (authorization: string | undefined) => Promise<void>;

const unauthenticated = () => new FgaError('unauthenticated', 'unauthenticated');

export function authenticator(options: AuthOptions): Authenticate {
  if (options.method === 'none') return async () => {};
  if (options.method === 'preshared') {
    const keys = new Set(options.keys);
    return async (authorization) => {
      if (!keys.has(bearer(authorization))) throw unauthenticated();
    };
  }
  const issuer = options.issuer.replace(/\/+$/, '');
  let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  const keySet = async () => {
    jwks ??= createRemoteJWKSet(new URL(options.jwksUrl ?? (await discoverJwks(issuer))));
    return jwks;
  };
  return async (authorization) => {
    const token = bearer(authorization);
    try {
      // Auth0 and the dev issuer write `iss` with a trailing slash; OpenFGA compares it as configured.
      await jwtVerify(token, await keySet(), { issuer: [issuer, `${issuer}/`], audience: options.audience });
    } catch (error) {
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        if (error.claim === 'aud') throw new FgaError('auth_failed_invalid_audience', 'invalid audience');
        if (error.claim === 'iss') throw new FgaError('auth_failed_invalid_issuer', 'invalid issuer');
      }
      throw new FgaError('auth_failed_invalid_bearer_token', 'invalid bearer token');
    }
  };
}

function bearer(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw new FgaError('bearer_token_missing', 'missing bearer token');
  return match[1] as string;
}

async function discoverJwks(issuer: string): Promise<string> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (response.ok) {
      const { jwks_uri } = (await response.json()) as { jwks_uri?: string };
      if (jwks_uri) return jwks_uri;
    }
  } catch {}
  return `${issuer}/.well-known/jwks.json`;
}
