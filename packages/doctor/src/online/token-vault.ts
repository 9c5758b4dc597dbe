// Token Vault side of the connection check: does the issuer answer the federated-connection token exchange for
// this application, and does the Google connection (GOOGLE_CONNECTION_NAME) exist for it? No user is involved:
// the exchange is probed with a token that cannot be valid, and the connection with a sign-in request that is
// never completed. What each answer means follows Auth0's token endpoint and /authorize as public code and docs
// describe them (the dev issuer answers the same way).
import { type Config, DEFAULT_GOOGLE_CONNECTION, type Finding, type Localized } from '@repo/config';
import { onlineFinding } from './findings.ts';

const GRANT = 'urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token';

export interface TokenVaultCheck {
  /** The exchange answered as it does for an enabled grant (the probe's token refused as invalid). */
  exchange: boolean;
  /** true: the connection exists for the app; undefined: the answer did not say. */
  connection?: boolean;
  findings: Finding[];
  detail: Localized;
}

function connectionName(config: Config): string {
  return config.tokenVault?.connection ?? DEFAULT_GOOGLE_CONNECTION;
}

async function probeExchange(config: Config, timeoutMs: number, fetchImpl: typeof fetch): Promise<Finding[]> {
  const { auth0 } = config;
  const connection = connectionName(config);
  const res = await fetchImpl(`${auth0.issuerBaseUrl.replace(/\/+$/, '')}/oauth/token`, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: GRANT,
      client_id: auth0.clientId,
      client_secret: auth0.clientSecret,
      subject_token: 'doctor-probe-not-a-refresh-token',
      subject_token_type: 'urn:ietf:params:oauth:token-type:refresh_token',
      requested_token_type: 'http://auth0.com/oauth/token-type/federated-connection-access-token',
      connection,
    }),
  });
  const body = (await res.json().catch(() => ({}))) as { error?: string; error_description?: string };
  const said = `HTTP ${res.status}${body.error ? ` ${body.error}` : ''}${body.error_description ? `: ${body.error_description}` : ''}`;
  // An invalid refresh token is refused only once the client and the grant were accepted: the exchange works.
  if (body.error === 'invalid_grant') return [];
  if (body.error === 'unauthorized_client') {
    return [
      onlineFinding(
        'token-vault-grant-disabled',
        {
          ja: `この Auth0 アプリケーションでは Token Vault の交換が許可されていません（${said}）。カレンダーのツールは Google のトークンを受け取れません。`,
          en: `This Auth0 application may not use the Token Vault exchange (${said}). The calendar tool cannot get Google tokens.`,
        },
        {
          ja: 'Auth0 ダッシュボードの Applications → このアプリ → Settings → Advanced Settings → Grant Types で「Token Vault」をオンにして保存してください。',
          en: 'In the Auth0 Dashboard, open Applications → this application → Settings → Advanced Settings → Grant Types, switch on "Token Vault" and save.',
        },
        'AUTH0_CLIENT_ID',
      ),
    ];
  }
  if (body.error === 'access_denied' || body.error === 'invalid_client' || res.status === 401) {
    return [
      onlineFinding(
        'token-vault-client-rejected',
        {
          ja: `Token Vault の交換で、アプリケーションの認証が通りませんでした（${said}）。`,
          en: `The Token Vault exchange did not accept the application's credentials (${said}).`,
        },
        {
          ja: 'AUTH0_CLIENT_ID と AUTH0_CLIENT_SECRET が、Token Vault を有効にしたアプリケーション（Regular Web Application）の値か確認してください。',
          en: 'Check that AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET belong to the application with Token Vault enabled (a Regular Web Application).',
        },
        'AUTH0_CLIENT_SECRET',
      ),
    ];
  }
  return [
    onlineFinding(
      'token-vault-exchange-unexpected',
      {
        ja: `Token Vault の交換に想定外の応答がありました（${said}）。`,
        en: `The Token Vault exchange gave an unexpected answer (${said}).`,
      },
      {
        ja: 'テナントで Token Vault が使えるか（プランと機能）、AUTH0_DOMAIN がテナントを指しているかを確認してください。',
        en: 'Check that Token Vault is available on the tenant (plan and features) and that AUTH0_DOMAIN points at it.',
      },
      'AUTH0_DOMAIN',
    ),
  ];
}

function missingConnection(connection: string, reason: Localized): Finding {
  return onlineFinding(
    'token-vault-connection-missing',
    {
      ja: `Google 接続「${connection}」がこのアプリケーションで使えません（${reason.ja}）。`,
      en: `The Google connection "${connection}" is not available to this application (${reason.en}).`,
    },
    {
      ja: 'Auth0 ダッシュボードの Authentication → Social で Google の接続を作り（または開き）、Applications タブでこのアプリを有効にし、「Connected Accounts for Token Vault」をオンにしてください。名前が google-oauth2 でなければ GOOGLE_CONNECTION_NAME に設定します。',
      en: 'In the Auth0 Dashboard, create (or open) the Google connection under Authentication → Social, enable this application on its Applications tab, and switch on "Connected Accounts for Token Vault". If it is not named google-oauth2, set GOOGLE_CONNECTION_NAME.',
    },
    'GOOGLE_CONNECTION_NAME',
  );
}

/**
 * A sign-in request for the connection, not followed: Auth0 sends the browser on to the provider (Google) when
 * the connection exists and is enabled for the application, or back to the app with an error when it is not.
 */
async function probeConnection(
  config: Config,
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<{ connection?: boolean; findings: Finding[] }> {
  const { auth0 } = config;
  const connection = connectionName(config);
  if (auth0.mode === 'dev') {
    // The dev issuer plays Google itself, as `google-oauth2` only.
    if (connection === DEFAULT_GOOGLE_CONNECTION) return { connection: true, findings: [] };
    return {
      connection: false,
      findings: [
        missingConnection(connection, {
          ja: 'ローカルの開発用 ID プロバイダーが扱う接続は google-oauth2 だけです',
          en: 'the local development issuer serves google-oauth2 only',
        }),
      ],
    };
  }
  const appBase = (auth0.appBaseUrl?.split(',')[0]?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
  const url = new URL('/authorize', auth0.issuerBaseUrl);
  url.search = new URLSearchParams({
    client_id: auth0.clientId,
    response_type: 'code',
    redirect_uri: `${appBase}/auth/callback`,
    scope: 'openid',
    connection,
    state: 'doctor-probe',
  }).toString();
  const res = await fetchImpl(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  await res.body?.cancel();
  const location = URL.parse(res.headers.get('location') ?? '', url);
  if (!location || res.status < 300 || res.status >= 400) return { findings: [] };
  if (location.host !== url.host && !location.href.startsWith(appBase)) return { connection: true, findings: [] };
  const error = location.searchParams.get('error');
  const description = location.searchParams.get('error_description') ?? '';
  if (error && /connection/i.test(description)) {
    return { connection: false, findings: [missingConnection(connection, { ja: description, en: description })] };
  }
  return { findings: [] };
}

export async function checkTokenVault(
  config: Config,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<TokenVaultCheck> {
  const connection = connectionName(config);
  const [exchangeFindings, probed] = await Promise.all([
    probeExchange(config, timeoutMs, fetchImpl),
    probeConnection(config, timeoutMs, fetchImpl),
  ]);
  const exchange = exchangeFindings.length === 0;
  const known =
    probed.connection === true
      ? { ja: `接続 ${connection} があります`, en: `connection ${connection} exists` }
      : probed.connection === false
        ? { ja: `接続 ${connection} が使えません`, en: `connection ${connection} not available` }
        : { ja: `接続 ${connection} は確認できませんでした`, en: `connection ${connection} could not be confirmed` };
  return {
    exchange,
    ...(probed.connection === undefined ? {} : { connection: probed.connection }),
    findings: [...exchangeFindings, ...probed.findings],
    detail: {
      ja: `${exchange ? '交換が応答します' : '交換に問題があります'}、${known.ja}`,
      en: `${exchange ? 'exchange answers' : 'exchange refused'}, ${known.en}`,
    },
  };
}
