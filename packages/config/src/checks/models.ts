// BEDROCK_MODEL_ID and BEDROCK_EMBEDDING_MODEL_ID against the catalog: well-formed, known, callable
// in the region (or the exact inference-profile ID to use instead), current, of the right kind;
// and BEDROCK_EMBEDDING_DIMENSIONS against the embedding model.
import { finding } from '../findings.ts';
import {
  CATALOG_DATE,
  defaultChatModelId,
  defaultEmbeddingModelId,
  endOfLifeIn,
  findModel,
  invocability,
  invocableIdFor,
  lifecycleDay,
  lifecycleOn,
  type ModelEntry,
  type ModelKind,
  parseModelId,
  whereProcessed,
} from '../models.ts';
import type { BedrockMode, Finding, Localized } from '../types.ts';
import type { CheckContext } from './context.ts';

const VARIABLE: Record<ModelKind, string> = { chat: 'BEDROCK_MODEL_ID', embedding: 'BEDROCK_EMBEDDING_MODEL_ID' };
const KIND_TEXT: Record<ModelKind, Localized> = {
  chat: { ja: 'チャット用', en: 'chat' },
  embedding: { ja: '埋め込み用', en: 'embedding' },
};

export interface ModelChoice {
  id: string;
  model?: ModelEntry;
}

/** The model ID to use for `kind`, or undefined when the configured one cannot work (error reported). */
export function checkModel(
  ctx: CheckContext,
  kind: ModelKind,
  region: string | undefined,
  mode: BedrockMode,
): ModelChoice | undefined {
  const canonical = VARIABLE[kind];
  const name = ctx.nameOf(canonical);
  const value = ctx.get(canonical);
  if (value === undefined) {
    if (ctx.has(canonical)) return undefined;
    const id = defaultModelId(kind, region);
    if (mode === 'aws') ctx.add(defaultFinding(canonical, id));
    return { id, model: findModel(parseModelId(id)?.modelId ?? id) };
  }

  const parsed = parseModelId(value);
  if (!parsed) {
    ctx.add(
      finding(
        'model-id-malformed',
        name,
        {
          ja: `${name}=${JSON.stringify(value)} はモデル ID の形式ではありません。モデル ID は「提供元.モデル名:バージョン」の形で、小文字・数字・ハイフンでできています。`,
          en: `${name}=${JSON.stringify(value)} is not a model ID. Model IDs look like provider.model-name:version, in lowercase letters, digits and dashes.`,
        },
        {
          ja: `Bedrock コンソールの「モデルカタログ」に表示される ID をそのまま書いてください。例: ${name}=${defaultModelId(kind, region)}`,
          en: `Copy the ID exactly as the Bedrock console's model catalog shows it, e.g. ${name}=${defaultModelId(kind, region)}.`,
        },
      ),
    );
    return undefined;
  }

  const model = parsed.modelId ? findModel(parsed.modelId) : undefined;
  if (model && model.kind !== kind) {
    const other = VARIABLE[model.kind];
    ctx.add(
      finding(
        'model-kind-mismatch',
        name,
        {
          ja: `${name} に${KIND_TEXT[model.kind].ja}のモデル（${model.name}）が設定されています。${name} には${KIND_TEXT[kind].ja}のモデルが必要です。`,
          en: `${name} holds a ${KIND_TEXT[model.kind].en} model (${model.name}); it needs a ${KIND_TEXT[kind].en} model.`,
        },
        {
          ja: `この ID は ${other} に設定し、${name} には${KIND_TEXT[kind].ja}のモデル ID を設定してください。`,
          en: `Put this ID in ${other}, and a ${KIND_TEXT[kind].en} model ID in ${name}.`,
        },
      ),
    );
    return undefined;
  }
  // A missing or wrong region has its own finding; the model's own life cycle does not depend on it.
  if (!region) return model ? lifecycleCheck(ctx, name, value, model, undefined) : { id: value };

  const result = invocability(value, region);
  // What the catalog alone says cannot be called: an error, unless online doctor lets the account decide.
  const held = (f: Finding): ModelChoice | undefined =>
    ctx.catalogError(f) ? { id: value, ...(model ? { model } : {}) } : undefined;
  switch (result.status) {
    case 'unknown':
      ctx.add(
        finding(
          'model-unknown',
          name,
          {
            ja: `${name}=${value} はこのプロジェクトのモデルカタログにありません。新しいモデルであれば問題ありませんが、つづりの誤りの可能性もあります。`,
            en: `${name}=${value} is not in this project's model catalog. A new model is fine, but it may also be a typo.`,
          },
          {
            ja: '`npm run doctor`（オンライン）でこのモデルを呼び出せるか確認してください。',
            en: 'Check with `npm run doctor` (online) that the model can be invoked.',
          },
        ),
      );
      return { id: value };
    case 'needs-profile':
      return held(
        finding(
          'model-needs-inference-profile',
          name,
          {
            ja: `${result.model.name} は ${region} ではモデル ID のまま（オンデマンドで）呼び出せません。推論プロファイル ID が必要です。`,
            en: `${result.model.name} cannot be invoked on demand by its model ID in ${region}; it needs an inference-profile ID.`,
          },
          changeTo(name, result.suggestedId, region),
        ),
      );
    case 'profile-wrong-region':
      return held(
        finding(
          'model-profile-wrong-region',
          name,
          {
            ja: `推論プロファイル ${value} は ${region} からは呼び出せません。`,
            en: `The inference profile ${value} cannot be called from ${region}.`,
          },
          result.suggestedId
            ? changeTo(name, result.suggestedId, region)
            : {
                ja: `${result.model.name} を使えるリージョンに AWS_REGION を変更するか、別のモデルを選んでください。`,
                en: `Change AWS_REGION to a region where ${result.model.name} is offered, or choose another model.`,
              },
        ),
      );
    case 'not-in-region':
      return held(
        finding(
          'model-not-in-region',
          name,
          {
            ja: `${result.model.name} は ${region} では提供されていません。`,
            en: `${result.model.name} is not offered in ${region}.`,
          },
          {
            ja: `AWS_REGION を ${regionsOf(result.model).slice(0, 3).join('、')} などに変更するか、${region} で使えるモデルを選んでください。`,
            en: `Change AWS_REGION to ${regionsOf(result.model).slice(0, 3).join(', ')} or similar, or choose a model offered in ${region}.`,
          },
        ),
      );
    default:
      return result.model ? lifecycleCheck(ctx, name, value, result.model, region) : { id: value };
  }
}

/**
 * End of life (an error) or legacy (a warning), in `region` when it is known, else by the model's latest date.
 * A disputed end of life stays a warning, so the config still loads and online doctor can ask the account.
 */
function lifecycleCheck(
  ctx: CheckContext,
  name: string,
  id: string,
  model: ModelEntry,
  region: string | undefined,
): ModelChoice | undefined {
  const state = lifecycleOn(model, lifecycleDay(ctx.now), region);
  if (state === 'end-of-life' && !model.lifecycle.disputed) {
    return ctx.catalogError(endOfLifeFinding(name, model, region)) ? { id, model } : undefined;
  }
  if (state !== 'active') ctx.add(legacyFinding(name, model, region));
  return { id, model };
}

/** "Change it to NAME=id", with where that ID processes requests when it leaves the region (if known). */
function changeTo(name: string, id: string, region: string | undefined): Localized {
  const where = region && parseModelId(id)?.form === 'profile' ? whereProcessed(id, region) : undefined;
  return {
    ja: `${name}=${id} に変更してください。${where ? where.ja : ''}`,
    en: `Change it to ${name}=${id}.${where ? ` ${where.en}` : ''}`,
  };
}

/** The replacement in the form `region` needs (its model ID when the region is unknown), for life-cycle findings. */
function successorFix(name: string, model: ModelEntry, region: string | undefined): Localized {
  const replacement = model.lifecycle.replacement;
  const suggested = replacement && region ? (invocableIdFor(replacement, region) ?? replacement) : replacement;
  if (!suggested) return { ja: '現行のモデルへ変更してください。', en: 'Switch to a current model.' };
  const change = changeTo(name, suggested, region);
  return { ja: `後継モデルへ変更してください: ${change.ja}`, en: `Switch to its successor. ${change.en}` };
}

function endOfLifeFinding(name: string, model: ModelEntry, region: string | undefined) {
  const eol = endOfLifeIn(model, region);
  const where = region ? { ja: ` ${region} で`, en: ` in ${region}` } : { ja: '', en: '' };
  return finding(
    'model-end-of-life',
    name,
    {
      ja: `${model.name} は${where.ja}提供終了（${eol}）しています。呼び出すとエラーになります（モデルカタログ ${CATALOG_DATE} 時点の AWS のドキュメントによる）。`,
      en: `${model.name} reached its end of life${where.en} on ${eol}; calls to it fail (AWS documentation as of the model catalog's date, ${CATALOG_DATE}).`,
    },
    successorFix(name, model, region),
  );
}

/** BEDROCK_EMBEDDING_DIMENSIONS: allowed by the embedding model; defaults to the model's default. */
export function checkEmbeddingDimensions(ctx: CheckContext, embedding: ModelChoice | undefined): number | undefined {
  const raw = ctx.get('BEDROCK_EMBEDDING_DIMENSIONS');
  const sizes = embedding?.model?.embedding;
  if (raw === undefined)
    return ctx.has('BEDROCK_EMBEDDING_DIMENSIONS') ? undefined : (sizes?.defaultDimensions ?? 1024);
  const dims = Number(raw);
  if (!sizes || sizes.allowedDimensions.includes(dims)) return dims;
  const sorted = [...sizes.allowedDimensions].sort((a, b) => a - b);
  const allowed = sorted.join(', ');
  const allowedJa = sorted.join('、');
  ctx.add(
    finding(
      'embedding-dimensions-unsupported',
      'BEDROCK_EMBEDDING_DIMENSIONS',
      {
        ja: `${embedding.model?.name} は ${dims} 次元のベクトルを返せません。使える次元数は ${allowedJa} です。`,
        en: `${embedding.model?.name} cannot return ${dims}-dimensional vectors; it supports ${allowed}.`,
      },
      {
        ja: `BEDROCK_EMBEDDING_DIMENSIONS を ${allowedJa} のどれかにするか、行を削除して既定値（${sizes.defaultDimensions}）を使ってください。`,
        en: `Set BEDROCK_EMBEDDING_DIMENSIONS to one of ${allowed}, or delete the line to use the default (${sizes.defaultDimensions}).`,
      },
    ),
  );
  return undefined;
}

function legacyFinding(name: string, model: ModelEntry, region: string | undefined) {
  const eol = endOfLifeIn(model, region);
  return finding(
    'model-legacy',
    name,
    {
      ja: `${model.name} は旧世代（レガシー）のモデルです${eol ? `（提供終了予定: ${eol}）` : ''}。新しいアカウントでは使えず、既存のアカウントでもしばらく呼び出さないと使えなくなることがあります。${model.lifecycle.disputed ? `出典の間で情報が食い違っています: ${model.lifecycle.disputed.ja}` : ''}`,
      en: `${model.name} is a legacy model${eol ? ` (end of life: ${eol})` : ''}. New accounts cannot use it, and existing accounts may lose access after a period without calls.${model.lifecycle.disputed ? ` Sources disagree: ${model.lifecycle.disputed.en}` : ''}`,
    },
    successorFix(name, model, region),
  );
}

function defaultFinding(name: string, id: string) {
  return finding(
    'model-id-default',
    name,
    {
      ja: `${name} が未設定のため、既定のモデル ${id} を使います。`,
      en: `${name} is not set, so the default model ${id} is used.`,
    },
    {
      ja: `このモデルへのアクセスが有効になっていることを確認してください。別のモデルを使う場合は ${name} を設定してください。`,
      en: `Make sure access to this model is enabled in your account, or set ${name} to use another one.`,
    },
  );
}

/** The default ID for `kind`, in the form `region` needs (us-east-1 while the region is undetermined). */
function defaultModelId(kind: ModelKind, region: string | undefined): string {
  return kind === 'chat' ? defaultChatModelId(region ?? 'us-east-1') : defaultEmbeddingModelId();
}

function regionsOf(model: ModelEntry): string[] {
  return [...new Set([...model.onDemandRegions, ...model.profiles.flatMap((p) => p.sourceRegions)])];
}
