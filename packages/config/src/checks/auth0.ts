// Auth0: tenant mode (AUTH0_DOMAIN set) or the local development issuer; domain normalisation,
// the variables a tenant needs, AUTH0_SECRET strength, scope format.
import { DEV_AUTH0_CLIENT_ID } from '../emulator-key.ts';
import { finding } from '../findings.ts';
import type { Auth0Config, DevSecrets } from '../types.ts';
import type { CheckContext } from './context.ts';
import { checkProduction, SECRET_FIX } from './production.ts';

const BASE_SCOPE = ['openid', 'profile', 'email', 'offline_access'];
/** @auth0/nextjs-auth0 derives its cookie keys from AUTH0_SECRET and documents 32+ characters. */
const MIN_SECRET_LENGTH = 32;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}[a-z0-9](?::\d{1,5})?$/;
/** Values copied from SDK quickstarts instead of generating one. */
const KNOWN_EXAMPLE_SECRETS = [/use_a_long.*secret/i, /long[-_ ]?random[-_ ]?value/i, /^replace[-_]?with/i];

/** Normalise AUTH0_DOMAIN (scheme and trailing slash removed, lowercased); undefined when not a host. */
export function normalizeAuth0Domain(value: string): { host?: string; hadHttp: boolean } {
  const hadHttp = /^http:\/\//i.test(value);
  const host = value
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  return HOST.test(host) ? { host, hadHttp } : { hadHttp };
}

export interface Auth0CheckOptions {
  /** This checkout's dev secrets, used with the dev issuer (see @repo/config/node's devSecrets). */
  devSecrets: DevSecrets;
  /** NODE_ENV=production: dev-only values are errors. */
  production: boolean;
}

export function checkAuth0(
  ctx: CheckContext,
  { devSecrets, production }: Auth0CheckOptions,
): Omit<Auth0Config, 'secret'> & { secret?: string } {
  const devIdpPort = Number(ctx.get('DEV_IDP_PORT') ?? 4455);
  const scope = buildScope(ctx);
  const audience = ctx.get('AUTH0_AUDIENCE');
  const appBaseUrl = ctx.get('APP_BASE_URL');
  const common = {
    scope,
    devIdpPort,
    ...(audience ? { audience } : {}),
    ...(appBaseUrl ? { appBaseUrl } : {}),
  };
  const secret = checkSecret(ctx, production);
  if (production) checkProduction(ctx, ctx.has('AUTH0_DOMAIN') ? 'tenant' : 'dev');

  const rawDomain = ctx.get('AUTH0_DOMAIN');
  if (!ctx.has('AUTH0_DOMAIN')) {
    const tenantOnly = ['AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET'].filter((n) => ctx.has(n));
    ctx.add(
      tenantOnly.length > 0
        ? finding(
            'auth0-settings-without-domain',
            tenantOnly[0],
            {
              ja: `${tenantOnly.join('、')} が設定されていますが、AUTH0_DOMAIN がないため使われません。ローカルの開発用 ID プロバイダー（http://localhost:${devIdpPort}）でサインインします。`,
              en: `${tenantOnly.join(', ')} ${tenantOnly.length > 1 ? 'are' : 'is'} set but unused without AUTH0_DOMAIN. Sign-in goes through the local development issuer (http://localhost:${devIdpPort}).`,
            },
            {
              ja: 'Auth0 テナントを使うには AUTH0_DOMAIN を追加してください（例: AUTH0_DOMAIN=example.jp.auth0.com）。',
              en: 'To use your Auth0 tenant, add AUTH0_DOMAIN (e.g. AUTH0_DOMAIN=example.jp.auth0.com).',
            },
          )
        : finding(
            'auth0-dev-issuer',
            'AUTH0_DOMAIN',
            {
              ja: `AUTH0_DOMAIN が未設定のため、ローカルの開発用 ID プロバイダー（http://localhost:${devIdpPort}）でサインインします。デモユーザーで試せます。`,
              en: `AUTH0_DOMAIN is not set, so sign-in goes through the local development issuer (http://localhost:${devIdpPort}), with demo users.`,
            },
            {
              ja: 'Auth0 テナントを使うには AUTH0_DOMAIN、AUTH0_CLIENT_ID、AUTH0_CLIENT_SECRET、AUTH0_SECRET を設定してください。',
              en: 'To use your Auth0 tenant, set AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and AUTH0_SECRET.',
            },
          ),
    );
    return {
      mode: 'dev',
      domain: `localhost:${devIdpPort}`,
      issuerBaseUrl: `http://localhost:${devIdpPort}`,
      clientId: DEV_AUTH0_CLIENT_ID,
      clientSecret: devSecrets.clientSecret,
      secret: ctx.has('AUTH0_SECRET') ? secret : devSecrets.sessionSecret,
      ...common,
    };
  }

  let domain: string | undefined;
  if (rawDomain !== undefined) {
    const { host, hadHttp } = normalizeAuth0Domain(rawDomain);
    const bare = rawDomain.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0] ?? '';
    if (/^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0)$/i.test(bare) || /^\d+\.\d+\.\d+\.\d+$/.test(bare)) {
      ctx.add(
        finding(
          'auth0-domain-local',
          'AUTH0_DOMAIN',
          {
            ja: `AUTH0_DOMAIN=${rawDomain} はこのマシンや IP アドレスを指しています。Auth0 の SDK は IP アドレスを受け付けず、ローカルの開発用 ID プロバイダーは AUTH0_DOMAIN を空にすると自動で使われます。`,
            en: `AUTH0_DOMAIN=${rawDomain} points at this machine or an IP address. The Auth0 SDK rejects IP addresses, and the local development issuer is used automatically when AUTH0_DOMAIN is empty.`,
          },
          {
            ja: 'ローカルの開発用 ID プロバイダーを使う場合は AUTH0_DOMAIN の行を削除してください。テナントを使う場合は Auth0 ダッシュボードに表示されるドメインを設定してください。',
            en: 'For the development issuer, delete the AUTH0_DOMAIN line; for your tenant, set the domain shown in the Auth0 dashboard.',
          },
        ),
      );
    } else if (!host) {
      ctx.add(
        finding(
          'auth0-domain-invalid',
          'AUTH0_DOMAIN',
          {
            ja: `AUTH0_DOMAIN=${JSON.stringify(rawDomain)} はホスト名ではありません。パスやクエリは付けられません。`,
            en: `AUTH0_DOMAIN=${JSON.stringify(rawDomain)} is not a host name; it cannot carry a path or query.`,
          },
          {
            ja: `ホスト名だけを書いてください（例: AUTH0_DOMAIN=${hostExample(bare)}）。`,
            en: `Write the host name only, e.g. AUTH0_DOMAIN=${hostExample(bare)}.`,
          },
        ),
      );
    } else {
      domain = host;
      if (hadHttp)
        ctx.add(
          finding(
            'auth0-domain-http',
            'AUTH0_DOMAIN',
            {
              ja: `AUTH0_DOMAIN が http:// で書かれています。Auth0 テナントには常に https:// で接続するため、${host} として扱います。`,
              en: `AUTH0_DOMAIN is written with http://. Auth0 tenants are always reached over https://, so it is read as ${host}.`,
            },
            {
              ja: `AUTH0_DOMAIN=${host} と書いてください。`,
              en: `Write AUTH0_DOMAIN=${host}.`,
            },
          ),
        );
    }
  }

  for (const name of ['AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_SECRET']) {
    if (ctx.has(name)) continue;
    const hint =
      name === 'AUTH0_SECRET'
        ? {
            ja: '`openssl rand -hex 32` で生成した値を設定してください。',
            en: 'Set it to the output of `openssl rand -hex 32`.',
          }
        : {
            ja: 'Auth0 ダッシュボードの Applications → 対象アプリ → Settings に表示される値を設定してください。',
            en: 'Copy it from the Auth0 dashboard: Applications → your application → Settings.',
          };
    ctx.add(
      finding(
        'auth0-variable-missing',
        name,
        {
          ja: `AUTH0_DOMAIN が設定されている（Auth0 テナントを使う）ので、${name} も必要です。`,
          en: `AUTH0_DOMAIN is set (your Auth0 tenant is used), so ${name} is required too.`,
        },
        hint,
      ),
    );
  }

  return {
    mode: 'tenant',
    domain: domain ?? '',
    issuerBaseUrl: `https://${domain ?? ''}`,
    clientId: ctx.get('AUTH0_CLIENT_ID') ?? '',
    clientSecret: ctx.get('AUTH0_CLIENT_SECRET') ?? '',
    ...(secret ? { secret } : {}),
    ...common,
  };
}

/** The host the user meant, when it is one; else the documented example. */
function hostExample(bare: string): string {
  const host = bare.toLowerCase();
  return HOST.test(host) ? host : 'example.jp.auth0.com';
}

function checkSecret(ctx: CheckContext, production: boolean): string | undefined {
  const secret = ctx.get('AUTH0_SECRET');
  if (secret === undefined) return undefined;
  if (secret.length < MIN_SECRET_LENGTH) {
    ctx.unusable.add('AUTH0_SECRET');
    ctx.add(
      finding(
        'auth0-secret-too-short',
        'AUTH0_SECRET',
        {
          ja: `AUTH0_SECRET が ${secret.length} 文字しかありません。セッション Cookie の暗号化には 32 文字以上が必要です。`,
          en: `AUTH0_SECRET has only ${secret.length} characters; encrypting the session cookie needs 32 or more.`,
        },
        {
          ja: '`openssl rand -hex 32` で 64 文字の値を生成して設定してください。',
          en: 'Generate a 64-character value with `openssl rand -hex 32` and use it.',
        },
      ),
    );
    return undefined;
  }
  const distinct = new Set(secret).size;
  const guessable = distinct < 8 || KNOWN_EXAMPLE_SECRETS.some((pattern) => pattern.test(secret));
  if (guessable && production)
    ctx.add(
      finding(
        'production-secret-weak',
        'AUTH0_SECRET',
        {
          ja: 'AUTH0_SECRET がドキュメントの例文や同じ文字の繰り返しのような推測しやすい値です。推測されるとセッションを偽造できるため、NODE_ENV=production では起動しません。',
          en: 'AUTH0_SECRET is guessable (a documentation example or a repeated pattern). A guessed secret lets anyone forge sessions, so the app does not start with it under NODE_ENV=production.',
        },
        SECRET_FIX,
      ),
    );
  else if (guessable)
    ctx.add(
      finding(
        'auth0-secret-weak',
        'AUTH0_SECRET',
        {
          ja: 'AUTH0_SECRET は長さは足りていますが、ドキュメントの例文や同じ文字の繰り返しのような推測しやすい値です。',
          en: 'AUTH0_SECRET is long enough but guessable: a documentation example or a repeated pattern.',
        },
        {
          ja: '`openssl rand -hex 32` で生成したランダムな値に置き換えてください。',
          en: 'Replace it with a random value from `openssl rand -hex 32`.',
        },
      ),
    );
  return secret;
}

function buildScope(ctx: CheckContext): string {
  const extra = ctx.get('AUTH0_SCOPE') ?? '';
  const extraScopes = extra.split(/[\s,]+/).filter(Boolean);
  if (/,/.test(extra))
    ctx.add(
      finding(
        'auth0-scope-format',
        'AUTH0_SCOPE',
        {
          ja: 'AUTH0_SCOPE がカンマで区切られています。スコープはスペースで区切ります。',
          en: 'AUTH0_SCOPE is separated by commas; scopes are separated by spaces.',
        },
        {
          ja: `AUTH0_SCOPE="${extraScopes.join(' ')}" のように書いてください。`,
          en: `Write AUTH0_SCOPE="${extraScopes.join(' ')}".`,
        },
      ),
    );
  return [...new Set([...BASE_SCOPE, ...extraScopes])].join(' ');
}
