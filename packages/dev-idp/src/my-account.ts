// The part of Auth0's My Account API that @auth0/nextjs-auth0's connect-account flow (`/auth/connect`) calls,
// and the connect screen that stands in for the third party's consent page:
//   refresh_token grant with `audience=<issuer>/me/` (Auth0's multi-resource refresh token) -> My Account token
//   POST   /me/v1/connected-accounts/connect     -> { connect_uri, connect_params: { ticket }, auth_session, expires_in }
//   GET    /connected-accounts/connect?ticket=…  -> consent screen -> redirect_uri?connect_code=…&state=…
//   POST   /me/v1/connected-accounts/complete    -> the connected account
//   GET    /me/v1/connected-accounts/accounts    -> { accounts: [...] }
//   DELETE /me/v1/connected-accounts/accounts/:id -> 204

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { importJWK, type JWK, jwtVerify, SignJWT } from 'jose';
import type Provider from 'oidc-provider';
import { isAllowedRedirectUri } from './client.ts';
import { CONNECTIONS, type ConnectedAccount, type ConnectedAccounts } from './connected-accounts.ts';
import { html, page } from './html.ts';
import { readForm, redirect, sendHtml, sendJson } from './http.ts';
import { type Lang, pickLang } from './i18n.ts';
import { verificationKey } from './keys.ts';
import { format, MESSAGES as M } from './messages.ts';
import { scopeItems } from './screens.ts';
import { authenticateClient } from './token-vault.ts';
import { findUserBySub } from './users.ts';

export const MY_ACCOUNT_PREFIX = '/me/v1/connected-accounts';
export const CONNECT_PATH = '/connected-accounts/connect';
const MY_ACCOUNT_SCOPES = [
  'create:me:connected_accounts',
  'read:me:connected_accounts',
  'delete:me:connected_accounts',
];
const FLOW_TTL = 10 * 60;
const TOKEN_TTL = 10 * 60;

interface ConnectFlow {
  sub: string;
  clientId: string;
  connection: string;
  scopes: string[];
  redirectUri: string;
  state: string;
  codeChallenge: string;
  authSession: string;
  expiresAt: number;
  connectCode?: string;
}

function problem(res: ServerResponse, status: number, title: string, detail: string): void {
  sendJson(res, status, { type: `https://auth0.com/api/errors/${status}`, status, title, detail });
}

export function isMyAccountPath(pathname: string): boolean {
  return pathname.startsWith(`${MY_ACCOUNT_PREFIX}/`) || pathname === CONNECT_PATH;
}

export interface MyAccountDeps {
  provider: Provider;
  accounts: ConnectedAccounts;
  issuer: string;
  signingKey: JWK;
}

export function myAccount(deps: MyAccountDeps) {
  const audience = `${deps.issuer}/me/`;
  const publicKey = verificationKey(deps.signingKey);
  const privateKey = importJWK(deps.signingKey, 'RS256');
  const flows = new Map<string, ConnectFlow>();

  const liveFlow = (predicate: (flow: ConnectFlow) => boolean): [string, ConnectFlow] | undefined => {
    const now = Date.now();
    for (const [ticket, flow] of flows) if (flow.expiresAt <= now) flows.delete(ticket);
    return [...flows.entries()].find(([, flow]) => predicate(flow));
  };

  /** The refresh-token grant for the My Account audience (Auth0's multi-resource refresh tokens). */
  async function tokenForRefreshToken(form: URLSearchParams, res: ServerResponse): Promise<void> {
    const body = Object.fromEntries(form);
    let clientId: string;
    try {
      clientId = await authenticateClient(deps.provider, body);
    } catch {
      sendJson(res, 401, { error: 'access_denied', error_description: 'Unauthorized' });
      return;
    }
    const refreshToken = await deps.provider.RefreshToken.find(form.get('refresh_token') ?? '');
    if (!refreshToken || refreshToken.isExpired || refreshToken.consumed || refreshToken.clientId !== clientId) {
      sendJson(res, 403, { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
      return;
    }
    const scope = (form.get('scope') ?? '').split(' ').filter((s) => MY_ACCOUNT_SCOPES.includes(s));
    const kid = deps.signingKey.kid;
    const accessToken = await new SignJWT({ scope: scope.join(' '), client_id: clientId })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', ...(kid ? { kid } : {}) })
      .setIssuer(deps.issuer)
      .setSubject(String(refreshToken.accountId))
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_TTL}s`)
      .setJti(randomUUID())
      .sign(await privateKey);
    sendJson(res, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_TTL,
      scope: scope.join(' '),
    });
  }

  /** The user of a My Account token that carries `scope`, else an answer has been sent. */
  async function bearer(req: IncomingMessage, res: ServerResponse, scope: string): Promise<string | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const payload = token
      ? await jwtVerify(token, await publicKey, { issuer: deps.issuer, audience, typ: 'at+jwt' }).then(
          (verified) => verified.payload,
          () => undefined,
        )
      : undefined;
    if (!payload?.sub) {
      problem(res, 401, 'Unauthorized', 'A valid My Account API access token is required.');
      return undefined;
    }
    if (
      !String(payload.scope ?? '')
        .split(' ')
        .includes(scope)
    ) {
      problem(res, 403, 'Forbidden', `The access token lacks the ${scope} scope.`);
      return undefined;
    }
    return payload.sub;
  }

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  async function startConnect(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const sub = await bearer(req, res, 'create:me:connected_accounts');
    if (!sub) return;
    const body = await readJson(req);
    const connection = typeof body.connection === 'string' ? body.connection : '';
    const redirectUri = typeof body.redirect_uri === 'string' ? body.redirect_uri : '';
    if (!CONNECTIONS[connection]) {
      problem(
        res,
        400,
        'Bad Request',
        `Unknown connection "${connection}". Known: ${Object.keys(CONNECTIONS).join(', ')}.`,
      );
      return;
    }
    if (!isAllowedRedirectUri(redirectUri)) {
      problem(res, 400, 'Bad Request', 'redirect_uri must be http://localhost:<port>/auth/callback.');
      return;
    }
    if (body.code_challenge_method !== 'S256' || typeof body.code_challenge !== 'string' || !body.code_challenge) {
      problem(res, 400, 'Bad Request', 'code_challenge with code_challenge_method S256 is required.');
      return;
    }
    const scopes = Array.isArray(body.scopes) ? body.scopes.filter((s): s is string => typeof s === 'string') : [];
    const ticket = randomBytes(24).toString('base64url');
    const authSession = randomBytes(24).toString('base64url');
    flows.set(ticket, {
      sub,
      clientId: String(body.client_id ?? ''),
      connection,
      scopes,
      redirectUri,
      state: typeof body.state === 'string' ? body.state : '',
      codeChallenge: body.code_challenge,
      authSession,
      expiresAt: Date.now() + FLOW_TTL * 1000,
    });
    sendJson(res, 201, {
      connect_uri: `${deps.issuer}${CONNECT_PATH}`,
      connect_params: { ticket },
      auth_session: authSession,
      expires_in: FLOW_TTL,
    });
  }

  async function completeConnect(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const sub = await bearer(req, res, 'create:me:connected_accounts');
    if (!sub) return;
    const body = await readJson(req);
    const found = liveFlow((flow) => flow.authSession === body.auth_session && !!flow.connectCode);
    const flow = found?.[1];
    const verifier = typeof body.code_verifier === 'string' ? body.code_verifier : '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      !found ||
      !flow ||
      flow.sub !== sub ||
      flow.connectCode !== body.connect_code ||
      flow.redirectUri !== body.redirect_uri ||
      flow.codeChallenge !== challenge
    ) {
      problem(res, 400, 'Bad Request', 'Invalid or expired connect_code, auth_session, redirect_uri or code_verifier.');
      return;
    }
    flows.delete(found[0]);
    sendJson(res, 201, accountJson(deps.accounts.connect(sub, flow.connection, flow.scopes)));
  }

  /** The third party's consent page (here: the demo calendar's), reached with the ticket. */
  async function connectScreen(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const lang = pickLang({
      explicit: url.searchParams.get('lang') ?? undefined,
      acceptLanguage: req.headers['accept-language'],
    });
    const ticket = req.method === 'POST' ? undefined : (url.searchParams.get('ticket') ?? '');
    const form = req.method === 'POST' ? await readForm(req) : undefined;
    const key = ticket ?? form?.get('ticket') ?? '';
    const flow = liveFlow(() => true) && flows.get(key);
    if (!flow || flow.expiresAt <= Date.now() || flow.connectCode) {
      sendHtml(
        res,
        400,
        page({ lang, title: M.connectTitle, body: html`<p class="error" role="alert">${M.connectExpired[lang]}</p>` }),
      );
      return;
    }
    if (!form) {
      sendHtml(res, 200, connectPage(lang, key, flow));
      return;
    }
    const target = new URL(flow.redirectUri);
    if (form.get('decision') === 'allow') {
      flow.connectCode = randomBytes(24).toString('base64url');
      target.searchParams.set('connect_code', flow.connectCode);
    } else {
      flows.delete(key);
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_description', 'The user did not allow the connection.');
    }
    target.searchParams.set('state', flow.state);
    redirect(res, target.href, 303);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (path === CONNECT_PATH && (req.method === 'GET' || req.method === 'POST')) return connectScreen(req, res, url);
    if (req.method === 'POST' && path === `${MY_ACCOUNT_PREFIX}/connect`) return startConnect(req, res);
    if (req.method === 'POST' && path === `${MY_ACCOUNT_PREFIX}/complete`) return completeConnect(req, res);
    if (req.method === 'GET' && path === `${MY_ACCOUNT_PREFIX}/accounts`) {
      const sub = await bearer(req, res, 'read:me:connected_accounts');
      if (sub) sendJson(res, 200, { accounts: deps.accounts.list(sub).map(accountJson) });
      return;
    }
    const id = path.startsWith(`${MY_ACCOUNT_PREFIX}/accounts/`)
      ? decodeURIComponent(path.slice(`${MY_ACCOUNT_PREFIX}/accounts/`.length))
      : '';
    if (req.method === 'DELETE' && id) {
      const sub = await bearer(req, res, 'delete:me:connected_accounts');
      if (!sub) return;
      if (deps.accounts.disconnect(sub, id)) {
        res.writeHead(204);
        res.end();
      } else problem(res, 404, 'Not Found', 'Connected account not found.');
      return;
    }
    problem(res, 404, 'Not Found', 'Not found.');
  }

  return { handle, tokenForRefreshToken, audience };
}

function accountJson(account: ConnectedAccount) {
  return {
    id: account.id,
    connection: account.connection,
    access_type: 'offline',
    scopes: account.scopes,
    created_at: account.createdAt,
  };
}

function connectPage(lang: Lang, ticket: string, flow: ConnectFlow): string {
  const provider = CONNECTIONS[flow.connection]?.provider ?? flow.connection;
  const user = findUserBySub(flow.sub)?.name ?? flow.sub;
  const scopes = scopeItems(lang, flow.scopes, []);
  const button = (decision: string, label: string, secondary: boolean) =>
    html`<button type="submit" name="decision" value="${decision}"${secondary ? html` class="secondary"` : undefined}>${label}</button>`;
  const body = html`<p>${format(M.connectLead, lang, { provider, user })}</p>
<p><small>${format(M.connectDemoNote, lang, { provider })}</small></p>
<ul class="scopes" data-testid="connect-scopes">${scopes}</ul>
<form method="post" action="${CONNECT_PATH}?lang=${lang}"><input type="hidden" name="ticket" value="${ticket}">
<div class="actions">${button('allow', M.allow[lang], false)}${button('deny', M.deny[lang], true)}</div>
</form>`;
  const query = (other: Lang) => `${CONNECT_PATH}?ticket=${encodeURIComponent(ticket)}&lang=${other}`;
  return page({ lang, title: M.connectTitle, body, langLinks: { ja: query('ja'), en: query('en') } });
}
