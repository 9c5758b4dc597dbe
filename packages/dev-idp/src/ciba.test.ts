// Asynchronous authorization (CIBA) as Auth0's libraries do it, over real sockets: @auth0/ai's authorizer and
// the `auth0` AuthenticationClient it is built on, against the dev issuer at https://localhost:<port>.

import { AsyncAuthorizerBase } from '@auth0/ai/AsyncAuthorization';
import {
  AccessDeniedInterrupt,
  AuthorizationPendingInterrupt,
  AuthorizationPollingInterrupt,
  AuthorizationRequestExpiredInterrupt,
} from '@auth0/ai/interrupts';
import { MemoryStore } from '@auth0/ai/stores';
import { AuthenticationClient } from 'auth0';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from './client.ts';
import { type DevIdp, startDevIdp } from './server.ts';
import { trustDevIdp } from './trust.ts';

const SHOP_API = 'https://shop.example.jp/api';
const HANAKO = 'dev-idp|hanako';

let idp: DevIdp;
let domain: string;
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  domain = `localhost:${idp.port}`;
  await trustDevIdp(idp.issuer);
});
afterAll(() => idp?.close());

const auth0 = () => ({ domain, clientId: DEV_CLIENT_ID, clientSecret: DEV_CLIENT_SECRET });

async function waitForPending(sub: string, bindingMessage: string): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const request = idp.pendingRequests(sub).find((pending) => pending.bindingMessage === bindingMessage);
    if (request) return request.id;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no pending request reached the device');
}

/** A tool protected the way Auth0's samples protect `shop_online`, blocking until the user answers. */
function shopTool(options: { bindingMessage: string; requestedExpiry?: number }) {
  const authorizer = new AsyncAuthorizerBase(auth0(), {
    userID: HANAKO,
    bindingMessage: options.bindingMessage,
    scopes: ['openid', 'product:buy'],
    audience: SHOP_API,
    requestedExpiry: options.requestedExpiry,
    store: new MemoryStore(),
    onAuthorizationRequest: 'block',
    onUnauthorized: async (error: Error) => error,
  });
  const context = { threadID: 't1', toolCallID: 'c1', toolName: 'shop_online' };
  return authorizer.protect(
    () => context,
    async () => {
      const { getAsyncAuthorizationCredentials } = await import('@auth0/ai/AsyncAuthorization');
      return getAsyncAuthorizationCredentials();
    },
  );
}

describe('CIBA with @auth0/ai', () => {
  it('holds the tool until the user approves on the device, then hands it a JWT for the API', async () => {
    const call = shopTool({ bindingMessage: 'ノートPC 1台を購入: 合計 98,000円' })();
    const id = await waitForPending(HANAKO, 'ノートPC 1台を購入: 合計 98,000円');
    expect(idp.pendingRequests(HANAKO)[0]).toMatchObject({
      bindingMessage: 'ノートPC 1台を購入: 合計 98,000円',
      clientName: 'Auth0 AI samples (dev)',
      audience: SHOP_API,
      scopes: ['openid', 'product:buy'],
    });
    expect(JSON.stringify(idp.pendingRequests(HANAKO))).not.toMatch(/auth_req_id|authReqId/);
    expect(await idp.answerRequest(HANAKO, id, true)).toBe(true);
    const credentials = (await call) as { accessToken: string; idToken?: string };
    const { payload, protectedHeader } = await jwtVerify(
      credentials.accessToken,
      createRemoteJWKSet(new URL(`${idp.issuer}/.well-known/jwks.json`)),
      { issuer: idp.issuer, audience: SHOP_API },
    );
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload.sub).toBe(HANAKO);
    expect(String(payload.scope).split(' ')).toEqual(expect.arrayContaining(['openid', 'product:buy']));
    expect(credentials.idToken).toBeTruthy();
    expect(idp.pendingRequests(HANAKO)).toEqual([]);
  });

  it('reports a denial as AccessDeniedInterrupt', async () => {
    const call = shopTool({ bindingMessage: 'Buy 2 headphones' })();
    const id = await waitForPending(HANAKO, 'Buy 2 headphones');
    await idp.answerRequest(HANAKO, id, false);
    const result = await call;
    expect(result).toBeInstanceOf(AccessDeniedInterrupt);
  });

  it('reports an unanswered request as expired once requested_expiry has passed', async () => {
    const result = await shopTool({ bindingMessage: 'Buy a book', requestedExpiry: 1 })();
    // The library checks the time itself before each poll; when its poll is already on the way at the moment
    // the request expires, the issuer answers expired_token instead. Either way the tool is told "expired".
    const expired =
      result instanceof AuthorizationRequestExpiredInterrupt ||
      (result as { error?: string } | undefined)?.error === 'expired_token';
    expect(expired, String(result)).toBe(true);
  });

  it('in interrupt mode, pending then slow_down (with Retry-After) when polled faster than the interval', async () => {
    const authorizer = new AsyncAuthorizerBase(auth0(), {
      userID: HANAKO,
      bindingMessage: 'Buy a pen',
      scopes: ['product:buy'],
      audience: SHOP_API,
      store: new MemoryStore(),
    });
    const context = { threadID: 't2', toolCallID: 'c2', toolName: 'shop_online' };
    const tool = authorizer.protect(
      () => context,
      async () => 'bought',
    );
    await expect(tool()).rejects.toBeInstanceOf(AuthorizationPendingInterrupt);
    const slow = await tool().catch((error: unknown) => error);
    expect(slow).toBeInstanceOf(AuthorizationPollingInterrupt);
    expect((slow as AuthorizationPollingInterrupt).nextRetryInterval()).toBe(1);
    await idp.answerRequest(HANAKO, await waitForPending(HANAKO, 'Buy a pen'), true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(tool()).resolves.toBe('bought');
  });
});

describe('the wire, with the auth0 AuthenticationClient', () => {
  const client = () => new AuthenticationClient(auth0());
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { error?: string; error_description?: string }) => error,
    );

  it('answers /bc-authorize with auth_req_id, expires_in and Auth0 interval', async () => {
    const response = await client().backchannel.authorize({
      userId: HANAKO,
      binding_message: 'Order 3 items',
      scope: 'openid',
      requested_expiry: '120',
    });
    expect(response).toMatchObject({ expires_in: 120, interval: 1 });
    expect(response.auth_req_id).toEqual(expect.any(String));
  });

  it('answers expired_token once requested_expiry has passed', async () => {
    const { auth_req_id } = await client().backchannel.authorize({
      userId: HANAKO,
      binding_message: 'Order 1 item',
      scope: 'openid',
      requested_expiry: '1',
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const error = await errorOf(client().backchannel.backchannelGrant({ auth_req_id }));
    expect(error?.error).toBe('expired_token');
  });

  it('refuses a binding message Auth0 would refuse, saying why in both languages', async () => {
    const error = await errorOf(
      client().backchannel.authorize({ userId: HANAKO, binding_message: 'x'.repeat(65), scope: 'openid' }),
    );
    expect(error?.error).toBe('invalid_binding_message');
    expect(error?.error_description).toMatch(/64/);
    expect(error?.error_description).toMatch(/文字/);
    const symbol = await errorOf(
      client().backchannel.authorize({ userId: HANAKO, binding_message: 'total ¥98000', scope: 'openid' }),
    );
    expect(symbol?.error).toBe('invalid_binding_message');
  });

  it('refuses a login hint for another issuer or an unknown user', async () => {
    const hint = JSON.stringify({ format: 'iss_sub', iss: 'https://tenant.example.auth0.com/', sub: HANAKO });
    const res = await fetch(`https://${domain}/bc-authorize`, {
      method: 'POST',
      body: new URLSearchParams({
        client_id: DEV_CLIENT_ID,
        client_secret: DEV_CLIENT_SECRET,
        scope: 'openid',
        binding_message: 'hello',
        login_hint: hint,
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
    const unknown = await errorOf(
      client().backchannel.authorize({ userId: 'dev-idp|nobody', binding_message: 'hello', scope: 'openid' }),
    );
    expect(unknown?.error).toBe('unknown_user_id');
  });
});
