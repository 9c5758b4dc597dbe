// The user's account is the final word on models: what Bedrock answers (GetFoundationModel, GetInferenceProfile,
// ListInferenceProfiles) is compared with the model catalog, and every difference is reported as the account's
// answer, naming the catalog entry that is stale. Pure functions over the SDK's answers, so they are easy to test.
import type { Finding, Localized } from '@repo/config';
import {
  CATALOG_DATE,
  endOfLifeIn,
  findModel,
  lifecycleDay,
  lifecycleOn,
  type ModelEntry,
  PROFILE_PREFIXES,
  type ProfilePrefix,
  parseModelId,
  whereProcessed,
} from '@repo/config/models';
import { onlineFinding } from './findings.ts';

/** The parts of GetFoundationModel's modelDetails that the catalog also records. */
export interface AccountModel {
  inferenceTypesSupported?: string[];
  modelLifecycle?: { status?: string; endOfLifeTime?: Date };
}

/** The catalog entry named in findings: where a maintainer fixes it. */
const entry = (model: ModelEntry): string => `packages/config/src/models-catalog.ts: ${model.id}`;

function stale(variable: string, model: ModelEntry, what: Localized): Finding {
  return onlineFinding(
    'bedrock-catalog-stale',
    {
      ja: `アカウントの答えがモデルカタログ（${CATALOG_DATE} 時点）と違います: ${what.ja} doctor はアカウントの答えを正しいものとして扱います。`,
      en: `Your account's answer differs from the model catalog (as of ${CATALOG_DATE}): ${what.en} Doctor takes the account's answer as the truth.`,
    },
    {
      ja: `対応は不要です。古くなっているカタログの項目: ${entry(model)}（リポジトリの利用者であれば issue で知らせてください）。`,
      en: `Nothing to do for you. The stale catalog entry: ${entry(model)} (please report it if you use this repository).`,
    },
    variable,
  );
}

/** GetFoundationModel's answer for a base model ID (or foundation-model ARN) against the catalog. */
export function compareFoundationModel(
  details: AccountModel,
  modelId: string,
  region: string,
  variable: string,
): Finding[] {
  const base = parseModelId(modelId);
  const model = base && 'modelId' in base && base.modelId ? findModel(base.modelId) : undefined;
  if (!model) return [];
  const findings: Finding[] = [];
  const catalogState = lifecycleOn(model, lifecycleDay(), region);
  const accountStatus = details.modelLifecycle?.status;
  if (accountStatus === 'ACTIVE' && catalogState !== 'active') {
    findings.push(
      stale(variable, model, {
        ja: `カタログでは ${model.name} は${catalogState === 'legacy' ? 'レガシー' : '提供終了'}ですが、アカウントは ACTIVE と答えました。`,
        en: `the catalog has ${model.name} as ${catalogState}, and your account answers ACTIVE.`,
      }),
    );
  }
  if (accountStatus === 'LEGACY' && catalogState === 'active') {
    findings.push(
      stale(variable, model, {
        ja: `カタログでは ${model.name} は提供中ですが、アカウントは LEGACY と答えました。`,
        en: `the catalog has ${model.name} as active, and your account answers LEGACY.`,
      }),
    );
  }
  const accountEol = details.modelLifecycle?.endOfLifeTime?.toISOString().slice(0, 10);
  const catalogEol = endOfLifeIn(model, region);
  if (accountEol && accountEol !== catalogEol) {
    findings.push(
      stale(variable, model, {
        ja: `提供終了日はカタログでは ${catalogEol ?? '未定'}、アカウントでは ${accountEol} です。`,
        en: `the end-of-life date is ${catalogEol ?? 'not set'} in the catalog and ${accountEol} in your account.`,
      }),
    );
  }
  const types = details.inferenceTypesSupported;
  if (types) {
    const accountOnDemand = types.includes('ON_DEMAND');
    const catalogOnDemand = model.onDemandRegions.includes(region);
    if (accountOnDemand !== catalogOnDemand) {
      findings.push(
        stale(variable, model, {
          ja: `${region} でのオンデマンド呼び出しは、カタログでは${catalogOnDemand ? '可能' : '不可'}、アカウントでは${accountOnDemand ? '可能' : '不可'}です。`,
          en: `on-demand calls in ${region} are ${catalogOnDemand ? 'supported' : 'not supported'} in the catalog and ${accountOnDemand ? 'supported' : 'not supported'} in your account.`,
        }),
      );
    }
  }
  return findings;
}

/** Regions of the foundation-model ARNs GetInferenceProfile lists (`models[].modelArn`): the profile's destinations. */
export function destinationRegions(models: { modelArn?: string }[] | undefined): string[] {
  const regions = (models ?? []).map((m) => /^arn:[^:]+:bedrock:([^:]*):/.exec(m.modelArn ?? '')?.[1] ?? '');
  return [...new Set(regions.filter(Boolean))].sort();
}

/** GetInferenceProfile's destinations against the catalog's (what the IAM policy allows). */
export function compareProfileDestinations(
  profileId: string,
  accountDestinations: string[],
  variable: string,
): Finding[] {
  const parsed = parseModelId(profileId);
  const prefix = parsed && 'prefix' in parsed ? parsed.prefix : undefined;
  const model = parsed && 'modelId' in parsed && parsed.modelId ? findModel(parsed.modelId) : undefined;
  if (!model || !prefix || prefix === 'global' || accountDestinations.length === 0) return [];
  const route = model.profiles.find((p) => p.prefix === prefix);
  const catalog = [...(route?.destinationRegions ?? [])].sort();
  if (catalog.join() === accountDestinations.join()) return [];
  return [
    stale(variable, model, {
      ja: `${prefix}.${model.id} の転送先リージョンは、カタログでは ${catalog.join('、') || '（記載なし）'}、アカウントでは ${accountDestinations.join('、')} です。IAM ポリシーではアカウントの転送先すべてで基盤モデルを許可してください（npm run doctor -- --policy はアカウントの転送先でポリシーを作ります）。`,
      en: `the destination regions of ${prefix}.${model.id} are ${catalog.join(', ') || '(none listed)'} in the catalog and ${accountDestinations.join(', ')} in your account. Allow the foundation model in every one of your account's destinations in the IAM policy (npm run doctor -- --policy builds the policy from your account's destinations).`,
    }),
  ];
}

/** Most local first: country, then geography, then global (the same order as the catalog's suggestions). */
const RANK: Record<ProfilePrefix, number> = { jp: 0, au: 0, ca: 0, us: 1, eu: 1, apac: 1, 'us-gov': 1, global: 2 };

/**
 * ListInferenceProfiles' answer for the configured model: profiles the catalog lacks or lists wrongly, and a more
 * local profile than the configured `global.` one when the account offers it.
 */
export function compareProfileList(
  accountProfileIds: string[],
  configuredId: string,
  region: string,
  variable: string,
): Finding[] {
  const parsed = parseModelId(configuredId);
  const model = parsed && 'modelId' in parsed && parsed.modelId ? findModel(parsed.modelId) : undefined;
  if (!model) return [];
  const inAccount = new Set(
    accountProfileIds
      .map((id) => parseModelId(id))
      .filter((p) => p?.form === 'profile' && p.modelId === model.id)
      .map((p) => (p?.form === 'profile' ? p.prefix : undefined))
      .filter((p): p is ProfilePrefix => p !== undefined),
  );
  // A model past its end of life here has no callable profile in the catalog either (Bedrock lists none).
  const gone = lifecycleOn(model, lifecycleDay(), region) === 'end-of-life';
  const inCatalog = new Set(
    gone ? [] : model.profiles.filter((p) => p.sourceRegions.includes(region)).map((p) => p.prefix),
  );
  const findings: Finding[] = [];
  const missing = PROFILE_PREFIXES.filter((p) => inAccount.has(p) && !inCatalog.has(p));
  const extra = PROFILE_PREFIXES.filter((p) => inCatalog.has(p) && !inAccount.has(p));
  if (missing.length > 0 || extra.length > 0) {
    const list = (set: Set<ProfilePrefix>) =>
      PROFILE_PREFIXES.filter((p) => set.has(p))
        .map((p) => `${p}.`)
        .join(', ') || '-';
    findings.push(
      stale(variable, model, {
        ja: `${region} から呼び出せる ${model.name} の推論プロファイルは、アカウントでは ${list(inAccount)}、カタログでは ${list(inCatalog)} です。`,
        en: `the inference profiles of ${model.name} callable from ${region} are ${list(inAccount)} in your account and ${list(inCatalog)} in the catalog.`,
      }),
    );
  }
  const configuredPrefix = parsed && 'prefix' in parsed ? parsed.prefix : undefined;
  const best = [...inAccount].sort((a, b) => RANK[a] - RANK[b])[0];
  if (configuredPrefix === 'global' && best && best !== 'global') {
    const local = `${best}.${model.id}`;
    const here = whereProcessed(local, region);
    const there = whereProcessed(configuredId, region);
    findings.push(
      onlineFinding(
        'bedrock-geographic-profile-available',
        {
          ja: `アカウントには ${local} があります。${here.ja} 今の設定（global.）について: ${there.ja}`,
          en: `Your account offers ${local}. ${here.en} About the current setting (global.): ${there.en}`,
        },
        {
          ja: `データの処理場所を国内・地域内に留めたい場合は ${variable}=${local} に変更してください。`,
          en: `To keep processing in your country or geography, set ${variable}=${local}.`,
        },
        variable,
      ),
    );
  }
  return findings;
}
