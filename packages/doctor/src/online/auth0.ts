// Auth0 side of the connection check: the tenant's (or the dev issuer's) OpenID discovery document.
import type { Config, Finding } from '@repo/config';
import { onlineFinding } from './findings.ts';

export interface IssuerCheck {
  ok: boolean;
  url: string;
  issuer?: string;
  findings: Finding[];
}

/** What failed in a fetch that got no answer: the network error code (ECONNREFUSED, ENOTFOUND, ...) or the error's name. */
export function fetchFailure(error: unknown): string {
  return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
}

export async function checkIssuer(
  config: Config,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<IssuerCheck> {
  const { auth0 } = config;
  const url = `${auth0.issuerBaseUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const dev = auth0.mode === 'dev';
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const code = fetchFailure(error);
    const finding = dev
      ? onlineFinding(
          'auth0-dev-issuer-not-running',
          {
            ja: `ローカルの開発用 ID プロバイダー（${auth0.issuerBaseUrl}）が起動していません（${code}）。AUTH0_DOMAIN が未設定のため、サインインにはこの ID プロバイダーを使います。`,
            en: `The local development issuer (${auth0.issuerBaseUrl}) is not running (${code}). With no AUTH0_DOMAIN, sign-in goes through it.`,
          },
          {
            ja: '`pnpm dev` を実行すると自動で起動します（単体では `pnpm --filter @repo/dev-idp start`）。ポートを変えた場合は DEV_IDP_PORT を確認してください。',
            en: 'Running `pnpm dev` starts it for you (alone: `pnpm --filter @repo/dev-idp start`). If you changed the port, check DEV_IDP_PORT.',
          },
          'DEV_IDP_PORT',
        )
      : onlineFinding(
          'auth0-issuer-unreachable',
          {
            ja: `Auth0 テナント（${auth0.issuerBaseUrl}）に接続できません（${code}）。`,
            en: `Cannot reach the Auth0 tenant (${auth0.issuerBaseUrl}) (${code}).`,
          },
          {
            ja: 'AUTH0_DOMAIN の綴り（例: your-tenant.jp.auth0.com）と、ネットワークやプロキシを確認してください。',
            en: 'Check the spelling of AUTH0_DOMAIN (e.g. your-tenant.jp.auth0.com) and your network or proxy.',
          },
          'AUTH0_DOMAIN',
        );
    return { ok: false, url, findings: [finding] };
  }
  let issuer: string | undefined;
  if (response.ok) {
    try {
      const body = (await response.json()) as { issuer?: unknown; authorization_endpoint?: unknown };
      if (typeof body.issuer === 'string' && typeof body.authorization_endpoint === 'string') issuer = body.issuer;
    } catch {}
  } else {
    await response.body?.cancel();
  }
  if (issuer) return { ok: true, url, issuer, findings: [] };
  return {
    ok: false,
    url,
    findings: [
      onlineFinding(
        'auth0-discovery-invalid',
        {
          ja: `${url} が OpenID Connect の設定を返しませんでした（HTTP ${response.status}）。`,
          en: `${url} did not return an OpenID Connect configuration (HTTP ${response.status}).`,
        },
        dev
          ? {
              ja: 'DEV_IDP_PORT のポートで別のプログラムが動いていないか確認してください。',
              en: 'Check that no other program is listening on the DEV_IDP_PORT port.',
            }
          : {
              ja: 'AUTH0_DOMAIN がテナントのドメイン（またはカスタムドメイン）を指しているか確認してください。',
              en: "Check that AUTH0_DOMAIN is your tenant's domain (or its custom domain).",
            },
        dev ? 'DEV_IDP_PORT' : 'AUTH0_DOMAIN',
      ),
    ],
  };
}

/**
 * With AUTH0_AUDIENCE set, two tenant settings decide whether the samples keep working, and neither can be read
 * without a Management API token: refresh tokens for that API need "Allow Offline Access" on the API, and Auth0 asks
 * localhost apps for consent whenever an audience is requested (first-party consent cannot be skipped on localhost).
 */
export function audienceNotes(config: Config): Finding[] {
  const { audience } = config.auth0;
  if (!audience || config.auth0.mode === 'dev') return [];
  return [
    onlineFinding(
      'auth0-audience-offline-access',
      {
        ja: `AUTH0_AUDIENCE（${audience}）が設定されています。この API のアクセストークンを更新するリフレッシュトークンは、API の設定で「Allow Offline Access」がオンのときだけ発行されます。オフのままだと、アクセストークンの期限が切れた後にユーザー情報のツールが失敗します。また、audience を要求すると、Auth0 は localhost のアプリに同意画面を表示します（localhost では同意を省略できません）。`,
        en: `AUTH0_AUDIENCE (${audience}) is set. Refresh tokens for this API are issued only when "Allow Offline Access" is on in the API's settings; without it the user-info tool fails once the access token expires. Auth0 also shows a consent screen to localhost apps whenever an audience is requested (consent cannot be skipped on localhost).`,
      },
      {
        ja: 'Auth0 ダッシュボードの Applications → APIs → この API → Settings で「Allow Offline Access」をオンにして保存してください。localhost でサインインしたときの同意画面は「Accept」で進めます（本番のドメインでは、API の「Allow Skipping User Consent」で省略できます）。',
        en: 'In the Auth0 Dashboard, open Applications → APIs → this API → Settings, switch on "Allow Offline Access" and save. On localhost, accept the consent screen at sign-in (on a real domain, the API\'s "Allow Skipping User Consent" skips it).',
      },
      'AUTH0_AUDIENCE',
    ),
  ];
}
