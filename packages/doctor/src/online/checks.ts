// The guide's section 4 connection check as a pipeline of steps: credentials, key, control plane, models,
// a minimal Converse, one embedding, and the Auth0 issuer. Each failure becomes a classified finding.
import {
  GetFoundationModelCommand,
  GetInferenceProfileCommand,
  ListFoundationModelsCommand,
  paginateListInferenceProfiles,
} from '@aws-sdk/client-bedrock';
import { ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import {
  type AuthOptions,
  BedrockCredentialError,
  bedrockAuth,
  bedrockClient,
  bedrockRuntimeClient,
  redact,
} from '@repo/auth';
import {
  type Config,
  type Finding,
  fingerprint,
  formatUtc,
  hasErrors,
  inspectApiKey,
  type KeyInspection,
  type Lang,
  type Localized,
} from '@repo/config';
import { findModel, invocableIdFor, parseModelId, profileIdFor, whereProcessed } from '@repo/config/models';
import {
  compareFoundationModel,
  compareProfileDestinations,
  compareProfileList,
  destinationRegions,
} from './account.ts';
import { audienceNotes, checkIssuer } from './auth0.ts';
import { checkBackchannel } from './backchannel.ts';
import { type BedrockOperation, classifyBedrockError, secretsOf } from './classify.ts';
import { onlineFinding } from './findings.ts';
import { type OnlineStepId, STEP_TITLES } from './titles.ts';
import { checkTokenVault } from './token-vault.ts';

export type { OnlineStepId } from './titles.ts';
export type OnlineStepStatus = 'running' | 'ok' | 'warning' | 'failed' | 'skipped';

export interface OnlineStep {
  id: OnlineStepId;
  title: Localized;
  status: OnlineStepStatus;
  /** What was found (source, key kind, model count, reply time...), never a secret. */
  detail?: Localized;
  durationMs?: number;
  findings: Finding[];
}

export interface OnlineCheckOptions {
  /** Language of the caller's output; findings and details carry both languages regardless. */
  lang?: Lang;
  /** Called when a step starts (`running`) and when it ends. */
  onStep?: (step: OnlineStep) => void;
  /** Time limit of each network call. Default 10 000 ms. */
  timeoutMs?: number;
  /** Credential options (tests shorten key lifetimes or credential timeouts). */
  auth?: AuthOptions;
  fetch?: typeof fetch;
}

export interface OnlineCheckResult {
  findings: Finding[];
  steps: OnlineStep[];
  durationMs: number;
}

/** Findings that make every later Bedrock call pointless (they would fail the same way). */
const BLOCKING = new Set([
  'bedrock-key-invalid',
  'bedrock-key-expired',
  'api-key-wrong-region',
  'iam-credentials-invalid',
  'iam-credentials-expired',
  'bedrock-missing-call-with-bearer-token',
  'bedrock-endpoint-unreachable',
  'bedrock-endpoint-dns',
]);

/** The same cause seen twice (offline by key inspection, online by Bedrock): report it once. */
const SAME_AS: Record<string, string> = {
  'bedrock-key-expired': 'api-key-expired',
};

function statusOf(findings: Finding[]): OnlineStepStatus {
  if (hasErrors(findings)) return 'failed';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

/** Request body for one embedding in the model family's native format. */
function embeddingBody(modelId: string, dimensions: number): string {
  const id = parseModelId(modelId)?.modelId ?? modelId;
  if (id.startsWith('cohere.')) {
    return JSON.stringify({
      texts: ['connection check'],
      input_type: 'search_query',
      ...(id.startsWith('cohere.embed-v4') ? { embedding_types: ['float'], output_dimension: dimensions } : {}),
    });
  }
  const allowed = findModel(id)?.embedding?.allowedDimensions ?? [];
  return JSON.stringify({ inputText: 'connection check', ...(allowed.length > 1 ? { dimensions } : {}) });
}

function vectorLength(body: unknown): number | undefined {
  const b = body as { embedding?: number[]; embeddings?: number[][] | { float?: number[][] } };
  if (Array.isArray(b.embedding)) return b.embedding.length;
  if (Array.isArray(b.embeddings)) return b.embeddings[0]?.length;
  return b.embeddings?.float?.[0]?.length;
}

export async function runOnlineChecks(config: Config, options: OnlineCheckOptions = {}): Promise<OnlineCheckResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const steps: OnlineStep[] = [];
  const findings: Finding[] = [];
  const { bedrock } = config;
  const secrets = (): string[] => secretsOf(config);

  async function step(
    id: OnlineStepId,
    body: () => Promise<{ detail?: Localized; findings?: Finding[]; skipped?: boolean }>,
  ): Promise<OnlineStep> {
    const current: OnlineStep = { id, title: STEP_TITLES[id], status: 'running', findings: [] };
    options.onStep?.({ ...current });
    const t0 = performance.now();
    let result: Awaited<ReturnType<typeof body>>;
    try {
      result = await body();
    } catch (error) {
      // Our own bug or an unforeseen failure: reported, redacted, never a stack trace.
      result = {
        findings: [
          onlineFinding(
            'bedrock-unexpected-error',
            {
              ja: `確認中に想定外のエラーが起きました: ${redact(String(error), secrets())}`,
              en: `Unexpected error during the check: ${redact(String(error), secrets())}`,
            },
            { ja: 'もう一度実行してください。', en: 'Run again.' },
          ),
        ],
      };
    }
    const own: Finding[] = [];
    for (const f of result.findings ?? []) {
      const same = SAME_AS[f.code];
      if (findings.some((g) => g.code === f.code || g.code === same) || own.some((g) => g.code === f.code)) continue;
      own.push(f);
    }
    findings.push(...own);
    const done: OnlineStep = {
      id,
      title: STEP_TITLES[id],
      status: result.skipped ? 'skipped' : statusOf(result.findings ?? []),
      ...(result.detail ? { detail: result.detail } : {}),
      durationMs: Math.round(performance.now() - t0),
      findings: own,
    };
    steps.push(done);
    options.onStep?.({ ...done });
    return done;
  }

  let blocked: Localized | undefined;
  const skip = async () => ({ skipped: true, detail: blocked });
  const call = async <T>(
    operation: BedrockOperation,
    modelId: string | undefined,
    send: (signal: AbortSignal) => Promise<T>,
  ) => {
    try {
      return { value: await send(AbortSignal.timeout(timeoutMs)) };
    } catch (error) {
      const finding = classifyBedrockError(error, {
        config,
        operation,
        ...(modelId ? { modelId } : {}),
        ...(key ? { key } : {}),
      });
      if (BLOCKING.has(finding.code)) {
        blocked = {
          ja: `前の手順の問題（${finding.code}）を直すまで実行しません。`,
          en: `Not run until the problem above (${finding.code}) is fixed.`,
        };
      }
      return { finding };
    }
  };

  // 1. Credentials: which source, why, and whether it produces something usable.
  const auth = bedrockAuth(config, options.auth);
  let token: string | undefined;
  let key: KeyInspection | undefined;
  await step('credentials', async () => {
    const why = bedrock.reason;
    try {
      if (auth.scheme === 'bearer') {
        const t = await auth.token();
        token = t.token;
        const extra: Localized =
          auth.source === 'generated-api-key' && t.expiresAt
            ? {
                ja: `、生成したキー ${fingerprint(t.token)}（${formatUtc(t.expiresAt)} まで有効）`,
                en: `, generated key ${fingerprint(t.token)} (valid until ${formatUtc(t.expiresAt)})`,
              }
            : { ja: '', en: '' };
        return {
          detail: {
            ja: `${auth.description.ja}${extra.ja}。理由: ${why.ja}`,
            en: `${auth.description.en}${extra.en}. Why: ${why.en}`,
          },
        };
      }
      const identity = await auth.credentials();
      const kind: Localized = identity.accessKeyId.startsWith('ASIA')
        ? { ja: '一時認証情報（ASIA...）', en: 'temporary credentials (ASIA...)' }
        : { ja: 'IAM ユーザーのアクセスキー（AKIA...）', en: 'IAM user access keys (AKIA...)' };
      return {
        detail: {
          ja: `${auth.description.ja}: ${kind.ja}。理由: ${why.ja}`,
          en: `${auth.description.en}: ${kind.en}. Why: ${why.en}`,
        },
      };
    } catch (error) {
      blocked = { ja: '認証情報がないため実行しません。', en: 'Not run: no credentials.' };
      return { findings: [credentialFinding(error)] };
    }
  });

  // 2. The key, read offline: kind, region, expiry.
  await step('key', async () => {
    if (!token)
      return {
        skipped: true,
        detail:
          auth.scheme === 'sigv4'
            ? { ja: 'API キーは使いません（IAM 署名）。', en: 'No API key in use (IAM signing).' }
            : blocked,
      };
    key = inspectApiKey(token, { region: bedrock.region });
    const detail = describeKey(key);
    // Generated keys are short by design and refreshed; the emulator's key is a demo key. Only configured keys are judged.
    if (auth.source !== 'api-key')
      return { detail, findings: key.findings.filter((f) => f.code === 'api-key-wrong-region') };
    // @repo/config inspected the same key while loading: what it already reported is not repeated.
    const known = new Set(config.findings.map((f) => f.code));
    return { detail, findings: key.findings.filter((f) => !known.has(f.code)) };
  });

  const runtime = bedrockRuntimeClient(config, { maxAttempts: 1 }, options.auth);
  const control = bedrockClient(config, { maxAttempts: 1 }, options.auth);

  // 3. Control plane: the guide's `aws bedrock list-foundation-models`.
  await step('control-plane', async () => {
    if (blocked) return skip();
    const r = await call('ListFoundationModels', undefined, (abortSignal) =>
      control.send(new ListFoundationModelsCommand({}), { abortSignal }),
    );
    if (r.finding) return { findings: [r.finding] };
    const count = r.value.modelSummaries?.length ?? 0;
    return {
      detail: {
        ja: `${bedrock.region} で ${count} 個のモデルが見えます。`,
        en: `${count} models visible in ${bedrock.region}.`,
      },
    };
  });

  // 4. Both models exist here (foundation model or inference profile), are not retired, and what the account says
  // about them (lifecycle, on-demand, profiles and their destinations) matches the catalog; where not, the account wins.
  await step('models', async () => {
    if (blocked) return skip();
    const found: Finding[] = [];
    const seen: string[] = [];
    const profiles = await call('ListInferenceProfiles', undefined, async (abortSignal) => {
      const ids: string[] = [];
      for await (const page of paginateListInferenceProfiles({ client: control }, {}, { abortSignal }))
        for (const p of page.inferenceProfileSummaries ?? []) if (p.inferenceProfileId) ids.push(p.inferenceProfileId);
      return ids;
    });
    if (profiles.finding) found.push(profiles.finding);
    for (const modelId of [bedrock.chatModelId, bedrock.embeddingModelId]) {
      const parsed = parseModelId(modelId);
      const variable = modelId === bedrock.embeddingModelId ? 'BEDROCK_EMBEDDING_MODEL_ID' : 'BEDROCK_MODEL_ID';
      const isProfile =
        parsed?.form === 'profile' || (parsed?.form === 'arn' && parsed.resource !== 'foundation-model');
      if (parsed?.form === 'arn' && parsed.resource === 'provisioned-model') continue;
      const base = parsed && 'modelId' in parsed ? parsed.modelId : undefined;
      if (profiles.value) found.push(...compareProfileList(profiles.value, modelId, bedrock.region, variable));
      if (isProfile) {
        const r = await call('GetInferenceProfile', modelId, (abortSignal) =>
          control.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: modelId }), { abortSignal }),
        );
        if (r.finding) {
          found.push(r.finding);
          continue;
        }
        const destinations = destinationRegions(r.value.models);
        seen.push(`${modelId} (${r.value.status ?? 'ACTIVE'} → ${destinations.join(' ')})`);
        const profileId =
          parsed?.form === 'profile' ? modelId : `${parsed?.form === 'arn' ? parsed.prefix : ''}.${base}`;
        found.push(...compareProfileDestinations(profileId, destinations, variable));
      }
      if (!base) continue;
      // The foundation model itself: lifecycle and inference types as the account reports them in this region.
      const r = await call('GetFoundationModel', isProfile ? base : modelId, (abortSignal) =>
        control.send(new GetFoundationModelCommand({ modelIdentifier: isProfile ? base : modelId }), { abortSignal }),
      );
      if (r.finding) {
        // A profile was found above: a failing read of its model is only worth a warning (read permission).
        if (!isProfile || r.finding.severity !== 'error') found.push(r.finding);
        continue;
      }
      const details = r.value.modelDetails;
      if (!isProfile) seen.push(`${modelId} (${details?.modelLifecycle?.status ?? 'ACTIVE'})`);
      found.push(...compareFoundationModel(details ?? {}, modelId, bedrock.region, variable));
      if (!isProfile && details?.inferenceTypesSupported && !details.inferenceTypesSupported.includes('ON_DEMAND')) {
        const profile = profileIdFor(base, bedrock.region);
        found.push(
          onlineFinding(
            'bedrock-on-demand-not-supported',
            {
              ja: `${modelId} は ${bedrock.region} でオンデマンドでは呼び出せません（推論プロファイル専用）。`,
              en: `${modelId} cannot be invoked on demand in ${bedrock.region} (inference profiles only).`,
            },
            profile
              ? {
                  ja: `${variable}=${profile} に変更してください。${whereProcessed(profile, bedrock.region).ja}`,
                  en: `Set ${variable}=${profile}. ${whereProcessed(profile, bedrock.region).en}`,
                }
              : {
                  ja: 'このリージョンで呼び出せる推論プロファイルを選んでください。',
                  en: 'Pick an inference profile callable from this region.',
                },
            variable,
          ),
        );
      }
      if (details?.modelLifecycle?.status === 'LEGACY') {
        const replacement = findModel(base)?.lifecycle.replacement;
        const suggested = replacement ? (invocableIdFor(replacement, bedrock.region) ?? replacement) : undefined;
        const eol = details.modelLifecycle.endOfLifeTime?.toISOString().slice(0, 10);
        found.push(
          onlineFinding(
            'bedrock-model-legacy',
            {
              ja: `Bedrock は ${modelId} をレガシー（提供終了予定${eol ? `: ${eol}` : ''}）としています。新しいアカウントでは使えません。`,
              en: `Bedrock lists ${modelId} as legacy (scheduled for end of life${eol ? ` on ${eol}` : ''}). New accounts cannot use it.`,
            },
            suggested
              ? {
                  ja: `現行のモデルに切り替えてください。例: ${variable}=${suggested}`,
                  en: `Switch to a current model, e.g. ${variable}=${suggested}`,
                }
              : { ja: '現行のモデルに切り替えてください。', en: 'Switch to a current model.' },
            variable,
          ),
        );
      }
    }
    return { findings: found, ...(seen.length ? { detail: { ja: seen.join('、'), en: seen.join(', ') } } : {}) };
  });

  // 5. A minimal Converse (few output tokens).
  await step('converse', async () => {
    if (blocked) return skip();
    const t0 = performance.now();
    const r = await call('Converse', bedrock.chatModelId, (abortSignal) =>
      runtime.send(
        new ConverseCommand({
          modelId: bedrock.chatModelId,
          messages: [{ role: 'user', content: [{ text: 'Reply with OK.' }] }],
          inferenceConfig: { maxTokens: 8 },
        }),
        { abortSignal },
      ),
    );
    if (r.finding) return { findings: [r.finding] };
    const ms = Math.round(performance.now() - t0);
    const tokens = r.value.usage?.outputTokens ?? 0;
    return {
      detail: { ja: `${ms} ms で応答（出力 ${tokens} トークン）`, en: `replied in ${ms} ms (${tokens} output tokens)` },
    };
  });

  // 6. One embedding.
  await step('embedding', async () => {
    if (blocked) return skip();
    const r = await call('InvokeModel', bedrock.embeddingModelId, (abortSignal) =>
      runtime.send(
        new InvokeModelCommand({
          modelId: bedrock.embeddingModelId,
          contentType: 'application/json',
          accept: 'application/json',
          body: embeddingBody(bedrock.embeddingModelId, bedrock.embeddingDimensions),
        }),
        { abortSignal },
      ),
    );
    if (r.finding) return { findings: [r.finding] };
    const size = vectorLength(JSON.parse(new TextDecoder().decode(r.value.body)));
    return { detail: { ja: `${size ?? '?'} 次元のベクトル`, en: `a ${size ?? '?'}-dimension vector` } };
  });

  runtime.destroy();
  control.destroy();

  // 7. Auth0: the tenant's discovery document, or the dev issuer.
  let issuerOk = false;
  const issuerStep = await step('auth0', async () => {
    const r = await checkIssuer(config, Math.min(timeoutMs, 5000), options.fetch);
    if (!r.ok) return { findings: [...r.findings, ...audienceNotes(config)] };
    issuerOk = true;
    return {
      findings: audienceNotes(config),
      detail:
        config.auth0.mode === 'dev'
          ? {
              ja: `ローカルの開発用 ID プロバイダーが ${r.issuer} で動いています。`,
              en: `dev issuer running at ${r.issuer}`,
            }
          : { ja: `テナント ${r.issuer} に接続できます。`, en: `tenant ${r.issuer} reachable` },
    };
  });

  // 8. Auth0: the backchannel endpoint the purchase tool's approvals (CIBA) go through.
  await step('backchannel', async () => {
    if (issuerStep.status !== 'ok') {
      return {
        skipped: true,
        detail: { ja: 'Auth0 に接続できないため省略', en: 'skipped: the issuer is not reachable' },
      };
    }
    const r = await checkBackchannel(config, Math.min(timeoutMs, 5000), options.fetch);
    return { findings: r.findings, ...(r.detail ? { detail: r.detail } : {}) };
  });

  // 8. Token Vault: the exchange answers for this application, and the Google connection exists.
  await step('token-vault', async () => {
    if (!issuerOk) return { skipped: true };
    const r = await checkTokenVault(config, Math.min(timeoutMs, 5000), options.fetch);
    return { findings: r.findings, detail: r.detail };
  });

  return { findings, steps, durationMs: Math.round(performance.now() - started) };

  function credentialFinding(error: unknown): Finding {
    if (error instanceof BedrockCredentialError && error.code !== 'api-key-mode-no-iam') {
      return onlineFinding(
        error.code,
        {
          ja: `${error.localized.ja}${error.causeSummary ? `（${error.causeSummary}）` : ''}`,
          en: `${error.localized.en}${error.causeSummary ? ` (${error.causeSummary})` : ''}`,
        },
        {
          ja: 'IAM の設定を直すか、API キー（AWS_BEARER_TOKEN_BEDROCK）を使ってください。ドキュメントの「IAM を使う場合」を参照してください。',
          en: 'Fix the IAM setup, or use an API key (AWS_BEARER_TOKEN_BEDROCK). See "Using IAM instead" in the docs.',
        },
      );
    }
    return onlineFinding(
      'iam-credentials-unavailable',
      {
        ja: `認証情報を取得できません: ${redact(String(error), secrets())}`,
        en: `Could not get credentials: ${redact(String(error), secrets())}`,
      },
      { ja: 'IAM の設定か API キーを確認してください。', en: 'Check the IAM setup or the API key.' },
    );
  }
}

function describeKey(key: KeyInspection): Localized {
  if (key.kind === 'short-term') {
    const k = key.shortTerm;
    const signer: Localized =
      k.signer === 'temporary-credentials'
        ? { ja: '一時認証情報で署名', en: 'signed by temporary credentials' }
        : { ja: 'IAM ユーザーが署名', en: 'signed by an IAM user' };
    return {
      ja: `短期キー ${key.fingerprint}、${k.region}、${formatUtc(k.expiresAt)} まで、${signer.ja}`,
      en: `short-term key ${key.fingerprint}, ${k.region}, valid until ${formatUtc(k.expiresAt)}, ${signer.en}`,
    };
  }
  if (key.kind === 'long-term') {
    return {
      ja: `長期キー ${key.fingerprint}（IAM ユーザー ${key.longTerm.iamUserName}、アカウント ${key.longTerm.accountId}）`,
      en: `long-term key ${key.fingerprint} (IAM user ${key.longTerm.iamUserName}, account ${key.longTerm.accountId})`,
    };
  }
  return { ja: `API キーの形式ではありません（${key.fingerprint}）`, en: `not an API key (${key.fingerprint})` };
}
