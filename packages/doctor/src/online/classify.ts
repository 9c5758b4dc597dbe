// Turns what Bedrock (or the network) answered into a finding that names the cause and the fix.
// Matching is on the exception name, the HTTP status and Bedrock's own wording, which is stable and
// documented in the troubleshooting pages (see the tests for each answer reproduced through the emulator).
import { redact } from '@repo/auth';
import { DNS_ERROR_CODES as DNS_CODES, NETWORK_ERROR_CODES as NETWORK_CODES } from '@repo/auth/bedrock-errors';
import type { KeyInspection } from '@repo/config';
import { type Config, type Finding, type Localized, wrongRegionFinding } from '@repo/config';
import { findModel, invocability, invocableIdFor, parseModelId, profileIdFor } from '@repo/config/models';
import { type OnlineFindingCode, onlineFinding } from './findings.ts';

export type BedrockOperation =
  | 'ListFoundationModels'
  | 'GetFoundationModel'
  | 'GetInferenceProfile'
  | 'ListInferenceProfiles'
  | 'Converse'
  | 'InvokeModel';

export interface ClassifyContext {
  config: Config;
  operation: BedrockOperation;
  /** The model ID the call used (as configured). */
  modelId?: string;
  /** The bearer key in use, inspected (bearer modes only). */
  key?: KeyInspection;
}

/** What an error says, whichever client threw it. */
export interface ErrorFacts {
  name: string;
  status?: number;
  message: string;
  /** Network error code (ECONNREFUSED, ENOTFOUND, ...). */
  code?: string;
}

function networkCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || DNS_CODES.has(e.code))) return e.code;
  if (Array.isArray(e.errors))
    for (const inner of e.errors) {
      const code = networkCode(inner, depth + 1);
      if (code) return code;
    }
  return networkCode(e.cause, depth + 1);
}

export function errorFacts(error: unknown): ErrorFacts {
  const e = (error ?? {}) as {
    name?: string;
    message?: string;
    Message?: string;
    $metadata?: { httpStatusCode?: number };
    statusCode?: number;
    responseBody?: string;
  };
  let message = typeof e.message === 'string' && e.message ? e.message : (e.Message ?? String(error));
  // The AI SDK keeps Bedrock's JSON body rather than the exception name.
  if (typeof e.responseBody === 'string') {
    try {
      const body = JSON.parse(e.responseBody) as { message?: string; Message?: string };
      message = body.message ?? body.Message ?? message;
    } catch {}
  }
  const code = networkCode(error);
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    status: e.$metadata?.httpStatusCode ?? e.statusCode,
    message,
    ...(code ? { code } : {}),
  };
}

/** "Bedrock: AccessDeniedException (403) "...": what the service said, redacted, for the finding text. */
function answered(facts: ErrorFacts, secrets: string[]): string {
  const status = facts.status ? ` (${facts.status})` : '';
  return redact(`${facts.name}${status}: ${facts.message}`, secrets).slice(0, 400);
}

/** The secrets of the configured credential, to redact from anything shown. */
export function secretsOf(config: Config): string[] {
  const c = config.bedrock.credentials;
  if (c.source === 'api-key' || c.source === 'emulator') return [c.apiKey];
  return [c.iam.secretAccessKey, c.iam.sessionToken].filter((s): s is string => !!s);
}

function make(code: OnlineFindingCode, message: Localized, fix: Localized, said: string, variable?: string): Finding {
  return withAnswer(onlineFinding(code, message, fix, variable), said);
}

/** The finding's message followed by what was answered. */
function withAnswer(f: Finding, said: string): Finding {
  // Network failures never reached Bedrock: call them what they are.
  const network = f.code === 'bedrock-endpoint-dns' || f.code === 'bedrock-endpoint-unreachable';
  const message = network
    ? { ja: `${f.message.ja}（エラー: ${said}）`, en: `${f.message.en} (error: ${said})` }
    : { ja: `${f.message.ja}（Bedrock の応答: ${said}）`, en: `${f.message.en} (Bedrock answered: ${said})` };
  return { ...f, message };
}

const POLICY_HINT: Localized = {
  ja: '`npm run doctor -- --policy` で必要最小限の IAM ポリシーを出力できます。',
  en: '`npm run doctor -- --policy` prints the least-privilege IAM policy.',
};

function modelVariable(ctx: ClassifyContext): string | undefined {
  if (!ctx.modelId) return undefined;
  return ctx.modelId === ctx.config.bedrock.embeddingModelId ? 'BEDROCK_EMBEDDING_MODEL_ID' : 'BEDROCK_MODEL_ID';
}

/** Classify one failed Bedrock call. */
export function classifyBedrockError(error: unknown, ctx: ClassifyContext): Finding {
  const facts = errorFacts(error);
  const said = answered(facts, secretsOf(ctx.config));
  const { region } = ctx.config.bedrock;
  const bearer = ctx.config.bedrock.credentials.source !== 'iam';
  const m = facts.message;
  const model = ctx.modelId ?? '';
  const variable = modelVariable(ctx);
  const endpoint = ctx.config.bedrock.endpoints.runtime ?? `https://bedrock-runtime.${region}.amazonaws.com`;

  if (facts.code && DNS_CODES.has(facts.code)) {
    return make(
      'bedrock-endpoint-dns',
      {
        ja: `Bedrock のエンドポイント名を解決できません（${facts.code}）。`,
        en: `The Bedrock endpoint's host name does not resolve (${facts.code}).`,
      },
      {
        ja: `AWS_REGION（${region}）と AWS_ENDPOINT_URL_BEDROCK_RUNTIME / AWS_ENDPOINT_URL_BEDROCK の綴り、DNS とプロキシ、VPC エンドポイントのプライベート DNS 設定を確認してください。`,
        en: `Check the spelling of AWS_REGION (${region}) and AWS_ENDPOINT_URL_BEDROCK_RUNTIME / AWS_ENDPOINT_URL_BEDROCK, your DNS and proxy, and private DNS on a VPC endpoint.`,
      },
      said,
      'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
    );
  }
  if (facts.code || facts.name === 'TimeoutError' || facts.name === 'AbortError' || /socket hang up/i.test(m)) {
    const emulator = ctx.config.bedrock.mode === 'emulator';
    return make(
      'bedrock-endpoint-unreachable',
      {
        ja: `Bedrock のエンドポイント（${endpoint}）に接続できません（${facts.code ?? facts.name}）。`,
        en: `Cannot connect to the Bedrock endpoint (${endpoint}) (${facts.code ?? facts.name}).`,
      },
      emulator
        ? {
            ja: 'エミュレーターが起動しているか確認してください（`pnpm emulator`、または `pnpm dev` が自動で起動します）。',
            en: 'Check that the emulator is running (`pnpm emulator`, or `pnpm dev`, which starts it for you).',
          }
        : {
            ja: 'ネットワーク、プロキシ、ファイアウォール、エンドポイントの上書き設定（AWS_ENDPOINT_URL_BEDROCK_RUNTIME）を確認してください。',
            en: 'Check your network, proxy, firewall and any endpoint override (AWS_ENDPOINT_URL_BEDROCK_RUNTIME).',
          },
      said,
    );
  }

  // Authentication: the key or the credentials, before anything about permissions.
  const expired =
    /bearer token has expired/i.test(m) ||
    facts.name === 'ExpiredTokenException' ||
    /security token included in the request is expired/i.test(m);
  const invalidAuth =
    /make sure your api key is valid/i.test(m) ||
    /security token included in the request is invalid/i.test(m) ||
    ['UnrecognizedClientException', 'InvalidClientTokenId', 'MissingAuthenticationTokenException'].includes(facts.name);
  const badSignature = ['InvalidSignatureException', 'SignatureDoesNotMatch', 'IncompleteSignatureException'].includes(
    facts.name,
  );
  if (expired || invalidAuth || badSignature) {
    const key = ctx.key;
    if (bearer && key?.kind === 'short-term' && key.shortTerm.region !== region) {
      // The same problem the key inspection names: one code, with what Bedrock said.
      return withAnswer(wrongRegionFinding(key.shortTerm.region, region), said);
    }
    if (bearer && (expired || (key?.kind === 'short-term' && key.shortTerm.remainingSeconds <= 0))) {
      const generated = ctx.config.bedrock.credentials.source === 'generated-api-key';
      return make(
        'bedrock-key-expired',
        { ja: 'API キーの有効期限が切れています。', en: 'The API key has expired.' },
        generated
          ? {
              ja: '自動生成したキーの署名に使った IAM の一時認証情報が切れています。SSO に再ログインするか（aws sso login）、ロールのセッションを更新してください。',
              en: 'The temporary IAM credentials that signed the generated key have expired. Log in to SSO again (aws sso login) or renew the role session.',
            }
          : {
              ja: '新しいキーを発行して AWS_BEARER_TOKEN_BEDROCK に設定してください。短期キーを使い続ける場合は BEDROCK_AUTH=generated-api-key で自動更新できます。',
              en: 'Generate a new key and set it in AWS_BEARER_TOKEN_BEDROCK. To keep using short-term keys, BEDROCK_AUTH=generated-api-key refreshes them for you.',
            },
        said,
        generated ? undefined : 'AWS_BEARER_TOKEN_BEDROCK',
      );
    }
    if (bearer) {
      return make(
        'bedrock-key-invalid',
        { ja: 'Bedrock が API キーを受け付けませんでした。', en: 'Bedrock did not accept the API key.' },
        {
          ja: 'キーを途中で切らずにコピーしたか、IAM で無効化・削除されていないか確認してください。長期キーは再表示できないため、必要なら新しいキーを発行してください。',
          en: 'Check that the whole key was copied and that it was not deactivated or deleted in IAM. Long-term keys cannot be shown again: generate a new one if needed.',
        },
        said,
        'AWS_BEARER_TOKEN_BEDROCK',
      );
    }
    if (expired) {
      return make(
        'iam-credentials-expired',
        { ja: 'IAM の一時認証情報の有効期限が切れています。', en: 'The temporary IAM credentials have expired.' },
        {
          ja: 'SSO に再ログインするか（aws sso login）、AWS_SESSION_TOKEN を含む一時認証情報を取得し直してください。',
          en: 'Log in to SSO again (aws sso login), or get fresh temporary credentials including AWS_SESSION_TOKEN.',
        },
        said,
      );
    }
    return make(
      'iam-credentials-invalid',
      {
        ja: badSignature ? 'リクエストの署名が一致しません。' : 'Bedrock が IAM 認証情報を認識しませんでした。',
        en: badSignature ? 'The request signature does not match.' : 'Bedrock did not recognise the IAM credentials.',
      },
      {
        ja: 'AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が同じキーのペアか、無効化されていないか、PC の時計が合っているかを確認してください。',
        en: 'Check that AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY belong together and are still active, and that the clock is right.',
      },
      said,
      'AWS_ACCESS_KEY_ID',
    );
  }

  const notAuthorized = /not authorized to perform:?\s*([a-z-]+:[A-Za-z]+)/i.exec(m);
  if (notAuthorized) {
    const action = notAuthorized[1]!;
    const resource = /on resource:?\s*(\S+)/i.exec(m)?.[1];
    if (/^bedrock:CallWithBearerToken$/i.test(action)) {
      return make(
        'bedrock-missing-call-with-bearer-token',
        {
          ja: 'API キーの持ち主（IAM ユーザー/ロール）に bedrock:CallWithBearerToken の権限がありません。API キーでの呼び出しにはこの権限が必要です。',
          en: 'The principal behind the API key lacks bedrock:CallWithBearerToken, which every API-key call needs.',
        },
        {
          ja: `IAM ポリシーに "Action": "bedrock:CallWithBearerToken", "Resource": "*" を追加してください（AmazonBedrockLimitedAccess にも含まれます）。${POLICY_HINT.ja}`,
          en: `Add "Action": "bedrock:CallWithBearerToken", "Resource": "*" to the IAM policy (AmazonBedrockLimitedAccess includes it). ${POLICY_HINT.en}`,
        },
        said,
      );
    }
    if (/^bedrock:InvokeModel(WithResponseStream)?$/i.test(action)) {
      return make(
        'bedrock-missing-invoke-permission',
        {
          ja: `${action} の権限がありません${resource ? `（リソース: ${resource}）` : ''}。`,
          en: `Missing permission ${action}${resource ? ` on ${resource}` : ''}.`,
        },
        {
          ja: `IAM ポリシーで bedrock:InvokeModel と bedrock:InvokeModelWithResponseStream を、使うモデル（推論プロファイルなら転送先リージョンの基盤モデルも）に許可してください。${POLICY_HINT.ja}`,
          en: `Allow bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream on the models you use (for an inference profile, also the foundation model in its destination regions). ${POLICY_HINT.en}`,
        },
        said,
      );
    }
    if (/^bedrock:(List|Get)/i.test(action)) {
      return make(
        'bedrock-missing-read-permission',
        {
          ja: `${action} の権限がありません。アプリの動作には不要ですが、接続確認（ガイド 4 章）と doctor が使います。`,
          en: `Missing permission ${action}. The apps do not need it, but the connection check (guide section 4) and doctor do.`,
        },
        {
          ja: `IAM ポリシーに ${action} を追加してください。${POLICY_HINT.ja}`,
          en: `Add ${action} to the IAM policy. ${POLICY_HINT.en}`,
        },
        said,
      );
    }
  }

  if (/aws-marketplace:|marketplace subscription/i.test(m)) {
    return make(
      'bedrock-model-subscription-required',
      {
        ja: `モデル ${model} の利用開始（AWS Marketplace のサブスクリプション）が完了していません。`,
        en: `Access to ${model} has not been enabled (its AWS Marketplace subscription is not complete).`,
      },
      {
        ja: 'aws-marketplace:ViewSubscriptions と aws-marketplace:Subscribe を持つユーザーで、Bedrock コンソールのプレイグラウンドからこのモデルを一度呼び出してください（初回の利用規約への同意）。反映まで最大 15 分かかります。',
        en: 'As a user with aws-marketplace:ViewSubscriptions and aws-marketplace:Subscribe, invoke the model once from the Bedrock console playground (accepting its terms on first use). It can take up to 15 minutes to apply.',
      },
      said,
      variable,
    );
  }
  if (/use case details|use case form/i.test(m)) {
    return make(
      'bedrock-model-use-case-required',
      {
        ja: 'Anthropic のモデルを使うための利用目的（ユースケース）がこのアカウントで提出されていません。',
        en: 'The Anthropic use case details have not been submitted for this account.',
      },
      {
        ja: 'Bedrock コンソールで Anthropic のモデルを選び、表示されるユースケースのフォームを提出してください。提出後 15 分ほどで使えるようになります。',
        en: 'In the Bedrock console, pick an Anthropic model and submit the use case form it shows. Access follows within about 15 minutes.',
      },
      said,
      variable,
    );
  }

  const base = ctx.modelId ? parseModelId(ctx.modelId)?.modelId : undefined;
  const entry = base ? findModel(base) : undefined;
  const replacement = entry?.lifecycle.replacement;
  const replacementId = replacement ? (invocableIdFor(replacement, region) ?? replacement) : undefined;
  const replaceFix = (ja: string, en: string): Localized => ({
    ja: replacementId ? `${ja} 例: ${variable ?? 'BEDROCK_MODEL_ID'}=${replacementId}` : ja,
    en: replacementId ? `${en} For example ${variable ?? 'BEDROCK_MODEL_ID'}=${replacementId}` : en,
  });
  if (/marked by provider as legacy/i.test(m)) {
    return make(
      'bedrock-model-legacy',
      {
        ja: `${model} はレガシー扱いで、直近 30 日に使っていないアカウントからは呼び出せません。`,
        en: `${model} is a legacy model and cannot be called by accounts that have not used it in the last 30 days.`,
      },
      replaceFix('現行のモデルに切り替えてください。', 'Switch to a current model.'),
      said,
      variable,
    );
  }
  if (/end of its life/i.test(m)) {
    return make(
      'bedrock-model-end-of-life',
      { ja: `${model} は提供を終了しました。`, en: `${model} has reached its end of life.` },
      replaceFix('現行のモデルに切り替えてください。', 'Switch to a current model.'),
      said,
      variable,
    );
  }
  if (/on-demand throughput isn.t supported/i.test(m)) {
    const onDemandModel = base ?? /model ID (\S+) with on-demand/i.exec(m)?.[1];
    const profile = onDemandModel ? profileIdFor(onDemandModel, region) : undefined;
    return make(
      'bedrock-on-demand-not-supported',
      {
        ja: `${onDemandModel ?? model} は ${region} でオンデマンドでは呼び出せず、推論プロファイル経由で呼び出す必要があります。`,
        en: `${onDemandModel ?? model} cannot be invoked on demand in ${region}; it must be called through an inference profile.`,
      },
      profile
        ? {
            ja: `${variable ?? 'BEDROCK_MODEL_ID'}=${profile} に変更してください。`,
            en: `Set ${variable ?? 'BEDROCK_MODEL_ID'}=${profile}.`,
          }
        : {
            ja: `${region} から呼び出せる推論プロファイルがモデル一覧にありません。プロファイルに対応したリージョン（例: us-east-1）を選ぶか、別のモデルを使ってください。`,
            en: `The catalog has no inference profile for this model callable from ${region}. Pick a region the profile serves (e.g. us-east-1) or another model.`,
          },
      said,
      variable,
    );
  }
  if (
    /provided model identifier is invalid|could not resolve the foundation model|model identifier/i.test(m) ||
    (facts.name === 'ResourceNotFoundException' && ctx.modelId)
  ) {
    const how = ctx.modelId ? invocability(ctx.modelId, region) : { status: 'unknown' as const };
    const suggestion =
      how.status === 'profile-wrong-region' || how.status === 'needs-profile' ? how.suggestedId : undefined;
    return make(
      'bedrock-model-id-invalid',
      {
        ja: `モデル ID ${model} は ${region} で有効ではありません。`,
        en: `The model ID ${model} is not valid in ${region}.`,
      },
      suggestion
        ? {
            ja: `${variable ?? 'BEDROCK_MODEL_ID'}=${suggestion} を使ってください。`,
            en: `Use ${variable ?? 'BEDROCK_MODEL_ID'}=${suggestion}.`,
          }
        : {
            ja: 'ID の綴りと、そのリージョンで提供されているかを確認してください（ドキュメントの「モデル ID」ツールで確認できます）。',
            en: "Check the spelling and that the model is offered in this region (the docs' model ID tool shows which IDs work where).",
          },
      said,
      variable,
    );
  }
  if (/don.t have access to the model/i.test(m)) {
    return make(
      'bedrock-model-access-denied',
      {
        ja: `このアカウント（または IAM ポリシー）では ${model} を使えません。`,
        en: `This account (or its IAM policy) has no access to ${model}.`,
      },
      {
        ja: `Bedrock コンソールでこのモデルが ${region} で利用可能か（初回の利用規約への同意を含む）と、IAM ポリシーがこのモデルを許可しているかを確認してください。${POLICY_HINT.ja}`,
        en: `In the Bedrock console, check that the model is available to you in ${region} (including accepting its terms on first use), and that the IAM policy allows it. ${POLICY_HINT.en}`,
      },
      said,
      variable,
    );
  }
  if (facts.name === 'AccessDeniedException' || facts.status === 403) {
    return make(
      'bedrock-access-denied',
      { ja: `${ctx.operation} が拒否されました。`, en: `${ctx.operation} was denied.` },
      {
        ja: `IAM ポリシー（と組織の SCP）がこの操作とリージョン ${region} を許可しているか確認してください。${POLICY_HINT.ja}`,
        en: `Check that the IAM policy (and any organization SCP) allows this call in ${region}. ${POLICY_HINT.en}`,
      },
      said,
    );
  }
  if (
    facts.name === 'ThrottlingException' ||
    facts.name === 'ServiceQuotaExceededException' ||
    facts.status === 429 ||
    /too many (requests|tokens)/i.test(m)
  ) {
    return make(
      'bedrock-throttled',
      {
        ja: 'Bedrock がリクエストを制限しました（クォータ超過）。設定の誤りではありません。',
        en: 'Bedrock throttled the request (quota exceeded). This is not a configuration mistake.',
      },
      {
        ja: '少し待ってから再実行してください。頻発する場合は Service Quotas で上限を確認し、推論プロファイル（クロスリージョン推論）の利用も検討してください。',
        en: 'Wait a little and run again. If it keeps happening, check the limits in Service Quotas and consider an inference profile (cross-Region inference).',
      },
      said,
    );
  }
  if (
    [
      'ServiceUnavailableException',
      'InternalServerException',
      'ModelNotReadyException',
      'ModelTimeoutException',
    ].includes(facts.name) ||
    (facts.status !== undefined && facts.status >= 500)
  ) {
    return make(
      'bedrock-service-unavailable',
      {
        ja: 'Bedrock が一時的にリクエストを処理できませんでした。設定の誤りではありません。',
        en: 'Bedrock could not process the request for now. This is not a configuration mistake.',
      },
      {
        ja: 'しばらくしてから再実行してください。続く場合は AWS Health Dashboard を確認してください。',
        en: 'Run again in a while. If it persists, check the AWS Health Dashboard.',
      },
      said,
    );
  }
  if (facts.name === 'ValidationException' || facts.status === 400) {
    return make(
      'bedrock-request-rejected',
      { ja: `Bedrock が ${ctx.operation} を受け付けませんでした。`, en: `Bedrock rejected ${ctx.operation}.` },
      {
        ja: 'モデル ID とリージョン、埋め込みの次元数（BEDROCK_EMBEDDING_DIMENSIONS）を確認してください。',
        en: 'Check the model ID, the region and the embedding dimensions (BEDROCK_EMBEDDING_DIMENSIONS).',
      },
      said,
      variable,
    );
  }
  return make(
    'bedrock-unexpected-error',
    {
      ja: `${ctx.operation} が想定外のエラーで失敗しました。`,
      en: `${ctx.operation} failed with an unexpected error.`,
    },
    {
      ja: 'もう一度実行してください。続く場合はこのメッセージを添えて issue を作成してください（キーは表示されていません）。',
      en: 'Run again. If it persists, open an issue with this message (no key is shown in it).',
    },
    said,
  );
}
