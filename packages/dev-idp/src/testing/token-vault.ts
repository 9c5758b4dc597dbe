// For tests of Token Vault tools against the dev issuer, without a browser: a demo user's refresh token (through
// CIBA with offline_access, approved through the handle), and connecting or disconnecting their Google account
// through the My Account API as @auth0/nextjs-auth0 calls it, the consent screen answered as the user would.

import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from '../client.ts';
import type { DevIdp } from '../server.ts';

const client = { client_id: DEV_CLIENT_ID, client_secret: DEV_CLIENT_SECRET };
const CALLBACK = 'http://localhost:3000/auth/callback';

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The refresh token an app signed in as `sub` would hold. Needs an issuer started with `pollInterval: 1`. */
export async function refreshTokenFor(idp: DevIdp, sub: string): Promise<string> {
  const started = await fetch(`${idp.issuer}/bc-authorize`, {
    method: 'POST',
    body: new URLSearchParams({
      ...client,
      scope: 'openid offline_access',
      binding_message: 'Sign in for a test',
      login_hint: JSON.stringify({ format: 'iss_sub', iss: `${idp.issuer}/`, sub }),
    }),
  });
  const { auth_req_id, interval } = await json<{ auth_req_id: string; interval: number }>(started, 'bc-authorize');
  const request = idp.pendingRequests(sub).find((pending) => pending.bindingMessage === 'Sign in for a test');
  if (!request || !(await idp.answerRequest(sub, request.id, true))) throw new Error('no CIBA request to approve');
  await new Promise((resolve) => setTimeout(resolve, interval * 1000));
  const tokens = await fetch(`${idp.issuer}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({ ...client, grant_type: 'urn:openid:params:grant-type:ciba', auth_req_id }),
  });
  const { refresh_token } = await json<{ refresh_token?: string }>(tokens, 'CIBA token');
  if (!refresh_token) throw new Error('the issuer gave no refresh token');
  return refresh_token;
}

async function myAccountToken(idp: DevIdp, refreshToken: string, scope: string): Promise<string> {
  const res = await fetch(`${idp.issuer}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({
      ...client,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      audience: `${idp.issuer}/me/`,
      scope,
    }),
  });
  return (await json<{ access_token: string }>(res, 'My Account token')).access_token;
}

/** Connects the user's Google account (`google-oauth2`) with `scopes`, as if they allowed it on the connect screen. */
export async function connectAccount(idp: DevIdp, refreshToken: string, scopes: readonly string[]): Promise<void> {
  const token = await myAccountToken(idp, refreshToken, 'create:me:connected_accounts');
  const verifier = crypto.randomUUID() + crypto.randomUUID();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = await fetch(`${idp.issuer}/me/v1/connected-accounts/connect`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      connection: 'google-oauth2',
      redirect_uri: CALLBACK,
      state: 'test',
      code_challenge: Buffer.from(digest).toString('base64url'),
      code_challenge_method: 'S256',
      scopes,
    }),
  });
  const flow = await json<{ connect_uri: string; connect_params: { ticket: string }; auth_session: string }>(
    started,
    'connect',
  );
  const answered = await fetch(flow.connect_uri, {
    method: 'POST',
    body: new URLSearchParams({ ticket: flow.connect_params.ticket, decision: 'allow' }),
    redirect: 'manual',
  });
  const back = new URL(answered.headers.get('location') ?? '');
  const completed = await fetch(`${idp.issuer}/me/v1/connected-accounts/complete`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      auth_session: flow.auth_session,
      connect_code: back.searchParams.get('connect_code'),
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    }),
  });
  await json(completed, 'complete');
}

/** Disconnects every connected account of the user (the issuer revokes the tokens issued for them). */
export async function disconnectAccounts(idp: DevIdp, refreshToken: string): Promise<void> {
  const token = await myAccountToken(idp, refreshToken, 'read:me:connected_accounts delete:me:connected_accounts');
  const authorization = `Bearer ${token}`;
  const list = await fetch(`${idp.issuer}/me/v1/connected-accounts/accounts`, { headers: { authorization } });
  const { accounts } = await json<{ accounts: { id: string }[] }>(list, 'accounts');
  for (const { id } of accounts) {
    const removed = await fetch(`${idp.issuer}/me/v1/connected-accounts/accounts/${id}`, {
      method: 'DELETE',
      headers: { authorization },
    });
    if (removed.status !== 204) throw new Error(`disconnect: HTTP ${removed.status}`);
  }
}
