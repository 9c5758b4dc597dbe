// The oidc-provider configuration: one confidential client, demo accounts, Auth0-style routes, our own screens.
/// <reference path="./oidc-provider-internals.d.ts" />

import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import instance from 'oidc-provider/lib/helpers/weak_cache.js';
import { memoryAdapter } from './adapter.ts';
import { backchannelTtl, CIBA_GRANT_TYPE, cibaFeature, cibaPolling, type PendingRequests } from './ciba.ts';
import {
  DEV_CLIENT_ID,
  DEV_CLIENT_NAME,
  DEV_CLIENT_SECRET,
  DEV_FGA_CLIENT_ID,
  DEV_FGA_CLIENT_NAME,
  DEV_FGA_CLIENT_SECRET,
  isAllowedCorsOrigin,
  isAllowedPostLogoutRedirectUri,
  isAllowedRedirectUri,
} from './client.ts';
import { type Lang, pickLang, UI_LOCALES } from './i18n.ts';
import type { IssuerKeys } from './keys.ts';
import { BACKCHANNEL_PATH } from './paths.ts';
import { errorScreen, logoutScreen, signedOutScreen } from './screens.ts';
import { findUserBySub, SCOPE_CLAIMS, userClaims } from './users.ts';

/** The paths Auth0 uses, so URLs look the same against a tenant and against the dev issuer. */
export const ROUTES = {
  authorization: '/authorize',
  backchannel_authentication: BACKCHANNEL_PATH,
  token: '/oauth/token',
  userinfo: '/userinfo',
  jwks: '/.well-known/jwks.json',
  end_session: '/oidc/logout',
  revocation: '/oauth/revoke',
} as const;

export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'offline_access'];
const HOUR = 60 * 60;
const DAY = 24 * HOUR;

function langOf(ctx: KoaContextWithOIDC): Lang {
  const params = (ctx.oidc?.params ?? {}) as { ui_locales?: unknown };
  return pickLang({
    uiLocales: typeof params.ui_locales === 'string' ? params.ui_locales : undefined,
    acceptLanguage: ctx.get('accept-language'),
  });
}

/**
 * APIs are not registered ahead of time: an `audience` the app asks for becomes a resource server whose scopes
 * are the non-OpenID scopes asked for with it, so "call your API" samples work with any AUTH0_AUDIENCE.
 */
class ApiRegistry {
  private readonly scopes = new Map<string, Set<string>>();

  scopeFor(audience: string, requestedScope: unknown): string {
    const known = this.scopes.get(audience) ?? new Set<string>();
    for (const scope of String(requestedScope ?? '').split(' ')) {
      if (scope && !OIDC_SCOPES.includes(scope)) known.add(scope);
    }
    this.scopes.set(audience, known);
    return [...known].join(' ');
  }
}

export interface ProviderOptions {
  /** Seconds between CIBA polls (`interval`); polling faster answers `slow_down`. */
  pollInterval: number;
  /** Where CIBA requests wait for the user's answer on the device page. */
  pending: PendingRequests;
}

export function createProvider(issuer: string, keys: IssuerKeys, options: ProviderOptions): Provider {
  const apis = new ApiRegistry();
  const configuration: Configuration = {
    adapter: memoryAdapter(),
    jwks: keys.jwks as Configuration['jwks'],
    cookies: { keys: keys.cookieKeys },
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: DEV_CLIENT_SECRET,
        client_name: DEV_CLIENT_NAME,
        // Listed for discovery's sake; any loopback /auth/callback is accepted (see redirectUriAllowed below).
        redirect_uris: ['http://localhost:3000/auth/callback', 'http://localhost:3001/auth/callback'],
        post_logout_redirect_uris: ['http://localhost:3000', 'http://localhost:3001'],
        grant_types: ['authorization_code', 'refresh_token', CIBA_GRANT_TYPE],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        backchannel_token_delivery_mode: 'poll',
      },
      {
        // A machine client for the local OpenFGA server's API (client credentials with Auth0's `audience`).
        client_id: DEV_FGA_CLIENT_ID,
        client_secret: DEV_FGA_CLIENT_SECRET,
        client_name: DEV_FGA_CLIENT_NAME,
        redirect_uris: [],
        grant_types: ['client_credentials'],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    scopes: [...OIDC_SCOPES],
    claims: {
      openid: [...SCOPE_CLAIMS.openid],
      profile: [...SCOPE_CLAIMS.profile],
      email: [...SCOPE_CLAIMS.email],
    },
    // Like Auth0, put the profile and email claims in the ID token, where @auth0/nextjs-auth0 reads the user.
    conformIdTokenClaims: false,
    // Auth0's name for the API an access token is for; mapped onto RFC 8707 resource indicators below.
    // `screen_hint=signup` is how apps ask Auth0 for the sign-up page (the sign-in screen explains its absence).
    extraParams: ['audience', 'screen_hint'],
    async findAccount(_ctx, sub) {
      const user = findUserBySub(sub);
      return user ? { accountId: sub, claims: () => userClaims(user, issuer) } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin) => isAllowedCorsOrigin(origin),
    routes: ROUTES,
    formats: { customizers: { jwt: (ctx, _token, jwt) => addUserinfoAudience(ctx, jwt.payload, issuer) } },
    discovery: { ui_locales_supported: [...UI_LOCALES], claims_locales_supported: [...UI_LOCALES] },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? HOUR,
      ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? HOUR,
      BackchannelAuthenticationRequest: (ctx) => backchannelTtl(ctx),
      AuthorizationCode: 60,
      IdToken: HOUR,
      RefreshToken: 14 * DAY,
      Interaction: HOUR,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
    features: {
      devInteractions: { enabled: false },
      ciba: cibaFeature(issuer, options.pending),
      clientCredentials: { enabled: true },
      // @auth0/nextjs-auth0 revokes the refresh token on sign-out. Only the client a token was issued to may.
      revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource(ctx, _client, oneOf) {
          if (oneOf) return oneOf;
          const { audience } = ctx.oidc.params as { audience?: unknown };
          return typeof audience === 'string' && audience ? audience : undefined;
        },
        // The token endpoint is called without `audience`, as Auth0 allows: use what was granted.
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, audience) => ({
          scope: apis.scopeFor(audience, ctx.oidc.params?.scope),
          audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: HOUR,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          const provedByApp = !!(ctx.oidc.params as { id_token_hint?: unknown }).id_token_hint;
          ctx.type = 'html';
          ctx.body = logoutScreen(langOf(ctx), form, provedByApp);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = signedOutScreen(langOf(ctx));
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorScreen({ lang: langOf(ctx), error: out.error, description: out.error_description });
    },
  };

  const provider = new Provider(issuer, configuration);
  // Every sample runs on its own port: accept any loopback callback and sign-out return URL for the dev client.
  provider.Client.prototype.redirectUriAllowed = isAllowedRedirectUri;
  provider.Client.prototype.postLogoutRedirectUriAllowed = isAllowedPostLogoutRedirectUri;
  provider.use(askConsentForOfflineAccess);
  provider.use(cibaPolling(options.pollInterval));
  acceptAudienceAtTokenEndpoint(provider);
  return provider;
}

/**
 * OpenID Connect Core 11 grants `offline_access` (a refresh token) only together with `prompt=consent`;
 * Auth0 grants it without. Requests asking for it get the consent prompt added, so apps that do not send
 * `prompt` (like @auth0/nextjs-auth0) still receive a refresh token, after the user agreed on the consent screen.
 */
async function askConsentForOfflineAccess(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  if (ctx.method === 'GET' && ctx.path === ROUTES.authorization) {
    const scopes = String(ctx.query.scope ?? '').split(' ');
    const prompts = new Set(
      String(ctx.query.prompt ?? '')
        .split(' ')
        .filter(Boolean),
    );
    if (scopes.includes('offline_access') && !prompts.has('none') && !prompts.has('consent')) {
      prompts.add('consent');
      ctx.query = { ...ctx.query, prompt: [...prompts].join(' ') };
    }
  }
  await next();
}

/**
 * Auth0's client credentials take the API as `audience` (OpenFGA's SDK sends it so); oidc-provider only keeps
 * the parameters each grant declares, so `audience` is added to the client-credentials grant's list. The
 * `defaultResource` above then maps it onto a resource indicator, as at the authorization endpoint.
 */
function acceptAudienceAtTokenEndpoint(provider: Provider): void {
  const { grantTypeParams } = instance(provider);
  grantTypeParams.get('client_credentials')?.add('audience');
  grantTypeParams.get(undefined)?.add('audience');
}

/**
 * Shapes an API access token the way Auth0 does: when the app also asked for `openid`, the token carries the
 * OpenID scopes and `<issuer>/userinfo` as a second audience, so the same token works at /userinfo.
 */
function addUserinfoAudience(ctx: KoaContextWithOIDC, payload: Record<string, unknown>, issuer: string): void {
  const {
    AuthorizationCode: code,
    RefreshToken: refreshToken,
    BackchannelAuthenticationRequest: ciba,
  } = ctx.oidc.entities;
  const requested = String((code ?? refreshToken ?? ciba)?.scope ?? '').split(' ');
  const openidScopes = OIDC_SCOPES.filter((scope) => requested.includes(scope));
  if (!openidScopes.includes('openid')) return;
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  payload.aud = [...audiences, `${issuer}${ROUTES.userinfo}`];
  const apiScopes = String(payload.scope ?? '')
    .split(' ')
    .filter(Boolean);
  payload.scope = [...new Set([...openidScopes, ...apiScopes])].join(' ');
}
