// Every finding @repo/config can report, as a static registry: the docs site renders one
// troubleshooting entry (anchor = code) per row, and tests check that every code is reachable.
import { docsUrl, findingDocs } from './docs.ts';
import type { Finding, Lang, Localized, Severity } from './types.ts';

interface FindingDefinition {
  severity: Severity;
  title: Localized;
}

const t = (ja: string, en: string): Localized => ({ ja, en });

const DEFINITIONS = {
  // .env text
  'duplicate-variable': {
    severity: 'warning',
    title: t('同じ変数が複数回設定されている', 'Variable set more than once'),
  },
  'stray-line': { severity: 'warning', title: t('KEY=VALUE の形式でない行がある', 'Line that is not KEY=VALUE') },
  'env-file-not-found': {
    severity: 'error',
    title: t('指定した .env ファイルがない', 'The .env file given does not exist'),
  },
  'overridden-by-environment': {
    severity: 'info',
    title: t('ファイルの値より環境変数が優先されている', 'An environment variable overrides the file'),
  },
  'unknown-variable': {
    severity: 'warning',
    title: t('つづりの誤りと思われる変数名', 'Variable name that looks misspelled'),
  },
  // single values
  'value-quotes-or-spaces': {
    severity: 'error',
    title: t('値に余分な引用符や空白が含まれている', 'Value has extra quotes or spaces'),
  },
  'placeholder-value': { severity: 'error', title: t('プレースホルダーのままの値', 'Value is still a placeholder') },
  'guide-placeholder': {
    severity: 'error',
    title: t('手順書の XXXX… がそのまま残っている', "The guide's XXXX... placeholder is still there"),
  },
  'invalid-choice': { severity: 'error', title: t('選べない値が設定されている', 'Value is not one of the choices') },
  'invalid-port': { severity: 'error', title: t('ポート番号が正しくない', 'Invalid port number') },
  'invalid-url': { severity: 'error', title: t('URL が正しくない', 'Invalid URL') },
  'invalid-integer': { severity: 'error', title: t('整数ではない値', 'Value is not a whole number') },
  // aliases
  'alias-used': { severity: 'warning', title: t('古い変数名が使われている', 'Old variable name in use') },
  'alias-conflict': {
    severity: 'error',
    title: t('古い変数名と新しい変数名で値が食い違っている', 'Old and new variable names disagree'),
  },
  // region
  'region-missing': { severity: 'error', title: t('リージョンが設定されていない', 'No region set') },
  'region-default': { severity: 'info', title: t('既定のリージョンを使用', 'Using the default region') },
  'region-invalid': { severity: 'error', title: t('リージョン名として正しくない', 'Not a region name') },
  'region-not-bedrock': {
    severity: 'error',
    title: t('Bedrock が提供されていないリージョン', 'Region without Amazon Bedrock'),
  },
  // models
  'model-id-default': { severity: 'info', title: t('既定のモデルを使用', 'Using the default model') },
  'model-id-malformed': { severity: 'error', title: t('モデル ID の形式が正しくない', 'Malformed model ID') },
  'model-unknown': { severity: 'warning', title: t('カタログにないモデル ID', 'Model ID not in the catalog') },
  'model-needs-inference-profile': {
    severity: 'error',
    title: t('このリージョンでは推論プロファイル ID が必要', 'This region needs an inference-profile ID'),
  },
  'model-profile-wrong-region': {
    severity: 'error',
    title: t('このリージョンからは使えない推論プロファイル', 'Inference profile not callable from this region'),
  },
  'model-not-in-region': {
    severity: 'error',
    title: t('このリージョンでは使えないモデル', 'Model not available in this region'),
  },
  'model-legacy': { severity: 'warning', title: t('旧世代（レガシー）のモデル', 'Legacy model') },
  'model-end-of-life': { severity: 'error', title: t('提供が終了したモデル', 'Model past its end of life') },
  'model-kind-mismatch': {
    severity: 'error',
    title: t('チャット用と埋め込み用のモデルが逆', 'Chat and embedding models mixed up'),
  },
  'embedding-dimensions-unsupported': {
    severity: 'error',
    title: t('このモデルが対応していない次元数', 'Embedding size the model does not support'),
  },
  // Bedrock API key (readApiKey/inspectApiKey; placeholders and quotes use the general codes above)
  'api-key-empty': { severity: 'error', title: t('API キーが空', 'API key is empty') },
  'api-key-multiline': { severity: 'error', title: t('API キーが複数行に分かれている', 'API key split over lines') },
  'api-key-bearer-prefix': {
    severity: 'error',
    title: t('API キーに "Bearer " が付いている', 'API key starts with "Bearer "'),
  },
  'api-key-assignment': {
    severity: 'error',
    title: t('API キーに「変数名=」が含まれている', 'API key contains "NAME="'),
  },
  'api-key-access-key-id': {
    severity: 'error',
    title: t('API キーの欄にアクセスキー ID が入っている', 'Access key ID in the API key variable'),
  },
  'api-key-secret-access-key': {
    severity: 'error',
    title: t('API キーの欄にシークレットアクセスキーが入っている', 'Secret access key in the API key variable'),
  },
  'api-key-damaged-short-term': {
    severity: 'error',
    title: t('短期 API キーが途中で切れている・壊れている', 'Short-term API key truncated or damaged'),
  },
  'api-key-damaged-long-term': {
    severity: 'error',
    title: t('長期 API キーが途中で切れている・壊れている', 'Long-term API key truncated or damaged'),
  },
  'api-key-unrecognized': {
    severity: 'error',
    title: t('Bedrock の API キーの形式ではない', 'Not a Bedrock API key'),
  },
  'api-key-expired': { severity: 'error', title: t('短期 API キーの有効期限切れ', 'Short-term API key expired') },
  'api-key-expiring-soon': {
    severity: 'warning',
    title: t('短期 API キーの期限が間近', 'Short-term API key about to expire'),
  },
  'api-key-wrong-region': {
    severity: 'error',
    title: t('短期 API キーのリージョンが AWS_REGION と違う', 'Short-term API key from another region'),
  },
  'api-key-temporary-signer': {
    severity: 'info',
    title: t('一時的な認証情報で署名された短期キー', 'Short-term key signed by temporary credentials'),
  },
  'api-key-long-term': { severity: 'info', title: t('長期 API キーを使用中', 'Using a long-term API key') },
  // IAM
  'aws-access-key-pair-incomplete': {
    severity: 'error',
    title: t('アクセスキー ID とシークレットの片方だけが設定されている', 'Only half of the access key pair is set'),
  },
  'aws-access-key-id-malformed': {
    severity: 'error',
    title: t('アクセスキー ID の形式が正しくない', 'Malformed access key ID'),
  },
  'aws-secret-access-key-malformed': {
    severity: 'error',
    title: t('シークレットアクセスキーの形式が正しくない', 'Malformed secret access key'),
  },
  'aws-access-keys-swapped': {
    severity: 'error',
    title: t('アクセスキー ID とシークレットが逆', 'Access key ID and secret swapped'),
  },
  'aws-session-token-missing': {
    severity: 'error',
    title: t('一時的な認証情報にセッショントークンがない', 'Temporary credentials without a session token'),
  },
  'aws-session-token-unexpected': {
    severity: 'warning',
    title: t('長期アクセスキーにセッショントークンが付いている', 'Session token with a long-term access key'),
  },
  'aws-profile-ignored': { severity: 'info', title: t('AWS_PROFILE は使われない', 'AWS_PROFILE is not used') },
  'iam-ignored-for-api-key': {
    severity: 'info',
    title: t('API キーが優先され IAM 認証情報は使われない', 'The API key wins; IAM credentials are not used'),
  },
  // mode and credential source
  'bedrock-mode-emulator': {
    severity: 'info',
    title: t('ローカルのエミュレーターを使用', 'Using the local emulator'),
  },
  'bedrock-auth-missing-api-key': {
    severity: 'error',
    title: t('BEDROCK_AUTH=api-key なのに API キーがない', 'BEDROCK_AUTH=api-key without an API key'),
  },
  'bedrock-auth-ignores-api-key': {
    severity: 'warning',
    title: t('BEDROCK_AUTH の指定で API キーが使われない', 'BEDROCK_AUTH makes the API key unused'),
  },
  'aws-credentials-from-chain': {
    severity: 'warning',
    title: t('認証情報は AWS の標準の探索に任される', 'Credentials left to the standard AWS chain'),
  },
  // Auth0
  'auth0-dev-issuer': {
    severity: 'info',
    title: t('ローカルの開発用 ID プロバイダーでサインイン', 'Signing in through the local development issuer'),
  },
  'auth0-domain-invalid': {
    severity: 'error',
    title: t('AUTH0_DOMAIN がホスト名ではない', 'AUTH0_DOMAIN is not a host'),
  },
  'auth0-domain-local': {
    severity: 'error',
    title: t('AUTH0_DOMAIN にローカルのアドレスが入っている', 'AUTH0_DOMAIN points at this machine'),
  },
  'auth0-domain-http': {
    severity: 'warning',
    title: t('AUTH0_DOMAIN が http:// で書かれている', 'AUTH0_DOMAIN written with http://'),
  },
  'auth0-variable-missing': {
    severity: 'error',
    title: t('Auth0 テナントに必要な変数がない', 'Variable the Auth0 tenant needs is missing'),
  },
  'auth0-settings-without-domain': {
    severity: 'warning',
    title: t('AUTH0_DOMAIN がないため Auth0 の設定が使われない', 'Auth0 settings unused without AUTH0_DOMAIN'),
  },
  'auth0-secret-too-short': { severity: 'error', title: t('AUTH0_SECRET が短すぎる', 'AUTH0_SECRET too short') },
  'auth0-secret-weak': { severity: 'warning', title: t('AUTH0_SECRET が推測されやすい', 'AUTH0_SECRET is guessable') },
  'production-dev-issuer': {
    severity: 'error',
    title: t('本番環境でローカルの開発用 ID プロバイダーを使おうとしている', 'Development issuer in production'),
  },
  'production-dev-issuer-allowed': {
    severity: 'warning',
    title: t(
      '本番モードでローカルの開発用 ID プロバイダーが許可されている',
      'Development issuer allowed in production mode',
    ),
  },
  'production-secret-missing': {
    severity: 'error',
    title: t('本番環境で AUTH0_SECRET が未設定', 'AUTH0_SECRET missing in production'),
  },
  'production-secret-weak': {
    severity: 'error',
    title: t('本番環境で推測されやすい AUTH0_SECRET', 'Guessable AUTH0_SECRET in production'),
  },
  'production-secret-known': {
    severity: 'error',
    title: t('本番環境で公開済みの開発用の値を使っている', 'Public development value in production'),
  },
  'auth0-scope-format': {
    severity: 'warning',
    title: t('AUTH0_SCOPE の区切りがスペースではない', 'AUTH0_SCOPE not space-separated'),
  },
} as const satisfies Record<string, FindingDefinition>;

export type FindingCode = keyof typeof DEFINITIONS;

export interface FindingCodeInfo {
  code: FindingCode;
  severity: Severity;
  title: Localized;
  /** `troubleshooting/#<code>` */
  docs: string;
}

/** The registry: code -> severity, title in both languages, docs anchor. */
export const FINDING_CODES: Readonly<Record<FindingCode, FindingCodeInfo>> = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([code, def]) => [
    code,
    { code: code as FindingCode, severity: def.severity, title: def.title, docs: findingDocs(code) },
  ]),
) as Record<FindingCode, FindingCodeInfo>;

/** Build a finding; severity and docs come from the registry so they cannot drift. */
export function finding(code: FindingCode, variable: string | undefined, message: Localized, fix: Localized): Finding {
  const info = FINDING_CODES[code];
  return { code, severity: info.severity, ...(variable ? { variable } : {}), message, fix, docs: info.docs };
}

/** A finding in one language, with the full docs URL: the shape doctor's --json prints. */
export interface LocalizedFinding {
  code: string;
  severity: Severity;
  variable?: string;
  message: string;
  fix: string;
  docs: string;
}

export function localizeFinding(f: Finding, lang: Lang, docsBase?: string): LocalizedFinding {
  return {
    code: f.code,
    severity: f.severity,
    ...(f.variable ? { variable: f.variable } : {}),
    message: f.message[lang],
    fix: f.fix[lang],
    docs: docsUrl(f.docs, lang, docsBase),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; stable within a severity. */
export function sortFindings<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function hasErrors(findings: readonly { severity: Severity }[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
