// The Shop API's token check (a resource server's side of asynchronous authorization): the bearer token must be
// a JWT signed by the issuer's key (its JWKS), from that issuer, for this API (audience), unexpired, and carry the
// scopes the operation needs. Works against an Auth0 tenant and the dev issuer alike. Answers 401/403 as
// RFC 6750 describes, with the reason.

import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';

export interface TokenVerifierOptions {
  /** Exactly as the tokens carry it: `https://<tenant>/` for Auth0, `http://localhost:<port>` for the dev issuer. */
  issuer: string;
  /** The API identifier (SHOP_API_AUDIENCE). */
  audience: string;
  /** Scopes every accepted token must carry, e.g. `['product:buy']`. */
  requiredScopes: readonly string[];
  /** Default `<issuer>/.well-known/jwks.json`, where Auth0 and the dev issuer publish their keys. */
  jwksUri?: string;
}

export type TokenCheck =
  | { ok: true; sub: string; scopes: string[]; payload: JWTPayload }
  | {
      ok: false;
      status: 401 | 403;
      error: 'invalid_token' | 'insufficient_scope';
      /** English, for the `error_description` of the answer. */
      description: string;
      localized: { ja: string; en: string };
    };

function failure(
  status: 401 | 403,
  error: 'invalid_token' | 'insufficient_scope',
  en: string,
  ja: string,
): Extract<TokenCheck, { ok: false }> {
  return { ok: false, status, error, description: en, localized: { ja, en } };
}

function reasonOf(error: unknown, options: TokenVerifierOptions): Extract<TokenCheck, { ok: false }> {
  if (error instanceof errors.JWTExpired) {
    return failure(401, 'invalid_token', 'The access token has expired.', 'アクセストークンの有効期限が切れています。');
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
    return failure(
      401,
      'invalid_token',
      `The access token is not for this API (audience must be ${options.audience}).`,
      `アクセストークンはこの API 向けではありません (audience は ${options.audience} である必要があります)。`,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss') {
    return failure(
      401,
      'invalid_token',
      `The access token was not issued by ${options.issuer}.`,
      `アクセストークンの発行者が ${options.issuer} ではありません。`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return failure(
      401,
      'invalid_token',
      "The access token's signature does not match the issuer's keys.",
      'アクセストークンの署名が発行者の鍵と一致しません。',
    );
  }
  return failure(
    401,
    'invalid_token',
    'The access token is not a valid JWT.',
    'アクセストークンが正しい JWT ではありません。',
  );
}

/** Returns a check for `Authorization` header values. Keys are fetched from the JWKS once and cached by jose. */
export function createTokenVerifier(options: TokenVerifierOptions) {
  const jwks = createRemoteJWKSet(new URL(options.jwksUri ?? new URL('/.well-known/jwks.json', options.issuer)));
  return async (authorization: string | null | undefined): Promise<TokenCheck> => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      return failure(
        401,
        'invalid_token',
        'An access token is required (Authorization: Bearer <token>).',
        'アクセストークンが必要です (Authorization: Bearer <トークン>)。',
      );
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: options.issuer, audience: options.audience }));
    } catch (error) {
      return reasonOf(error, options);
    }
    const scopes = String(payload.scope ?? '')
      .split(' ')
      .filter(Boolean);
    const missing = options.requiredScopes.filter((scope) => !scopes.includes(scope));
    if (missing.length) {
      return failure(
        403,
        'insufficient_scope',
        `The access token lacks the scope ${missing.join(' ')}.`,
        `アクセストークンにスコープ ${missing.join(' ')} がありません。`,
      );
    }
    return { ok: true, sub: String(payload.sub ?? ''), scopes, payload };
  };
}

/**
 * The HTTP answer for a failed check: JSON `{ error, error_description, message: { ja, en } }` and a
 * `WWW-Authenticate` challenge.
 */
export function tokenErrorResponse(check: Extract<TokenCheck, { ok: false }>, requiredScopes: readonly string[]) {
  const scope = check.error === 'insufficient_scope' ? `, scope="${requiredScopes.join(' ')}"` : '';
  const description = check.description.replaceAll('"', "'");
  return new Response(
    JSON.stringify({ error: check.error, error_description: check.description, message: check.localized }),
    {
      status: check.status,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'www-authenticate': `Bearer error="${check.error}", error_description="${description}"${scope}`,
      },
    },
  );
}
