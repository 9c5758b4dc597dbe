// Auth0 side of asynchronous authorization (CIBA, the purchase tool): does the tenant's backchannel endpoint
// (`/bc-authorize`) answer this application? The probe authenticates as the app and names a user that does not
// exist, so no one is ever sent a request: a tenant with CIBA enabled for the app refuses the user
// (`unknown_user_id` or a similar `invalid_request`), one without refuses the grant type.
import type { Config, Finding, Localized } from '@repo/config';
import { fetchFailure } from './auth0.ts';
import { onlineFinding } from './findings.ts';

/** A user ID no tenant has: the probe must never reach a real person's phone. */
export const PROBE_USER_ID = 'doctor|backchannel-probe-no-such-user';

export interface BackchannelCheck {
  ok: boolean;
  findings: Finding[];
  detail?: Localized;
}

const ENABLE_CIBA: Localized = {
  ja: 'Auth0 ダッシュボードの Applications → Applications → このアプリ（AUTH0_CLIENT_ID）→ Settings → Advanced Settings → Grant Types で「Client Initiated Backchannel Authentication (CIBA)」をオンにして保存してください。',
  en: 'In the Auth0 Dashboard, open Applications → Applications → this app (AUTH0_CLIENT_ID) → Settings → Advanced Settings → Grant Types, switch on "Client Initiated Backchannel Authentication (CIBA)" and save.',
};

/** What Auth0 needs besides the grant: a way to reach the user (Guardian push), which the probe cannot see. */
function guardianNote(): Finding {
  return onlineFinding(
    'auth0-ciba-guardian-push',
    {
      ja: 'テナントの非同期の承認（CIBA）エンドポイントはこのアプリに応答しています。承認のリクエストは Auth0 Guardian のプッシュ通知でユーザーに届くので、ユーザーが Guardian アプリを登録していないと購入ツールは失敗します（ユーザーごとの登録状況は doctor からは確認できません）。',
      en: "The tenant's asynchronous-authorization (CIBA) endpoint answers this app. Requests reach the user as Auth0 Guardian push notifications, so the purchase tool fails for a user who has not enrolled the Guardian app (doctor cannot see each user's enrolment).",
    },
    {
      ja: 'Security → Multi-factor Auth で「Push Notification using Auth0 Guardian」をオンにし、承認するユーザーがスマートフォンの Auth0 Guardian アプリを登録しておいてください（一度 MFA を求めるサインインを行うと登録画面が出ます）。',
      en: 'Under Security → Multi-factor Auth, switch on "Push Notification using Auth0 Guardian", and have each approving user enrol the Auth0 Guardian app on their phone (a sign-in that asks for MFA shows the enrolment).',
    },
  );
}

export async function checkBackchannel(
  config: Config,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<BackchannelCheck> {
  const { auth0 } = config;
  const base = auth0.issuerBaseUrl.replace(/\/+$/, '');
  const url = `${base}/bc-authorize`;
  const body = new URLSearchParams({
    client_id: auth0.clientId,
    client_secret: auth0.clientSecret,
    scope: 'openid',
    binding_message: 'doctor check',
    login_hint: JSON.stringify({ format: 'iss_sub', iss: `${base}/`, sub: PROBE_USER_ID }),
  });
  let status: number;
  let answer: { error?: unknown; error_description?: unknown } = {};
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    answer = (await response.json().catch(() => ({}))) as typeof answer;
  } catch (error) {
    return { ok: false, findings: [unavailable(url, fetchFailure(error))] };
  }
  const error = typeof answer.error === 'string' ? answer.error : undefined;
  const description = typeof answer.error_description === 'string' ? answer.error_description : '';
  const said = `HTTP ${status}${error ? `, ${error}` : ''}${description ? `: ${description}` : ''}`;

  if ((error === 'invalid_client' || status === 401) && auth0.mode === 'dev') {
    // The dev client's secret comes from this checkout's .data/dev-secret: another checkout's issuer has another.
    return {
      ok: false,
      findings: [
        onlineFinding(
          'auth0-ciba-dev-issuer-other-checkout',
          {
            ja: `${url} のローカルの開発用 ID プロバイダーが、このチェックアウトのクライアントシークレットを受け付けませんでした（${said}）。別のチェックアウトから起動されたものです。サインインと購入の承認は失敗します。`,
            en: `The local development issuer at ${url} did not accept this checkout's client secret (${said}): it was started from another checkout. Sign-in and purchase approvals will fail.`,
          },
          {
            ja: 'DEV_IDP_PORT で動いている ID プロバイダーを止めて、このチェックアウトで `pnpm dev` を実行してください（または DEV_IDP_PORT を別のポートにしてください）。',
            en: 'Stop the issuer running on DEV_IDP_PORT and run `pnpm dev` in this checkout (or set DEV_IDP_PORT to another port).',
          },
          'DEV_IDP_PORT',
        ),
      ],
    };
  }
  if (error === 'invalid_client' || error === 'access_denied' || status === 401) {
    return {
      ok: false,
      findings: [
        onlineFinding(
          'auth0-ciba-client-rejected',
          {
            ja: `${url} がこのアプリのクライアント認証を受け付けませんでした（${said}）。`,
            en: `${url} did not accept this app's client credentials (${said}).`,
          },
          {
            ja: 'AUTH0_CLIENT_ID と AUTH0_CLIENT_SECRET が、Auth0 ダッシュボードのアプリの Settings にある値と同じか確認してください（Regular Web Application であること）。',
            en: "Check that AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET match the app's Settings in the Auth0 Dashboard (a Regular Web Application).",
          },
          'AUTH0_CLIENT_SECRET',
        ),
      ],
    };
  }
  if (error === 'unauthorized_client' || /grant.?type|not allowed for (?:this|the) client/i.test(description)) {
    return {
      ok: false,
      findings: [
        onlineFinding(
          'auth0-ciba-grant-disabled',
          {
            ja: `このアプリでは非同期の承認（CIBA）が有効になっていません（${said}）。購入ツールは承認をリクエストできません。`,
            en: `Asynchronous authorization (CIBA) is not enabled for this app (${said}). The purchase tool cannot ask for approval.`,
          },
          ENABLE_CIBA,
          'AUTH0_CLIENT_ID',
        ),
      ],
    };
  }
  // Refusing the made-up user means the app and its grant were accepted.
  if (status === 400 && error) {
    const detail = {
      ja: `${url} が応答しました（存在しないユーザーでの確認: ${error}）。`,
      en: `${url} answers (probed with a user that does not exist: ${error})`,
    };
    return { ok: true, detail, findings: auth0.mode === 'tenant' ? [guardianNote()] : [] };
  }
  return { ok: false, findings: [unavailable(url, said)] };
}

function unavailable(url: string, said: string): Finding {
  return onlineFinding(
    'auth0-ciba-unavailable',
    {
      ja: `${url} が非同期の承認（CIBA）のエンドポイントとして応答しませんでした（${said}）。`,
      en: `${url} did not answer as an asynchronous-authorization (CIBA) endpoint (${said}).`,
    },
    {
      ja: `テナントで CIBA が使えるか確認してください。${ENABLE_CIBA.ja}`,
      en: `Check that CIBA is available on your tenant. ${ENABLE_CIBA.en}`,
    },
    'AUTH0_DOMAIN',
  );
}
