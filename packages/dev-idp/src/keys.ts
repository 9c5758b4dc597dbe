// Signing keys are generated at every start and live only in memory: no private key is ever written or committed.

import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export interface IssuerKeys {
  /** Private signing key set for ID tokens and JWT access tokens. */
  jwks: { keys: JWK[] };
  /** Keys that sign the issuer's own cookies. */
  cookieKeys: string[];
}

export async function generateIssuerKeys(): Promise<IssuerKeys> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return {
    jwks: { keys: [{ ...jwk, kid: `dev-idp-${randomUUID()}`, alg: 'RS256', use: 'sig' }] },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

/** The public half of a signing key, to verify what this issuer signed. */
export function verificationKey(signingKey: JWK): ReturnType<typeof importJWK> {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = signingKey;
  return importJWK(publicJwk, 'RS256');
}
