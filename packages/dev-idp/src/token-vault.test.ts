// Token Vault offline, over real sockets: a refresh token from the dev issuer (CIBA with offline_access, no
// browser needed), the My Account connect flow the Next.js SDK drives, @auth0/ai's TokenVaultAuthorizerBase
// exchanging it (connected, not connected, missing scope, revoked), and the demo calendar's token checks.

import { AsyncAuthorizerBase } from '@auth0/ai/AsyncAuthorization';
import { TokenVaultInterrupt } from '@auth0/ai/interrupts';
import { MemoryStore } from '@auth0/ai/stores';
import { getAccessTokenFromTokenVault, TokenVaultAuthorizerBase } from '@auth0/ai/TokenVault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from './client.ts';
import { type DevIdp, startDevIdp } from './server.ts';
import { trustDevIdp } from './trust.ts';

const HANAKO = 'dev-idp|hanako';
const EVENTS_READ = 'https://www.googleapis.com/auth/calendar.events.readonly';
const EVENTS_WRITE = 'https://www.googleapis.com/auth/calendar.events';
const CALLBACK = 'http://localhost:3000/auth/callback';

let idp: DevIdp;
let refreshToken: string;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  await trustDevIdp(idp.issuer);
  refreshToken = await signedInRefreshToken();
});
afterAll(() => idp?.close());

const auth0 = () => ({ domain: `localhost:${idp.port}`, clientId: DEV_CLIENT_ID, clientSecret: DEV_CLIENT_SECRET });
const client = { client_id: DEV_CLIENT_ID, client_secret: DEV_CLIENT_SECRET };

/** The user's refresh token, as a signed-in app holds it. */
async function signedInRefreshToken(): Promise<string> {
  const authorizer = new AsyncAuthorizerBase(auth0(), {
    userID: HANAKO,
    bindingMessage: 'Sign in',
    scopes: ['openid', 'offline_access'],
    store: new MemoryStore(),
    onAuthorizationRequest: 'block',
  });
  const tool = authorizer.protect(
    () => ({ threadID: 'sign-in', toolCallID: 'c', toolName: 'sign-in' }),
    async () => (await import('@auth0/ai/AsyncAuthorization')).getAsyncAuthorizationCredentials(),
  );
  const call = tool();
  let pending = idp.pendingRequests(HANAKO);
  while (!pending[0]) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    pending = idp.pendingRequests(HANAKO);
  }
  await idp.answerRequest(HANAKO, pending[0].id, true);
  const credentials = (await call) as { refreshToken?: string };
  if (!credentials.refreshToken) throw new Error('no refresh token');
  return credentials.refreshToken;
}

async function myAccountToken(scope: string): Promise<string> {
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
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Token Vault's exchange for the user's refresh token, as JSON (as @auth0/ai sends it) or as a form. */
function exchange(overrides: Record<string, string> = {}, as: 'json' | 'form' = 'json') {
  const body = {
    ...client,
    grant_type: 'urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token',
    subject_token: refreshToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:refresh_token',
    requested_token_type: 'http://auth0.com/oauth/token-type/federated-connection-access-token',
    connection: 'google-oauth2',
    ...overrides,
  };
  return fetch(`https://localhost:${idp.port}/oauth/token`, {
    method: 'POST',
    ...(as === 'json'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : { body: new URLSearchParams(body) }),
  });
}

async function calendarToken(): Promise<string> {
  return ((await (await exchange()).json()) as { access_token: string }).access_token;
}

/** The connect-account flow as @auth0/nextjs-auth0 runs it, with the user answering the consent screen. */
async function connect(scopes: string[], decision: 'allow' | 'deny' = 'allow') {
  const token = await myAccountToken('create:me:connected_accounts');
  const verifier = 'a'.repeat(43);
  const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString(
    'base64url',
  );
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = await fetch(`${idp.issuer}/me/v1/connected-accounts/connect`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      connection: 'google-oauth2',
      redirect_uri: CALLBACK,
      state: 'state-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      scopes,
    }),
  });
  expect(started.status).toBe(201);
  const { connect_uri, connect_params, auth_session } = (await started.json()) as {
    connect_uri: string;
    connect_params: { ticket: string };
    auth_session: string;
  };
  const screen = await fetch(`${connect_uri}?ticket=${connect_params.ticket}`, {
    headers: { 'accept-language': 'ja' },
  });
  const page = await screen.text();
  expect(page).toContain('アカウントの連携');
  for (const scope of scopes) expect(page).toContain(scope);
  const answered = await fetch(connect_uri, {
    method: 'POST',
    body: new URLSearchParams({ ticket: connect_params.ticket, decision }),
    redirect: 'manual',
  });
  expect(answered.status).toBe(303);
  const back = new URL(answered.headers.get('location') ?? '');
  expect(back.origin + back.pathname).toBe(CALLBACK);
  expect(back.searchParams.get('state')).toBe('state-1');
  if (decision === 'deny') return back;
  const completed = await fetch(`${idp.issuer}/me/v1/connected-accounts/complete`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      auth_session,
      connect_code: back.searchParams.get('connect_code'),
      redirect_uri: CALLBACK,
      code_verifier: verifier,
    }),
  });
  expect(completed.status).toBe(201);
  return (await completed.json()) as { id: string; connection: string; scopes: string[]; access_type: string };
}

/** A calendar tool wrapped as Auth0's samples wrap theirs. */
function calendarTool(scopes: string[], threadID: string) {
  const authorizer = new TokenVaultAuthorizerBase(auth0(), {
    connection: 'google-oauth2',
    scopes,
    refreshToken: async () => refreshToken,
    store: new MemoryStore(),
  });
  return authorizer.protect(
    () => ({ threadID, toolCallID: 'c', toolName: 'calendar' }),
    async () => {
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      const url = new URL(`${idp.issuer}/calendar/v3/calendars/primary/events`);
      url.searchParams.set('timeMin', new Date(tomorrow.getTime() - 36 * 3600 * 1000).toISOString());
      url.searchParams.set('timeMax', new Date(tomorrow.getTime() + 36 * 3600 * 1000).toISOString());
      url.searchParams.set('singleEvents', 'true');
      url.searchParams.set('orderBy', 'startTime');
      const res = await fetch(url, { headers: { authorization: `Bearer ${getAccessTokenFromTokenVault()}` } });
      return { status: res.status, body: (await res.json()) as { items?: { summary: string }[]; timeZone?: string } };
    },
  );
}

describe('Token Vault with @auth0/ai', () => {
  it('interrupts with TokenVaultInterrupt while the account is not connected', async () => {
    const error = await calendarTool([EVENTS_READ], 't-none')().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVaultInterrupt);
    expect((error as TokenVaultInterrupt).connection).toBe('google-oauth2');
    const res = await exchange();
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: 'federated_connection_refresh_token_not_found',
      error_description: 'Federated connection Refresh Token not found.',
    });
  });

  it('leaves the account unconnected when the user denies on the consent screen', async () => {
    const back = (await connect([EVENTS_READ], 'deny')) as URL;
    expect(back.searchParams.get('error')).toBe('access_denied');
    await expect(calendarTool([EVENTS_READ], 't-denied')()).rejects.toBeInstanceOf(TokenVaultInterrupt);
  });

  it('after connecting, hands the tool a token the calendar takes, with the user’s events', async () => {
    const account = await connect([EVENTS_READ]);
    expect(account).toMatchObject({ connection: 'google-oauth2', access_type: 'offline', scopes: [EVENTS_READ] });
    const { status, body } = (await calendarTool([EVENTS_READ], 't-ok')()) as {
      status: number;
      body: { items?: { summary: string }[]; timeZone?: string };
    };
    expect(status).toBe(200);
    expect(body.timeZone).toBe('Asia/Tokyo');
    expect(body.items?.map((event) => event.summary)).toContain('チーム定例');
  });

  it('interrupts when the connected account lacks a scope the tool needs', async () => {
    const error = await calendarTool([EVENTS_WRITE], 't-scope')().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVaultInterrupt);
    expect((error as TokenVaultInterrupt).requiredScopes).toEqual(expect.arrayContaining([EVENTS_WRITE]));
  });

  it('refuses a wrong client secret or an unknown refresh token as Auth0 does', async () => {
    const wrongSecret = await exchange({ client_secret: 'nope' });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: 'access_denied' });
    const unknown = await exchange({ subject_token: 'not-a-refresh-token' });
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Unknown or invalid refresh token.',
    });
    const missing = await exchange({ connection: '' });
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('after a disconnect, revokes the issued token and interrupts again', async () => {
    const readToken = await myAccountToken('read:me:connected_accounts delete:me:connected_accounts');
    const list = await fetch(`${idp.issuer}/me/v1/connected-accounts/accounts`, {
      headers: { authorization: `Bearer ${readToken}` },
    });
    const { accounts } = (await list.json()) as { accounts: { id: string; connection: string }[] };
    expect(accounts).toHaveLength(1);
    const exchanged = (await (await exchange({}, 'form')).json()) as {
      access_token: string;
      issued_token_type: string;
    };
    expect(exchanged.issued_token_type).toBe('http://auth0.com/oauth/token-type/federated-connection-access-token');

    const removed = await fetch(`${idp.issuer}/me/v1/connected-accounts/accounts/${accounts[0]?.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${readToken}` },
    });
    expect(removed.status).toBe(204);
    const events = await fetch(`${idp.issuer}/calendar/v3/calendars/primary/events`, {
      headers: { authorization: `Bearer ${exchanged.access_token}` },
    });
    expect(events.status).toBe(401);
    await expect(calendarTool([EVENTS_READ], 't-revoked')()).rejects.toBeInstanceOf(TokenVaultInterrupt);
  });
});

describe('demo calendar service', () => {
  const list = (token?: string, query = '') =>
    fetch(`${idp.issuer}/calendar/v3/calendars/primary/events${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('answers as Google does without a token, with a bad token, and without a calendar scope', async () => {
    const none = await list();
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
    const bad = await list('ya29.not-a-token');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { errors: [{ reason: 'authError' }] } });

    await connect(['openid']);
    const access_token = await calendarToken();
    const narrow = await list(access_token);
    expect(narrow.status).toBe(403);
    expect(narrow.headers.get('www-authenticate')).toContain('insufficient_scope');
    expect(await narrow.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
  });

  it('filters by timeMin/timeMax, orders by start time, and refuses orderBy=startTime without singleEvents', async () => {
    await connect([EVENTS_READ]);
    const access_token = await calendarToken();
    const all = (await (await list(access_token, '?singleEvents=true&orderBy=startTime')).json()) as {
      items: { start: { dateTime: string; timeZone: string }; end: { dateTime: string } }[];
    };
    expect(all.items.length).toBeGreaterThan(3);
    const starts = all.items.map((event: { start: { dateTime: string } }) => Date.parse(event.start.dateTime));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(all.items[0]?.start.dateTime).toMatch(/\+09:00$/);
    const [first, second] = all.items;
    const window = `?timeMin=${encodeURIComponent(first?.end.dateTime ?? '')}&timeMax=${encodeURIComponent(second?.end.dateTime ?? '')}`;
    const narrowed = (await (await list(access_token, window)).json()) as { items: unknown[] };
    expect(narrowed.items).toEqual([second]);
    const wrongOrder = await list(access_token, '?orderBy=startTime');
    expect(wrongOrder.status).toBe(400);
    const badTime = await list(access_token, '?timeMin=tomorrow');
    expect(badTime.status).toBe(400);
    const other = await fetch(`${idp.issuer}/calendar/v3/calendars/alex%40example.com/events`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(other.status).toBe(404);
  });
});
