// Auth0's asynchronous authorization (CIBA, poll mode) on oidc-provider's `features.ciba`: Auth0's `iss_sub`
// login hint and binding-message rules, the `interval` and `slow_down` Auth0 answers with, and the pending
// requests the device page (device.ts) shows until the user approves or denies them.

import { randomUUID } from 'node:crypto';
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { BACKCHANNEL_PATH } from './paths.ts';
import { findUserBySub } from './users.ts';

export const CIBA_GRANT_TYPE = 'urn:openid:params:grant-type:ciba';
/** Auth0 answers `interval: 5`; tests may ask for less. */
export const DEFAULT_POLL_INTERVAL = 5;
/** Auth0: `requested_expiry` is 1 to 300 seconds, 300 by default. */
export const MAX_REQUESTED_EXPIRY = 300;
/**
 * Auth0: up to 64 characters, letters and digits, spaces and `+-_.,:#`. Letters and digits of any script, so a
 * Japanese message like `ノートPC 1台を購入: 合計 ¥98,000` needs only the yen sign taken out.
 */
const BINDING_MESSAGE = /^[\p{L}\p{M}\p{N} +\-_.,:#]{1,64}$/u;

type CibaFeature = NonNullable<NonNullable<Configuration['features']>['ciba']>;
type BackchannelRequest = InstanceType<Provider['BackchannelAuthenticationRequest']>;

/** What the device page shows about one request. No token or request handle is ever part of it. */
export interface PendingRequest {
  /** Opaque id used by the device page's forms (not the `auth_req_id`). */
  id: string;
  accountId: string;
  clientName: string;
  bindingMessage: string;
  scopes: string[];
  audience?: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** The requests waiting for the user, in memory like everything else of the issuer. */
export class PendingRequests {
  private readonly requests = new Map<string, PendingRequest & { authReqId: string }>();

  add(request: Omit<PendingRequest, 'id'> & { authReqId: string }): void {
    this.prune();
    const id = randomUUID();
    this.requests.set(id, { ...request, id });
  }

  /** The user's open requests, oldest first. */
  forAccount(accountId: string): PendingRequest[] {
    this.prune();
    return [...this.requests.values()]
      .filter((request) => request.accountId === accountId)
      .map(({ authReqId: _handle, ...shown }) => shown);
  }

  /** Removes and returns the request's `auth_req_id` when it belongs to the user and is still open. */
  take(id: string, accountId: string): string | undefined {
    this.prune();
    const request = this.requests.get(id);
    if (!request || request.accountId !== accountId) return undefined;
    this.requests.delete(id);
    return request.authReqId;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, request] of this.requests) if (request.expiresAt <= now) this.requests.delete(id);
  }
}

function bilingual(en: string, ja: string): string {
  return `${en} / ${ja}`;
}

/** `{"format":"iss_sub","iss":"https://{domain}/","sub":"<user id>"}` as Auth0's SDKs send it. */
export function subjectFromLoginHint(loginHint: string, issuer: string): string | undefined {
  let hint: unknown;
  try {
    hint = JSON.parse(loginHint);
  } catch {
    throw new errors.InvalidRequest(
      bilingual(
        'login_hint must be JSON in the iss_sub format: {"format":"iss_sub","iss":"<issuer>/","sub":"<user id>"}',
        'login_hint は iss_sub 形式の JSON にしてください: {"format":"iss_sub","iss":"<発行者>/","sub":"<ユーザー ID>"}',
      ),
    );
  }
  const { format, iss, sub } = (hint ?? {}) as { format?: unknown; iss?: unknown; sub?: unknown };
  if (format !== 'iss_sub' || typeof iss !== 'string' || typeof sub !== 'string') {
    throw new errors.InvalidRequest(
      bilingual(
        'login_hint must have "format":"iss_sub" and string "iss" and "sub"',
        'login_hint には "format":"iss_sub" と文字列の "iss"・"sub" が必要です',
      ),
    );
  }
  // Auth0's SDKs write `https://{domain}/`; this issuer is `http://localhost:<port>`: compare host and port.
  const expected = new URL(issuer);
  const given = URL.parse(iss);
  if (!given || given.host !== expected.host || !['http:', 'https:'].includes(given.protocol)) {
    throw new errors.InvalidRequest(
      bilingual(
        `login_hint "iss" must be this issuer (${issuer}/), not ${iss}`,
        `login_hint の "iss" はこの発行者 (${issuer}/) にしてください (指定値: ${iss})`,
      ),
    );
  }
  return findUserBySub(sub)?.sub;
}

export function validateBindingMessage(message: unknown): void {
  if (typeof message === 'string' && BINDING_MESSAGE.test(message)) return;
  throw new errors.InvalidBindingMessage(
    bilingual(
      'binding_message is required: 1 to 64 characters, letters, digits, spaces and + - _ . , : # only',
      'binding_message は必須です。1〜64 文字で、文字・数字・空白と + - _ . , : # だけを使ってください',
    ),
  );
}

export function cibaFeature(issuer: string, pending: PendingRequests): CibaFeature {
  return {
    enabled: true,
    deliveryModes: ['poll'],
    async processLoginHint(_ctx, loginHint) {
      return subjectFromLoginHint(loginHint ?? '', issuer);
    },
    async processLoginHintToken() {
      throw new errors.InvalidRequest('login_hint_token is not supported; use login_hint (iss_sub)');
    },
    async validateBindingMessage(_ctx, message) {
      validateBindingMessage(message);
    },
    async validateRequestContext() {},
    // Auth0 has no user codes: accept their absence, ignore nothing else.
    async verifyUserCode(_ctx, _account, userCode) {
      if (userCode) throw new errors.InvalidRequest('user_code is not supported');
    },
    async triggerAuthenticationDevice(ctx, request, account, client) {
      pending.add({
        authReqId: request.jti,
        accountId: account.accountId,
        clientName: client.clientName ?? client.clientId,
        bindingMessage: String(ctx.oidc.params?.binding_message ?? ''),
        scopes: String(request.scope ?? '')
          .split(' ')
          .filter(Boolean),
        ...(typeof request.resource === 'string' ? { audience: request.resource } : {}),
        expiresAt: Date.now() + request.expiration * 1000,
      });
    },
  };
}

/** `requested_expiry` (1-300 seconds, Auth0's range), 300 by default. */
export function backchannelTtl(ctx: KoaContextWithOIDC | undefined): number {
  const requested = Number((ctx?.oidc?.params as { requested_expiry?: unknown } | undefined)?.requested_expiry);
  return Number.isSafeInteger(requested) && requested > 0
    ? Math.min(requested, MAX_REQUESTED_EXPIRY)
    : MAX_REQUESTED_EXPIRY;
}

/**
 * Auth0's polling rules on top of oidc-provider's: `/bc-authorize` answers with `interval`, and a client that
 * polls a pending request sooner than that gets `slow_down` with `Retry-After` instead of `authorization_pending`.
 */
export function cibaPolling(interval: number) {
  const lastPoll = new Map<string, number>();
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') return;
    if (ctx.path === BACKCHANNEL_PATH && ctx.status === 200 && body.auth_req_id) {
      body.interval = interval;
      return;
    }
    const params = ctx.oidc?.params as { grant_type?: unknown; auth_req_id?: unknown } | undefined;
    if (params?.grant_type !== CIBA_GRANT_TYPE || body.error !== 'authorization_pending') return;
    const id = String(params.auth_req_id);
    const now = Date.now();
    for (const [key, at] of lastPoll) if (now - at > MAX_REQUESTED_EXPIRY * 1000) lastPoll.delete(key);
    const previous = lastPoll.get(id);
    lastPoll.set(id, now);
    if (previous !== undefined && now - previous < interval * 1000) {
      ctx.body = {
        error: 'slow_down',
        error_description: `You are polling faster than allowed. Try again in ${interval} seconds.`,
      };
      ctx.set('Retry-After', String(interval));
    }
  };
}

/** The user's answer on the device: a grant for what the request asked, or access_denied. */
export async function answerBackchannelRequest(
  provider: Provider,
  authReqId: string,
  approved: boolean,
  openidScopes: readonly string[],
): Promise<void> {
  const request: BackchannelRequest | undefined = await provider.BackchannelAuthenticationRequest.find(authReqId, {
    ignoreExpiration: true,
  });
  if (!request) return;
  if (!approved) {
    await provider.backchannelResult(
      request,
      new errors.AccessDenied('The end-user denied the authorization request or it has been expired'),
    );
    return;
  }
  const scopes = String(request.scope ?? '').split(' ');
  const grant = new provider.Grant({ accountId: request.accountId, clientId: request.clientId });
  grant.addOIDCScope(scopes.filter((scope) => openidScopes.includes(scope)).join(' '));
  if (typeof request.resource === 'string') {
    grant.addResourceScope(request.resource, scopes.filter((scope) => !openidScopes.includes(scope)).join(' '));
  }
  await provider.backchannelResult(request, await grant.save());
}
