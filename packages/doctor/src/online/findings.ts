// Every finding the online checks can report: code -> severity, title, docs anchor. The docs site builds
// one troubleshooting entry per code from this registry and @repo/config's FINDING_CODES (which holds the
// key inspection's api-key-* codes); no code is in both.
import { type Finding, findingDocs, type Localized, type Severity } from '@repo/config';

export interface FindingInfo {
  severity: Severity;
  title: Localized;
  /** Docs page path without locale: `troubleshooting/#<code>`. */
  docs: string;
}

const ONLINE = {
  'bedrock-key-invalid': ['error', 'Bedrock が API キーを認識しない', 'Bedrock does not recognise the API key'],
  'bedrock-key-expired': ['error', 'API キーの期限切れ（Bedrock の応答）', 'API key expired (as Bedrock answered)'],
  'iam-credentials-invalid': ['error', 'IAM 認証情報が無効', 'IAM credentials rejected'],
  'iam-credentials-expired': ['error', 'IAM 認証情報の期限切れ', 'IAM credentials expired'],
  'iam-credentials-unavailable': ['error', 'IAM 認証情報が見つからない', 'No IAM credentials found'],
  'iam-credentials-timeout': ['error', 'IAM 認証情報の取得がタイムアウト', 'Getting IAM credentials timed out'],
  'generated-key-failed': ['error', '短期 API キーを生成できない', 'Cannot generate a short-term API key'],
  'bedrock-missing-call-with-bearer-token': [
    'error',
    'bedrock:CallWithBearerToken の権限がない',
    'Missing bedrock:CallWithBearerToken permission',
  ],
  'bedrock-missing-invoke-permission': [
    'error',
    'モデル呼び出し（InvokeModel）の権限がない',
    'Missing permission to invoke the model',
  ],
  'bedrock-missing-read-permission': [
    'warning',
    'モデル情報の読み取り権限がない',
    'Missing permission to read model information',
  ],
  'bedrock-access-denied': ['error', 'Bedrock へのアクセスが拒否された', 'Access to Bedrock denied'],
  'bedrock-model-access-denied': ['error', 'モデルへのアクセス権がない', 'No access to the model'],
  'bedrock-model-subscription-required': [
    'error',
    'モデルの利用登録（Marketplace）が済んでいない',
    'Model subscription (Marketplace) not completed',
  ],
  'bedrock-model-use-case-required': [
    'error',
    'Anthropic の利用目的フォームが未提出',
    'Anthropic use case form not submitted',
  ],
  'bedrock-model-id-invalid': ['error', '無効なモデル ID', 'Invalid model ID'],
  'bedrock-on-demand-not-supported': [
    'error',
    'オンデマンド呼び出し非対応のモデル（推論プロファイルが必要）',
    'Model needs an inference profile (no on-demand throughput)',
  ],
  'bedrock-model-legacy': ['warning', 'レガシー扱いのモデル', 'Legacy model'],
  'bedrock-model-end-of-life': ['error', '提供終了したモデル', 'Model reached end of life'],
  'bedrock-catalog-stale': [
    'info',
    'アカウントの答えがモデルカタログと違う（アカウントを優先）',
    'Your account differs from the model catalog (the account wins)',
  ],
  'bedrock-geographic-profile-available': [
    'info',
    '国・地域内で処理する推論プロファイルがある',
    'A profile that keeps processing in your geography exists',
  ],
  'bedrock-throttled': ['warning', 'リクエストが制限された（スロットリング）', 'Request throttled'],
  'bedrock-service-unavailable': ['warning', 'Bedrock が一時的に利用できない', 'Bedrock temporarily unavailable'],
  'bedrock-endpoint-unreachable': [
    'error',
    'Bedrock のエンドポイントに接続できない',
    'Cannot reach the Bedrock endpoint',
  ],
  'bedrock-endpoint-dns': [
    'error',
    'Bedrock のエンドポイント名を解決できない',
    'Bedrock endpoint name does not resolve',
  ],
  'bedrock-request-rejected': ['error', 'Bedrock がリクエストを拒否した', 'Bedrock rejected the request'],
  'bedrock-unexpected-error': ['error', 'Bedrock からの想定外の応答', 'Unexpected answer from Bedrock'],
  'auth0-issuer-unreachable': ['error', 'Auth0 テナントに接続できない', 'Cannot reach the Auth0 tenant'],
  'auth0-discovery-invalid': [
    'error',
    'Auth0 の OpenID 設定を読み取れない',
    "Cannot read the Auth0 tenant's OpenID configuration",
  ],
  'auth0-audience-offline-access': [
    'info',
    'API（AUTH0_AUDIENCE）の「オフラインアクセスを許可」と同意画面',
    'API (AUTH0_AUDIENCE): "Allow Offline Access" and the consent screen',
  ],
  'auth0-ciba-grant-disabled': [
    'warning',
    'アプリで非同期の承認（CIBA）が有効になっていない',
    'Asynchronous authorization (CIBA) is not enabled for the app',
  ],
  'auth0-ciba-client-rejected': [
    'error',
    '非同期の承認（CIBA）のエンドポイントがアプリの認証を拒否した',
    "The CIBA endpoint rejected the app's credentials",
  ],
  'auth0-ciba-dev-issuer-other-checkout': [
    'warning',
    'ローカルの開発用 ID プロバイダーが別のチェックアウトのもの',
    'The local development issuer belongs to another checkout',
  ],
  'auth0-ciba-unavailable': [
    'warning',
    '非同期の承認（CIBA）のエンドポイントが応答しない',
    'The asynchronous-authorization (CIBA) endpoint does not answer',
  ],
  'auth0-ciba-guardian-push': [
    'info',
    '承認には Auth0 Guardian のプッシュ通知の登録が必要',
    'Approvals need Auth0 Guardian push enrolment',
  ],
  'auth0-dev-issuer-not-running': [
    'warning',
    'ローカルの開発用 ID プロバイダーが起動していない',
    'The local development issuer is not running',
  ],
  'fga-dev-not-running': ['warning', 'ローカルの dev-fga が起動していない', 'The local dev-fga is not running'],
  'fga-unreachable': ['error', 'FGA に接続できない', 'Cannot reach FGA'],
  'fga-credentials-refused': [
    'error',
    'FGA のトークンを取得できない、または拒否された',
    'FGA token not obtained or refused',
  ],
  'fga-store-not-found': ['error', 'FGA のストアが見つからない', 'FGA store not found'],
  'fga-model-missing': ['error', 'FGA のストアに認可モデルがない', 'No authorization model in the FGA store'],
  'fga-model-outdated': ['error', 'FGA のモデルに文書の関係が足りない', 'The FGA model lacks the document relations'],
  'token-vault-grant-disabled': [
    'warning',
    'アプリケーションで Token Vault の交換が許可されていない',
    'The application may not use the Token Vault exchange',
  ],
  'token-vault-client-rejected': [
    'warning',
    'Token Vault の交換でアプリケーションの認証が通らない',
    'The Token Vault exchange refuses the application credentials',
  ],
  'token-vault-exchange-unexpected': [
    'warning',
    'Token Vault の交換からの想定外の応答',
    'Unexpected answer from the Token Vault exchange',
  ],
  'token-vault-connection-missing': [
    'warning',
    'Token Vault の Google 接続が使えない',
    'The Google connection for Token Vault is not available',
  ],
} as const satisfies Record<string, readonly [Severity, string, string]>;

export type OnlineFindingCode = keyof typeof ONLINE;

/** The registry: every online finding code. */
export const ONLINE_FINDINGS: Readonly<Record<string, FindingInfo>> = Object.freeze(
  Object.fromEntries(
    Object.entries(ONLINE).map(([code, [severity, ja, en]]) => [
      code,
      { severity, title: { ja, en }, docs: findingDocs(code) },
    ]),
  ),
);

/** A finding with the registry's severity and docs link. */
export function onlineFinding(code: OnlineFindingCode, message: Localized, fix: Localized, variable?: string): Finding {
  const [severity] = ONLINE[code];
  return { code, severity, ...(variable ? { variable } : {}), message, fix, docs: findingDocs(code) };
}
