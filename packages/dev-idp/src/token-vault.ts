// Auth0's Token Vault exchange at /oauth/token, with the JSON body @auth0/ai sends (oidc-provider only parses
// forms, so this grant is answered before the request reaches it), and Auth0's answers:
//   200 { access_token, scope, expires_in, issued_token_type, token_type }
//   401 federated_connection_refresh_token_not_found when the user has not connected the account.

import { timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type JWK, jwtVerify } from 'jose';
import type Provider from 'oidc-provider';
import type { ConnectedAccounts } from './connected-accounts.ts';
import { sendJson } from './http.ts';
import { verificationKey } from './keys.ts';

export const TOKEN_VAULT_GRANT_TYPE =
  'urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token';
export const FEDERATED_TOKEN_TYPE = 'http://auth0.com/oauth/token-type/federated-connection-access-token';
const REFRESH_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:refresh_token';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

type Body = Record<string, unknown>;

class ExchangeError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** client_id + client_secret from the body, as Auth0 takes them (client_secret_post). */
export async function authenticateClient(provider: Provider, body: Body): Promise<string> {
  const clientId = typeof body.client_id === 'string' ? body.client_id : '';
  const secret = typeof body.client_secret === 'string' ? body.client_secret : '';
  const client = clientId ? await provider.Client.find(clientId) : undefined;
  if (!client?.clientSecret || !sameSecret(client.clientSecret, secret)) {
    throw new ExchangeError(401, 'access_denied', 'Unauthorized');
  }
  return client.clientId;
}

/** The user a refresh token (issued to this client) or an access token of this issuer stands for. */
export function subjectResolver(provider: Provider, signingKey: JWK, issuer: string) {
  const key = verificationKey(signingKey);
  return async (clientId: string, token: string, type: string): Promise<string> => {
    if (type === REFRESH_TOKEN_TYPE) {
      const refreshToken = await provider.RefreshToken.find(token);
      if (refreshToken && !refreshToken.isExpired && !refreshToken.consumed && refreshToken.clientId === clientId) {
        return String(refreshToken.accountId);
      }
      throw new ExchangeError(403, 'invalid_grant', 'Unknown or invalid refresh token.');
    }
    if (type === ACCESS_TOKEN_TYPE) {
      const sub = await jwtVerify(token, await key, { issuer, typ: 'at+jwt' }).then(
        ({ payload }) => payload.sub,
        async () => (await provider.AccessToken.find(token))?.accountId,
      );
      if (sub) return sub;
      throw new ExchangeError(403, 'invalid_grant', 'Invalid subject_token.');
    }
    throw new ExchangeError(
      400,
      'invalid_request',
      `subject_token_type must be ${REFRESH_TOKEN_TYPE} or ${ACCESS_TOKEN_TYPE}.`,
    );
  };
}

function required(body: Body, name: string): string {
  const value = body[name];
  if (typeof value === 'string' && value) return value;
  throw new ExchangeError(400, 'invalid_request', `Missing required parameter: ${name}`);
}

export interface TokenVaultDeps {
  provider: Provider;
  accounts: ConnectedAccounts;
  subjectOf: ReturnType<typeof subjectResolver>;
}

/** Answers one federated-connection token exchange. */
export async function tokenVaultExchange(deps: TokenVaultDeps, body: Body, res: ServerResponse): Promise<void> {
  try {
    const clientId = await authenticateClient(deps.provider, body);
    const subjectToken = required(body, 'subject_token');
    const subjectTokenType = required(body, 'subject_token_type');
    const connection = required(body, 'connection');
    if (body.requested_token_type !== undefined && body.requested_token_type !== FEDERATED_TOKEN_TYPE) {
      throw new ExchangeError(400, 'invalid_request', `requested_token_type must be ${FEDERATED_TOKEN_TYPE}.`);
    }
    const sub = await deps.subjectOf(clientId, subjectToken, subjectTokenType);
    const account = deps.accounts.find(sub, connection);
    if (!account) {
      throw new ExchangeError(
        401,
        'federated_connection_refresh_token_not_found',
        'Federated connection Refresh Token not found.',
      );
    }
    const { accessToken, expiresIn } = deps.accounts.issueToken(account);
    sendJson(res, 200, {
      access_token: accessToken,
      scope: account.scopes.join(' '),
      expires_in: expiresIn,
      issued_token_type: FEDERATED_TOKEN_TYPE,
      token_type: 'Bearer',
    });
  } catch (error) {
    if (!(error instanceof ExchangeError)) throw error;
    sendJson(res, error.status, { error: error.error, error_description: error.description });
  }
}
