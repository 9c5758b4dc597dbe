// Queries over the Amazon Bedrock model catalog (models-catalog.ts): reading model IDs, which ID works in which
// region, the defaults, lifecycle on a given day, and the shapes the control plane answers with.
// Pure functions, no Node built-ins: the docs site bundles this module for the browser.
import {
  BEDROCK_REGIONS,
  CATALOG_DATE,
  DEFAULT_CHAT_CANDIDATES,
  DEFAULT_EMBEDDING_MODEL,
  MODELS,
  type ModelEntry,
  type ProfilePrefix,
} from './models-catalog.ts';

export * from './models-catalog.ts';

// ---------------------------------------------------------------------------------------------------------------
// Parsing

/** Parsed model identifier as a user may write it in BEDROCK_MODEL_ID. */
export type ParsedModelId =
  | { form: 'base'; modelId: string }
  | { form: 'profile'; prefix: ProfilePrefix; modelId: string }
  | {
      form: 'arn';
      arn: string;
      region: string;
      account?: string;
      resource: 'foundation-model' | 'inference-profile' | 'application-inference-profile' | 'provisioned-model';
      modelId?: string;
      prefix?: ProfilePrefix;
    };

export const PROFILE_PREFIXES: readonly ProfilePrefix[] = ['us', 'eu', 'apac', 'jp', 'au', 'ca', 'global', 'us-gov'];

/** What each prefix means, for messages and the docs (where a profile may send requests). */
export const PROFILE_GEOGRAPHIES: Readonly<Record<ProfilePrefix, { ja: string; en: string }>> = {
  us: { ja: '米国内のリージョン', en: 'Regions in the United States' },
  eu: { ja: '欧州内のリージョン', en: 'Regions in Europe' },
  apac: { ja: 'アジアパシフィック内のリージョン', en: 'Regions in Asia Pacific' },
  jp: { ja: '日本国内のリージョン (東京・大阪)', en: 'Regions in Japan (Tokyo, Osaka)' },
  au: { ja: 'オーストラリア国内のリージョン (シドニー・メルボルン)', en: 'Regions in Australia (Sydney, Melbourne)' },
  ca: { ja: 'カナダ国内のリージョン', en: 'Regions in Canada' },
  global: { ja: '世界中の商用リージョン', en: 'Commercial Regions worldwide' },
  'us-gov': { ja: 'AWS GovCloud (US) のリージョン', en: 'AWS GovCloud (US) Regions' },
};

// Shape of a foundation model ID, after the pattern in the Bedrock API reference (FoundationModelSummary.modelId):
// `provider.name`, up to two more dot parts, up to two `:version` parts; lowercase letters, digits and dashes only.
const SEGMENT = '[a-z0-9-]{1,63}';
const BASE_ID = new RegExp(`^${SEGMENT}\\.${SEGMENT}(?:\\.${SEGMENT}){0,2}(?::${SEGMENT}){0,2}$`);
const ARN =
  /^arn:aws(?:-[a-z]+)*:bedrock:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12})?:(foundation-model|inference-profile|application-inference-profile|provisioned-model)\/(.+)$/;
const RESOURCE_ID = /^[a-z0-9]{12}$/;

function parseProfileOrBase(value: string): ParsedModelId | undefined {
  const dot = value.indexOf('.');
  const head = value.slice(0, dot);
  if (dot > 0 && (PROFILE_PREFIXES as readonly string[]).includes(head)) {
    const rest = value.slice(dot + 1);
    if (BASE_ID.test(rest)) return { form: 'profile', prefix: head as ProfilePrefix, modelId: rest };
    return undefined;
  }
  return BASE_ID.test(value) ? { form: 'base', modelId: value } : undefined;
}

/**
 * Reads a model ID, an inference-profile ID or a Bedrock ARN. Returns undefined for anything malformed, including
 * surrounding whitespace and `<...>` placeholders: the caller reports those with a message of its own.
 */
export function parseModelId(value: string): ParsedModelId | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  if (!value.startsWith('arn:')) return parseProfileOrBase(value);

  const match = ARN.exec(value);
  if (!match) return undefined;
  const [, region, account, resource, id] = match as unknown as [string, string, string | undefined, string, string];
  switch (resource) {
    case 'foundation-model': {
      // Foundation models are AWS-owned: their ARN has an empty account field.
      if (account !== undefined || !BASE_ID.test(id)) return undefined;
      return { form: 'arn', arn: value, region, resource, modelId: id };
    }
    case 'inference-profile': {
      const parsed = account === undefined ? undefined : parseProfileOrBase(id);
      if (parsed?.form !== 'profile') return undefined;
      return { form: 'arn', arn: value, region, account, resource, modelId: parsed.modelId, prefix: parsed.prefix };
    }
    case 'application-inference-profile':
    case 'provisioned-model': {
      if (account === undefined || !RESOURCE_ID.test(id)) return undefined;
      return { form: 'arn', arn: value, region, account, resource };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

const MODELS_BY_ID = new Map(MODELS.map((model) => [model.id, model]));
const REGION_CODES = new Set(BEDROCK_REGIONS.map((region) => region.code));

export function findModel(baseId: string): ModelEntry | undefined {
  return MODELS_BY_ID.get(baseId);
}

export function isBedrockRegion(code: string): boolean {
  return REGION_CODES.has(code);
}

export function chatModels(): readonly ModelEntry[] {
  return MODELS.filter((model) => model.kind === 'chat');
}

export function embeddingModels(): readonly ModelEntry[] {
  return MODELS.filter((model) => model.kind === 'embedding');
}

/**
 * Where a request sent with this model ID is processed, in one sentence per language: in the region, inside the
 * profile's geography, or (global.) in any commercial region worldwide. Shown next to every suggested ID.
 */
export function whereProcessed(id: string, region: string): { ja: string; en: string } {
  const parsed = parseModelId(id);
  const prefix = parsed && 'prefix' in parsed ? parsed.prefix : undefined;
  if (prefix === undefined) {
    return {
      ja: `リクエストは ${region} で処理されます。`,
      en: `Requests are processed in ${region}.`,
    };
  }
  if (prefix === 'global') {
    return {
      ja: `global. の推論プロファイルは、リクエストを世界中の AWS 商用リージョンのどこででも処理することがあります（${region} の属する地域の外を含みます）。データを国内・地域内に留める必要がある場合は、地域別のプロファイルかリージョン内で使えるモデルを選んでください。`,
      en: `A global. inference profile may process requests in any commercial AWS Region worldwide, outside ${region}'s geography included. If data must stay in your country or geography, choose a geographic profile or a model offered in the region.`,
    };
  }
  const where = PROFILE_GEOGRAPHIES[prefix];
  return {
    ja: `${prefix}. の推論プロファイルは、リクエストを${where.ja}で処理します。`,
    en: `A ${prefix}. inference profile processes requests in ${where.en.charAt(0).toLowerCase()}${where.en.slice(1)}.`,
  };
}

/** Country-level profiles keep data closest to the caller; `global.` may route anywhere, so it comes last. */
const PREFIX_RANK: Record<ProfilePrefix, number> = {
  jp: 0,
  au: 0,
  ca: 0,
  us: 1,
  eu: 1,
  apac: 1,
  'us-gov': 1,
  global: 2,
};

/** The best profile ID for a base model in a region (`jp.` in Tokyo before `apac.`, `global.` last). */
export function profileIdFor(baseId: string, region: string): string | undefined {
  const model = findModel(baseId);
  if (!model) return undefined;
  const callable = model.profiles.filter((profile) => profile.sourceRegions.includes(region));
  callable.sort((a, b) => PREFIX_RANK[a.prefix] - PREFIX_RANK[b.prefix]);
  const best = callable[0];
  return best ? `${best.prefix}.${model.id}` : undefined;
}

/** The ID to put in BEDROCK_MODEL_ID for a model in a region: the base ID where it runs on demand, else a profile. */
export function invocableIdFor(baseId: string, region: string): string | undefined {
  const model = findModel(baseId);
  if (!model) return undefined;
  if (model.onDemandRegions.includes(region)) return model.id;
  return profileIdFor(baseId, region);
}

// ---------------------------------------------------------------------------------------------------------------
// Invocability

/**
 * How `value` (a base ID, profile ID or ARN) can be invoked in `region`:
 * ok / needs a profile (with the exact ID to use) / profile not callable from this region / unknown.
 */
export type Invocability =
  | { status: 'ok'; model?: ModelEntry; via: 'on-demand' | 'profile' | 'arn' }
  | { status: 'needs-profile'; model: ModelEntry; suggestedId: string }
  | {
      status: 'profile-wrong-region';
      model: ModelEntry;
      suggestedId?: string;
      /** `no-such-profile`: the model exists but has no profile with this prefix at all. */
      reason?: 'wrong-source-region' | 'no-such-profile';
    }
  | { status: 'not-in-region'; model: ModelEntry }
  | { status: 'unknown' };

function baseInvocability(model: ModelEntry, region: string): Invocability {
  if (model.onDemandRegions.includes(region)) return { status: 'ok', model, via: 'on-demand' };
  const suggestedId = profileIdFor(model.id, region);
  return suggestedId ? { status: 'needs-profile', model, suggestedId } : { status: 'not-in-region', model };
}

function profileInvocability(model: ModelEntry, prefix: ProfilePrefix, region: string): Invocability {
  const profile = model.profiles.find((candidate) => candidate.prefix === prefix);
  if (profile?.sourceRegions.includes(region)) return { status: 'ok', model, via: 'profile' };
  const suggestedId = invocableIdFor(model.id, region);
  return {
    status: 'profile-wrong-region',
    model,
    ...(suggestedId ? { suggestedId } : {}),
    reason: profile ? 'wrong-source-region' : 'no-such-profile',
  };
}

export function invocability(value: string, region: string): Invocability {
  const parsed = parseModelId(value);
  if (!parsed) return { status: 'unknown' };

  if (parsed.form === 'base' || parsed.form === 'profile') {
    const model = findModel(parsed.modelId);
    if (!model) return { status: 'unknown' };
    return parsed.form === 'base' ? baseInvocability(model, region) : profileInvocability(model, parsed.prefix, region);
  }

  // ARNs. Application inference profiles and provisioned models are account resources we cannot see offline.
  if (parsed.modelId === undefined) return { status: 'ok', via: 'arn' };
  const model = findModel(parsed.modelId);
  if (!model) return { status: 'unknown' };
  const result =
    parsed.prefix === undefined ? baseInvocability(model, region) : profileInvocability(model, parsed.prefix, region);
  return result.status === 'ok' ? { status: 'ok', model, via: 'arn' } : result;
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults the samples use

/**
 * The chat model the samples use in `region`, already in the form that region needs (base ID where it runs on
 * demand, else the most local profile). Falls back to the first candidate's `us.` profile when nothing in the
 * catalog is callable from the region.
 */
export function defaultChatModelId(region: string): string {
  // Two passes: a model that keeps requests in the region or its geography wins over a better one that needs global.
  for (const allowGlobal of [false, true]) {
    for (const candidate of DEFAULT_CHAT_CANDIDATES) {
      const id = invocableIdFor(candidate, region);
      if (id && (allowGlobal || !id.startsWith('global.'))) return id;
    }
  }
  return `us.${DEFAULT_CHAT_CANDIDATES[0]}`;
}

/** Titan Text Embeddings V2 (1024 dimensions by default), which the samples' vector(1024) column expects. */
export function defaultEmbeddingModelId(): string {
  return DEFAULT_EMBEDDING_MODEL;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for the emulator, doctor and the IAM policy builder

export interface InferenceProfileSummary {
  /** `jp.anthropic.claude-sonnet-4-6` */
  id: string;
  prefix: ProfilePrefix;
  model: ModelEntry;
  sourceRegions: readonly string[];
  destinationRegions: readonly string[];
}

/** Every system-defined profile in the catalog, optionally only those callable from `region`. */
export function inferenceProfiles(region?: string): readonly InferenceProfileSummary[] {
  return MODELS.flatMap((model) =>
    model.profiles
      .filter((profile) => region === undefined || profile.sourceRegions.includes(region))
      .map((profile) => ({
        id: `${profile.prefix}.${model.id}`,
        prefix: profile.prefix,
        model,
        sourceRegions: profile.sourceRegions,
        destinationRegions: profile.destinationRegions,
      })),
  );
}

export type LifecycleState = 'active' | 'legacy' | 'end-of-life';

/** The day to judge lifecycle on: today, but never before the catalog's date (what it records as past stays past). */
export function lifecycleDay(now: Date = new Date()): string {
  // ISO dates sort as strings; Math.max would turn them into NaN.
  return [now.toISOString().slice(0, 10), CATALOG_DATE].sort()[1] as string;
}

/** The end-of-life date that applies in `region` (a regional date where AWS gives one), if any. */
export function endOfLifeIn(model: ModelEntry, region?: string): string | undefined {
  const byRegion = region === undefined ? undefined : model.lifecycle.endOfLifeByRegion?.[region];
  return byRegion ?? model.lifecycle.endOfLife;
}

/**
 * Lifecycle state on a given day (the catalog date by default), in a region when given: a model whose end of life
 * has passed there is `end-of-life`, whatever its listed status.
 */
export function lifecycleOn(model: ModelEntry, isoDate: string = CATALOG_DATE, region?: string): LifecycleState {
  const eol = endOfLifeIn(model, region);
  if (eol !== undefined && eol <= isoDate) return 'end-of-life';
  return model.lifecycle.status;
}

export function foundationModelArn(region: string, modelId: string): string {
  return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
}

export function inferenceProfileArn(region: string, accountId: string, profileId: string): string {
  return `arn:aws:bedrock:${region}:${accountId}:inference-profile/${profileId}`;
}

/** FoundationModelLifecycle as the control plane sends it (timestamps as ISO date-time strings). */
export interface FoundationModelLifecycleWire {
  status: 'ACTIVE' | 'LEGACY';
  legacyTime?: string;
  publicExtendedAccessTime?: string;
  /** "Time when model is no longer available for use in all AWS regions": the latest end-of-life date. */
  endOfLifeTime?: string;
}

/**
 * A model as ListFoundationModels / GetFoundationModel describe it when called in `region`: modalities, streaming
 * and lifecycle from the catalog. `ON_DEMAND` where the base ID runs in the region, else `INFERENCE_PROFILE`, which is
 * how Bedrock reports profile-only models.
 */
export interface FoundationModelSummary {
  modelArn: string;
  modelId: string;
  modelName: string;
  providerName: string;
  inputModalities: readonly string[];
  outputModalities: readonly string[];
  responseStreamingSupported: boolean;
  customizationsSupported: readonly string[];
  inferenceTypesSupported: readonly ('ON_DEMAND' | 'INFERENCE_PROFILE')[];
  modelLifecycle: FoundationModelLifecycleWire;
}

const wireTime = (isoDate: string | undefined) => (isoDate ? `${isoDate}T00:00:00Z` : undefined);

export function foundationModelLifecycle(model: ModelEntry): FoundationModelLifecycleWire {
  const { lifecycle } = model;
  const eols = [lifecycle.endOfLife, ...Object.values(lifecycle.endOfLifeByRegion ?? {})].filter(
    (date): date is string => date !== undefined,
  );
  const times = {
    legacyTime: wireTime(lifecycle.legacySince),
    publicExtendedAccessTime: wireTime(lifecycle.extendedAccessFrom),
    endOfLifeTime: wireTime(eols.sort().at(-1)),
  };
  return {
    status: lifecycle.status === 'active' ? 'ACTIVE' : 'LEGACY',
    ...Object.fromEntries(Object.entries(times).filter(([, value]) => value !== undefined)),
  };
}

export function foundationModelSummary(model: ModelEntry, region: string): FoundationModelSummary {
  return {
    modelArn: foundationModelArn(region, model.id),
    modelId: model.id,
    modelName: model.name,
    providerName: model.provider,
    inputModalities: model.inputModalities,
    outputModalities: model.outputModalities,
    responseStreamingSupported: model.streaming,
    customizationsSupported: [],
    inferenceTypesSupported: model.onDemandRegions.includes(region) ? ['ON_DEMAND'] : ['INFERENCE_PROFILE'],
    modelLifecycle: foundationModelLifecycle(model),
  };
}

/** The models a ListFoundationModels call in `region` would return on `isoDate`: callable there and not past EOL. */
export function modelsIn(region: string, isoDate: string = CATALOG_DATE): readonly ModelEntry[] {
  return MODELS.filter(
    (model) =>
      lifecycleOn(model, isoDate, region) !== 'end-of-life' &&
      (model.onDemandRegions.includes(region) ||
        model.profiles.some((profile) => profile.sourceRegions.includes(region))),
  );
}
