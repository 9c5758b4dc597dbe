// /userinfo for JWT access tokens. oidc-provider keeps no record of JWT access tokens, so its own /userinfo
// only takes opaque ones; Auth0 also answers for an API token that lists `<issuer>/userinfo` as an audience.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { type JWK, jwtVerify } from 'jose';
import { sendJson } from './http.ts';
import { verificationKey } from './keys.ts';
import { ROUTES } from './provider.ts';
import { findUserBySub, SCOPE_CLAIMS, userClaims } from './users.ts';

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** The bearer token of a request when it is a JWT, else undefined (then the provider handles the request). */
export function bearerJwt(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] && JWT_SHAPE.test(match[1]) ? match[1] : undefined;
}

export function jwtUserinfo(signingKey: JWK, issuer: string) {
  const key = verificationKey(signingKey);
  const audience = `${issuer}${ROUTES.userinfo}`;

  return async (token: string, res: ServerResponse): Promise<void> => {
    let claims: { sub?: string; scope?: unknown };
    try {
      ({ payload: claims } = await jwtVerify(token, await key, { issuer, audience, typ: 'at+jwt' }));
    } catch {
      const error = { error: 'invalid_token', error_description: 'invalid, expired or not for the userinfo endpoint' };
      sendJson(res, 401, error, { 'www-authenticate': `Bearer error="invalid_token"` });
      return;
    }
    const scopes = String(claims.scope ?? '').split(' ');
    const user = findUserBySub(claims.sub ?? '');
    if (!user || !scopes.includes('openid')) {
      sendJson(
        res,
        403,
        { error: 'insufficient_scope' },
        {
          'www-authenticate': `Bearer error="insufficient_scope", scope="openid"`,
        },
      );
      return;
    }
    const all = userClaims(user, issuer);
    const released = Object.entries(SCOPE_CLAIMS)
      .filter(([scope]) => scopes.includes(scope))
      .flatMap(([, names]) => names);
    sendJson(res, 200, Object.fromEntries(released.map((name) => [name, all[name]])));
  };
}
