// NODE_ENV=production: what only makes sense on a developer's machine is an error, so the apps refuse to
// start (and doctor reports it): sign-in through the local dev issuer, a missing, guessable or public
// AUTH0_SECRET, a public development client secret.
import { FAKE_AUTH0_SECRET } from '../fake-keys.ts';
import { finding } from '../findings.ts';
import type { Auth0Mode } from '../types.ts';
import type { CheckContext } from './context.ts';

/**
 * Values anyone can read: earlier versions of this repository's dev secrets, the test secret, and anything
 * labelled as not for production. A session cookie sealed with one of them can be forged.
 */
const PUBLIC_DEV_SECRETS: readonly string[] = [
  'dev-session-secret-not-for-production-0000000000000000',
  'dev-idp-client-secret-not-for-production',
  'dev-idp-fga-client-secret-not-for-production',
  FAKE_AUTH0_SECRET,
];
const LABELLED_DEV = /not[-_ ]?for[-_ ]?production|^dev[-_]/i;

export const SECRET_FIX = {
  ja: '`openssl rand -hex 32` で生成した値を AUTH0_SECRET に設定してください（値はリポジトリに入れず、サーバーの環境変数やシークレット管理に置きます）。',
  en: 'Set AUTH0_SECRET to the output of `openssl rand -hex 32` (keep it out of the repository: in the server environment or a secrets manager).',
};

export function isPublicDevSecret(value: string): boolean {
  return PUBLIC_DEV_SECRETS.includes(value) || LABELLED_DEV.test(value);
}

export function checkProduction(ctx: CheckContext, mode: Auth0Mode): void {
  const allowed = ctx.get('ALLOW_DEV_ISSUER_IN_PRODUCTION') === 'true';
  if (mode === 'dev')
    ctx.add(
      allowed
        ? finding(
            'production-dev-issuer-allowed',
            'ALLOW_DEV_ISSUER_IN_PRODUCTION',
            {
              ja: 'ALLOW_DEV_ISSUER_IN_PRODUCTION=true のため、NODE_ENV=production でもローカルの開発用 ID プロバイダーでサインインします。デモユーザーのパスワードは公開されています。',
              en: 'ALLOW_DEV_ISSUER_IN_PRODUCTION=true, so sign-in goes through the development issuer under NODE_ENV=production. Its demo passwords are public.',
            },
            {
              ja: 'このマシンでのテスト以外では、この行を削除して AUTH0_DOMAIN などテナントの値を設定してください。',
              en: 'Unless you are testing on this machine, delete that line and set your tenant (AUTH0_DOMAIN and the rest).',
            },
          )
        : finding(
            'production-dev-issuer',
            'AUTH0_DOMAIN',
            {
              ja: 'NODE_ENV=production ですが AUTH0_DOMAIN が未設定のため、ローカルの開発用 ID プロバイダーでサインインすることになります。ローカルの開発用 ID プロバイダーのデモユーザーとパスワードは公開されているため、本番では起動しません。',
              en: 'NODE_ENV=production, but AUTH0_DOMAIN is not set, so sign-in would go through the local development issuer, whose demo users and passwords are public. The app does not start like this.',
            },
            {
              ja: 'Auth0 テナントの AUTH0_DOMAIN、AUTH0_CLIENT_ID、AUTH0_CLIENT_SECRET、AUTH0_SECRET を設定してください。',
              en: "Set your Auth0 tenant's AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET and AUTH0_SECRET.",
            },
          ),
    );

  // In tenant mode a missing AUTH0_SECRET is already an error (auth0-variable-missing).
  if (mode === 'dev' && !ctx.has('AUTH0_SECRET'))
    ctx.add(
      finding(
        'production-secret-missing',
        'AUTH0_SECRET',
        {
          ja: 'NODE_ENV=production では AUTH0_SECRET が必要です。開発時に自動で作られる値は、このマシンの開発用で本番では使いません。',
          en: 'AUTH0_SECRET is required under NODE_ENV=production. The value made automatically for development belongs to this machine and is not used in production.',
        },
        SECRET_FIX,
      ),
    );

  for (const name of ['AUTH0_SECRET', 'AUTH0_CLIENT_SECRET']) {
    const value = ctx.get(name);
    if (value !== undefined && isPublicDevSecret(value))
      ctx.add(
        finding(
          'production-secret-known',
          name,
          {
            ja: `${name} がこのリポジトリで公開されている開発用・テスト用の値です。この値で守られたセッションは誰でも偽造できるため、本番では起動しません。`,
            en: `${name} is a development or test value published in this repository. Anyone could forge what it protects, so the app does not start with it in production.`,
          },
          name === 'AUTH0_SECRET'
            ? SECRET_FIX
            : {
                ja: 'Auth0 ダッシュボードの Applications → 対象アプリ → Settings に表示される Client Secret を設定してください。',
                en: 'Copy the Client Secret from the Auth0 dashboard: Applications → your application → Settings.',
              },
        ),
      );
  }
}
