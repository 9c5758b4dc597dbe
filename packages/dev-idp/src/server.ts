// startDevIdp(): the provider plus our screens on one loopback HTTP server, started and stopped from code.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import type { JWK } from 'jose';
import { avatarSvg } from './avatar.ts';
import { CALENDAR_PREFIX, calendarApi } from './calendar.ts';
import { answerBackchannelRequest, DEFAULT_POLL_INTERVAL, type PendingRequest, PendingRequests } from './ciba.ts';
import { DEFAULT_DEV_IDP_PORT } from './client.ts';
import { ConnectedAccounts } from './connected-accounts.ts';
import { deviceHandler, isDevicePath } from './device.ts';
import { redirect } from './http.ts';
import { pickLang } from './i18n.ts';
import { handleInteraction, isInteractionPath } from './interactions.ts';
import { bearerJwt, jwtUserinfo } from './jwt-userinfo.ts';
import { generateIssuerKeys } from './keys.ts';
import { allowedHosts, assertLoopbackHost, assertNotProduction, portInUseError, wrongHostBody } from './loopback.ts';
import { isMyAccountPath, myAccount } from './my-account.ts';
import { CERTIFICATE_PATH } from './paths.ts';
import { createProvider, OIDC_SCOPES, ROUTES } from './provider.ts';
import { homeScreen } from './screens.ts';
import { staleHintRemover } from './stale-logout.ts';
import { createDualServer, generateDevCertificate } from './tls.ts';
import { tokenEndpoint } from './token-endpoint.ts';
import { subjectResolver, tokenVaultExchange } from './token-vault.ts';
import { DEMO_USERS } from './users.ts';

export interface DevIdpOptions {
  /** TCP port; 0 lets the OS pick a free one. Default 4455. */
  port?: number;
  /** Loopback address to bind: `127.0.0.1` (default), `::1` or `localhost`. Anything else is refused. */
  host?: string;
  /** Seconds between CIBA polls that the issuer asks for (Auth0: 5); polling faster answers `slow_down`. */
  pollInterval?: number;
  /**
   * The issuer refuses to start when `NODE_ENV` is `production`: its passwords and client secrets are public.
   * `true` starts it anyway (a production build tested on a developer's machine).
   */
  allowProduction?: boolean;
}

export interface DevIdp {
  /** `http://localhost:<port>`: the issuer identifier and base URL. */
  issuer: string;
  port: number;
  /** The per-start TLS certificate (PEM) the same port answers `https://localhost:<port>` with. */
  certificate: string;
  /** The asynchronous-authorization requests waiting for `sub` on the device page. */
  pendingRequests(sub: string): PendingRequest[];
  /** Answers one of them as the device page does; false when it is not (or no longer) open for `sub`. */
  answerRequest(sub: string, id: string, approved: boolean): Promise<boolean>;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? portInUseError(port) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts a development OpenID Connect issuer on loopback. */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  // NODE_ENV is read here, not through @repo/config: the issuer must refuse even when started outside an app.
  assertNotProduction(process.env.NODE_ENV, options.allowProduction === true);
  const host = options.host ?? '127.0.0.1';
  assertLoopbackHost(host);
  const [keys, certificate] = await Promise.all([generateIssuerKeys(), generateDevCertificate()]);

  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const dual = createDualServer((req, res) => handle?.(req, res), certificate);
  const server = dual.server;
  const port = await listen(server, options.port ?? DEFAULT_DEV_IDP_PORT, host);
  const issuer = `http://localhost:${port}`;
  const hosts = allowedHosts(port);

  const pending = new PendingRequests();
  const provider = createProvider(issuer, keys, {
    pollInterval: options.pollInterval ?? DEFAULT_POLL_INTERVAL,
    pending,
  });
  const answerRequest = async (sub: string, id: string, approved: boolean): Promise<boolean> => {
    const authReqId = pending.take(id, sub);
    if (!authReqId) return false;
    await answerBackchannelRequest(provider, authReqId, approved, OIDC_SCOPES);
    return true;
  };
  const device = deviceHandler({ provider, pending, answer: answerRequest });
  const failed = (res: ServerResponse) => (error: unknown) => {
    console.error(`dev-idp: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  };
  provider.on('server_error', (_ctx, error: Error) => console.error(`dev-idp: ${error.message}`));
  const providerHandler = provider.callback();
  const signingKey = keys.jwks.keys[0] as JWK;
  const withoutStaleHint = staleHintRemover(signingKey);
  const userinfoForJwt = jwtUserinfo(signingKey, issuer);
  const accounts = new ConnectedAccounts();
  const me = myAccount({ provider, accounts, issuer, signingKey });
  const calendar = calendarApi(accounts);
  const tokenParties = {
    tokenVault: (body: Record<string, unknown>, res: ServerResponse) =>
      tokenVaultExchange({ provider, accounts, subjectOf: subjectResolver(provider, signingKey, issuer) }, body, res),
    async myAccount(form: URLSearchParams, res: ServerResponse) {
      if (form.get('grant_type') !== 'refresh_token' || form.get('audience') !== me.audience) return false;
      await me.tokenForRefreshToken(form, res);
      return true;
    },
    provider: providerHandler,
  };

  handle = (req, res) => {
    // DNS rebinding: a page on another site that resolves its own name to 127.0.0.1 sends its own Host.
    if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(wrongHostBody(req.headers.host, port));
      return;
    }
    const url = new URL(req.url ?? '/', issuer);
    if (req.method === 'GET' && url.pathname === CERTIFICATE_PATH) {
      res.writeHead(200, { 'content-type': 'application/x-pem-file', 'cache-control': 'no-store' });
      res.end(certificate.cert);
      return;
    }
    if (isInteractionPath(url.pathname)) {
      handleInteraction(provider, req, res, url).catch(failed(res));
      return;
    }
    if (isDevicePath(url.pathname)) {
      device(req, res, url).catch(failed(res));
      return;
    }
    if (req.method === 'POST' && url.pathname === ROUTES.token) {
      tokenEndpoint(tokenParties, req, res).catch(failed(res));
      return;
    }
    if (isMyAccountPath(url.pathname)) {
      me.handle(req, res, url).catch(failed(res));
      return;
    }
    if (url.pathname.startsWith(CALENDAR_PREFIX)) {
      calendar(req, res, url);
      return;
    }
    if (req.method === 'GET' && url.pathname === ROUTES.end_session) {
      withoutStaleHint(url).then((fresh) =>
        fresh ? redirect(res, fresh.pathname + fresh.search) : providerHandler(req, res),
      );
      return;
    }
    const jwt = url.pathname === ROUTES.userinfo ? bearerJwt(req) : undefined;
    if (jwt && (req.method === 'GET' || req.method === 'POST')) {
      userinfoForJwt(jwt, res).catch(() => res.end());
      return;
    }
    if (req.method === 'GET' && url.pathname === '/v2/logout') {
      redirect(res, auth0V2Logout(url));
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/avatars/')) {
      const user = DEMO_USERS.find((u) => url.pathname === `/avatars/${u.nickname}.svg`);
      if (user) {
        res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' });
        res.end(avatarSvg(user));
        return;
      }
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const lang = pickLang({
        explicit: url.searchParams.get('lang') ?? undefined,
        acceptLanguage: req.headers['accept-language'],
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(homeScreen(lang, issuer));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    providerHandler(req, res);
  };

  return {
    issuer,
    port,
    certificate: certificate.cert,
    pendingRequests: (sub) => pending.forAccount(sub),
    answerRequest,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        dual.closeAllConnections();
      }),
  };
}

/**
 * Auth0's `/v2/logout?client_id=…&returnTo=…` mapped onto OpenID Connect RP-initiated logout, so apps that use
 * Auth0's own logout URL (`logoutStrategy: 'v2'`) also sign out here.
 */
function auth0V2Logout(url: URL): string {
  const target = new URL(ROUTES.end_session, url.origin);
  const clientId = url.searchParams.get('client_id');
  const returnTo = url.searchParams.get('returnTo');
  if (clientId) target.searchParams.set('client_id', clientId);
  if (clientId && returnTo) target.searchParams.set('post_logout_redirect_uri', returnTo);
  return target.pathname + target.search;
}
