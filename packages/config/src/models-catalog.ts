// The Amazon Bedrock model catalog: data only, with the page each fact was read from and the day it was read.
// The queries over it (parsing IDs, which ID works in which region, defaults) live in models.ts.
// No imports and no Node built-ins: the docs site bundles this file for the browser.
//
// CATALOG_DATE is the day the sources were last read. Bedrock changes often: the user's own account is the final word
// (`npm run doctor` asks GetFoundationModel / ListInferenceProfiles / GetInferenceProfile and says when an entry here
// is stale). A test fails when a model marked active here has a documented end of life before CATALOG_DATE.
//
// How the facts were read: stored copies of AWS's pages (search corpus "pages"), of different ages; each `Source`
// says which page, the day it was read and, where known, the month of the copy. The long AWS tables (per-model
// in-Region lists, per-profile source regions) could be read only in part. Conservative choices where sources are
// silent or disagree:
// - Lifecycle: when one copy of AWS's lifecycle page says a model is legacy (or gives an end-of-life date) and another
//   is silent, the catalog takes the legacy reading and says so in `lifecycle.disputed`: a warning that proves
//   unnecessary costs less than a default that new accounts cannot use.
// - A profile prefix is listed only when a source names it for that model (a listed profile that does not exist
//   would make us suggest an ID that fails; a missing one only makes the suggestion less local).
// - Source regions of a geography profile double as its destination regions (the union is what IAM must allow);
//   online, doctor reads the real destinations from GetInferenceProfile.
// - `global.` profiles: AWS routes them to commercial regions worldwide; its pages list fewer source regions per model
//   than "every commercial region", but the stored copies did not show the per-model lists. We accept every commercial
//   region as a source and suggest `global.` only after the in-region and geography options.

export const CATALOG_DATE = '2026-12-02';

export type ModelKind = 'chat' | 'embedding';
export type ProfilePrefix = 'us' | 'eu' | 'apac' | 'jp' | 'au' | 'ca' | 'global' | 'us-gov';
export type InputModality = 'TEXT' | 'IMAGE' | 'VIDEO';
export type OutputModality = 'TEXT' | 'EMBEDDING';

/** Where a fact comes from: the page, the day we read it, and (when known) how old the stored copy was. */
export interface Source {
  url: string;
  /** ISO date the page was read. */
  read: string;
  /** Month of the stored copy, when it is older than the reading (e.g. `2026-02`). */
  copy?: string;
}

export interface InferenceProfileRoute {
  /** `us` -> profile ID `us.<model id>`. */
  prefix: ProfilePrefix;
  /** Regions you can call this profile from (source regions). */
  sourceRegions: readonly string[];
  /** Regions requests may be routed to (for IAM policy resources). */
  destinationRegions: readonly string[];
}

export interface Lifecycle {
  /** As AWS's lifecycle page lists the model. A legacy model whose end of life has passed is end-of-life. */
  status: 'active' | 'legacy';
  /** ISO dates where AWS documents them. */
  legacySince?: string;
  /** Start of the public extended access part of the legacy period (higher prices), where given. */
  extendedAccessFrom?: string;
  endOfLife?: string;
  /** Regions where AWS gives a different end-of-life date than `endOfLife`. */
  endOfLifeByRegion?: Readonly<Record<string, string>>;
  /** Suggested replacement model ID (base ID); always an active model. */
  replacement?: string;
  /** Where the sources disagree, what each says and which reading we took (shown on the guide's model page). */
  disputed?: { ja: string; en: string };
}

export interface ModelEntry {
  /** Base model ID, e.g. `anthropic.claude-sonnet-4-6`. */
  id: string;
  provider: string;
  name: string;
  kind: ModelKind;
  /** Chat models: whether Converse tool use is supported. */
  toolUse?: boolean;
  /** responseStreamingSupported as ListFoundationModels reports it. */
  streaming: boolean;
  /** Embedding models: the default vector size and the sizes a request may ask for. */
  embedding?: { defaultDimensions: number; allowedDimensions: readonly number[] };
  inputModalities: readonly InputModality[];
  outputModalities: readonly OutputModality[];
  /** Regions where the base ID may be invoked on demand (no profile needed). */
  onDemandRegions: readonly string[];
  /** System-defined cross-Region inference profiles that contain this model. */
  profiles: readonly InferenceProfileRoute[];
  lifecycle: Lifecycle;
  /** One source per kind of fact. */
  sources: {
    /** Model ID, name, modalities, streaming, tool use. */
    model: Source;
    /** In-Region on-demand regions. */
    regions: Source;
    /** Inference profiles and their regions. */
    profiles?: Source;
    lifecycle: Source;
  };
  /** Where the sources are silent or disagree, what we assumed (shown by the docs site). */
  note?: string;
}

export interface BedrockRegion {
  code: string;
  name: { ja: string; en: string };
  /** Geography, as the docs site groups regions. */
  geography: 'us' | 'ca' | 'mx' | 'eu' | 'apac' | 'me' | 'sa' | 'af';
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

const AWS_DOCS = 'https://docs.aws.amazon.com/bedrock/latest/userguide';
const READ = CATALOG_DATE;
const page = (path: string, copy?: string): Source => ({
  url: `${AWS_DOCS}/${path}`,
  read: READ,
  ...(copy ? { copy } : {}),
});
const card = (slug: string, copy?: string): Source => page(`model-card-${slug}.html`, copy);

/** Model lifecycle (Active / Legacy / EOL tables); stored copies of about 2026-05 and 2026-10. */
const LIFECYCLE = page('model-lifecycle.html', '2026-10');
/** Supported foundation models by Region (in-Region on-demand); stored copy of 2026-02. */
const MODELS_REGIONS = page('models-regions.html', '2026-02');
/** Supported Regions and models for inference profiles. */
const PROFILES = page('inference-profiles-support.html', '2026-10');
/** Anthropic's Bedrock table (model IDs and which of global/us/eu/jp/apac exist). */
const CLAUDE_TABLE: Source = {
  url: 'https://platform.claude.com/docs/en/build-with-claude/claude-on-amazon-bedrock',
  read: READ,
};
const ENDPOINTS = page('endpoints-region-availability.html', '2026-11');

// ---------------------------------------------------------------------------------------------------------------
// Regions

// Commercial regions with the bedrock-runtime endpoint. The Middle East rows of the endpoints page were not captured
// in full; me-central-1, me-south-1 and il-central-1 are kept so that a real region is not reported as wrong.
// mx-central-1 (Mexico) appears in the models-regions table.
export const REGIONS_SOURCE = ENDPOINTS;
export const BEDROCK_REGIONS: readonly BedrockRegion[] = [
  { code: 'us-east-1', geography: 'us', name: { ja: '米国東部 (バージニア北部)', en: 'US East (N. Virginia)' } },
  { code: 'us-east-2', geography: 'us', name: { ja: '米国東部 (オハイオ)', en: 'US East (Ohio)' } },
  { code: 'us-west-1', geography: 'us', name: { ja: '米国西部 (北カリフォルニア)', en: 'US West (N. California)' } },
  { code: 'us-west-2', geography: 'us', name: { ja: '米国西部 (オレゴン)', en: 'US West (Oregon)' } },
  { code: 'ca-central-1', geography: 'ca', name: { ja: 'カナダ (中部)', en: 'Canada (Central)' } },
  { code: 'ca-west-1', geography: 'ca', name: { ja: 'カナダ西部 (カルガリー)', en: 'Canada West (Calgary)' } },
  { code: 'mx-central-1', geography: 'mx', name: { ja: 'メキシコ (中部)', en: 'Mexico (Central)' } },
  { code: 'eu-central-1', geography: 'eu', name: { ja: '欧州 (フランクフルト)', en: 'Europe (Frankfurt)' } },
  { code: 'eu-central-2', geography: 'eu', name: { ja: '欧州 (チューリッヒ)', en: 'Europe (Zurich)' } },
  { code: 'eu-north-1', geography: 'eu', name: { ja: '欧州 (ストックホルム)', en: 'Europe (Stockholm)' } },
  { code: 'eu-south-1', geography: 'eu', name: { ja: '欧州 (ミラノ)', en: 'Europe (Milan)' } },
  { code: 'eu-south-2', geography: 'eu', name: { ja: '欧州 (スペイン)', en: 'Europe (Spain)' } },
  { code: 'eu-west-1', geography: 'eu', name: { ja: '欧州 (アイルランド)', en: 'Europe (Ireland)' } },
  { code: 'eu-west-2', geography: 'eu', name: { ja: '欧州 (ロンドン)', en: 'Europe (London)' } },
  { code: 'eu-west-3', geography: 'eu', name: { ja: '欧州 (パリ)', en: 'Europe (Paris)' } },
  { code: 'ap-east-2', geography: 'apac', name: { ja: 'アジアパシフィック (台北)', en: 'Asia Pacific (Taipei)' } },
  { code: 'ap-northeast-1', geography: 'apac', name: { ja: 'アジアパシフィック (東京)', en: 'Asia Pacific (Tokyo)' } },
  {
    code: 'ap-northeast-2',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (ソウル)', en: 'Asia Pacific (Seoul)' },
  },
  { code: 'ap-northeast-3', geography: 'apac', name: { ja: 'アジアパシフィック (大阪)', en: 'Asia Pacific (Osaka)' } },
  { code: 'ap-south-1', geography: 'apac', name: { ja: 'アジアパシフィック (ムンバイ)', en: 'Asia Pacific (Mumbai)' } },
  {
    code: 'ap-south-2',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (ハイデラバード)', en: 'Asia Pacific (Hyderabad)' },
  },
  {
    code: 'ap-southeast-1',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (シンガポール)', en: 'Asia Pacific (Singapore)' },
  },
  {
    code: 'ap-southeast-2',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (シドニー)', en: 'Asia Pacific (Sydney)' },
  },
  {
    code: 'ap-southeast-3',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (ジャカルタ)', en: 'Asia Pacific (Jakarta)' },
  },
  {
    code: 'ap-southeast-4',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (メルボルン)', en: 'Asia Pacific (Melbourne)' },
  },
  {
    code: 'ap-southeast-5',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (マレーシア)', en: 'Asia Pacific (Malaysia)' },
  },
  {
    code: 'ap-southeast-6',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (ニュージーランド)', en: 'Asia Pacific (New Zealand)' },
  },
  {
    code: 'ap-southeast-7',
    geography: 'apac',
    name: { ja: 'アジアパシフィック (タイ)', en: 'Asia Pacific (Thailand)' },
  },
  { code: 'me-central-1', geography: 'me', name: { ja: '中東 (アラブ首長国連邦)', en: 'Middle East (UAE)' } },
  { code: 'me-south-1', geography: 'me', name: { ja: '中東 (バーレーン)', en: 'Middle East (Bahrain)' } },
  { code: 'il-central-1', geography: 'me', name: { ja: 'イスラエル (テルアビブ)', en: 'Israel (Tel Aviv)' } },
  { code: 'sa-east-1', geography: 'sa', name: { ja: '南米 (サンパウロ)', en: 'South America (São Paulo)' } },
  { code: 'af-south-1', geography: 'af', name: { ja: 'アフリカ (ケープタウン)', en: 'Africa (Cape Town)' } },
];

const ALL_COMMERCIAL = BEDROCK_REGIONS.map((region) => region.code);

// Region sets as the inference-profile tables list them, named by geography and size.
const US_3 = ['us-east-1', 'us-east-2', 'us-west-2'] as const;
const US_4 = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'] as const;
const EU_3 = ['eu-central-1', 'eu-west-1', 'eu-west-3'] as const;
const EU_4 = ['eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-3'] as const;
const EU_6 = ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'] as const;
const APAC_5 = ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'] as const;
const APAC_7 = [...APAC_5, 'ap-northeast-3', 'ap-south-2'] as const;
const APAC_8 = [...APAC_7, 'ap-southeast-4'] as const;
/** `jp.` profiles: callable from and routed within Tokyo and Osaka. */
const JP = ['ap-northeast-1', 'ap-northeast-3'] as const;
/** `au.` profiles: Sydney and Melbourne. */
const AU = ['ap-southeast-2', 'ap-southeast-4'] as const;
/** `ca.` profiles: Canada (Central) and Canada West. */
const CA = ['ca-central-1', 'ca-west-1'] as const;

/** A profile whose requests stay inside the regions it can be called from. */
const route = (prefix: ProfilePrefix, regions: readonly string[]): InferenceProfileRoute => ({
  prefix,
  sourceRegions: regions,
  destinationRegions: regions,
});
const GLOBAL = route('global', ALL_COMMERCIAL);

// ---------------------------------------------------------------------------------------------------------------
// Anthropic

const CLAUDE_SONNET_4_6 = 'anthropic.claude-sonnet-4-6';
const CLAUDE_SONNET_4_5 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const CLAUDE_HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const CLAUDE_OPUS_4_6 = 'anthropic.claude-opus-4-6-v1';

type ClaudeFields = Omit<ModelEntry, 'provider' | 'kind' | 'toolUse' | 'streaming' | 'outputModalities' | 'sources'> &
  Partial<Pick<ModelEntry, 'sources'>>;
const claude = (entry: ClaudeFields): ModelEntry => ({
  provider: 'Anthropic',
  kind: 'chat',
  toolUse: true,
  streaming: true,
  outputModalities: ['TEXT'],
  sources: { model: CLAUDE_TABLE, regions: MODELS_REGIONS, profiles: CLAUDE_TABLE, lifecycle: LIFECYCLE },
  ...entry,
});
const TEXT_IMAGE = ['TEXT', 'IMAGE'] as const;

const ANTHROPIC: readonly ModelEntry[] = [
  claude({
    id: CLAUDE_SONNET_4_6,
    name: 'Claude Sonnet 4.6',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), GLOBAL],
    lifecycle: { status: 'active' },
    note: "Profiles only. Anthropic's table gives global/us/eu/jp and no apac.; region sets assumed equal to the other Claude 4.x profiles.",
  }),
  claude({
    id: CLAUDE_OPUS_4_6,
    name: 'Claude Opus 4.6',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), route('apac', APAC_8), GLOBAL],
    lifecycle: { status: 'active' },
    note: "Prefixes from Anthropic's Bedrock table; region sets assumed equal to the other Claude 4.x profiles.",
  }),
  claude({
    id: CLAUDE_HAIKU_4_5,
    name: 'Claude Haiku 4.5',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), route('au', AU), GLOBAL],
    lifecycle: { status: 'active' },
    sources: {
      model: card('anthropic-claude-haiku-4-5'),
      regions: MODELS_REGIONS,
      profiles: PROFILES,
      lifecycle: LIFECYCLE,
    },
    note: 'jp. (Tokyo, Osaka) and au. profiles from the inference-profiles page and a captured ListInferenceProfiles answer.',
  }),
  claude({
    id: 'anthropic.claude-opus-4-5-20251101-v1:0',
    name: 'Claude Opus 4.5',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), GLOBAL],
    lifecycle: { status: 'active' },
    sources: {
      model: card('anthropic-claude-opus-4-5'),
      regions: MODELS_REGIONS,
      profiles: CLAUDE_TABLE,
      lifecycle: LIFECYCLE,
    },
  }),
  claude({
    id: CLAUDE_SONNET_4_5,
    name: 'Claude Sonnet 4.5',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), route('au', AU), GLOBAL],
    lifecycle: {
      status: 'legacy',
      legacySince: '2026-10-08',
      endOfLife: '2027-04-08',
      replacement: CLAUDE_SONNET_4_6,
      disputed: {
        ja: 'ライフサイクルのページの 2026 年 10 月頃の版は 2026-10-08 からレガシー（提供終了 2027-04-08）とし、5 月頃の版は提供中としています。新しいアカウントで使えない可能性を重く見て、レガシーとして扱います。',
        en: 'One copy of the lifecycle page (about 2026-10) lists it as legacy since 2026-10-08 with EOL 2027-04-08; an older copy (about 2026-05) lists it as active. Taken as legacy: new accounts may not get it.',
      },
    },
  }),
  claude({
    id: 'anthropic.claude-opus-4-1-20250805-v1:0',
    name: 'Claude Opus 4.1',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    lifecycle: {
      status: 'legacy',
      legacySince: '2026-07-08',
      endOfLife: '2027-01-08',
      replacement: CLAUDE_OPUS_4_6,
      disputed: {
        ja: 'この日付はライフサイクルのページの 2026 年 10 月頃の版にだけあり、5 月頃の版は提供中としています。レガシーとして扱います。',
        en: 'Only the 2026-10 copy of the lifecycle page gives these dates; the 2026-05 copy lists it as active. Taken as legacy.',
      },
    },
  }),
  claude({
    id: 'anthropic.claude-sonnet-4-20250514-v1:0',
    name: 'Claude Sonnet 4',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('apac', APAC_8), GLOBAL],
    lifecycle: { status: 'legacy', endOfLife: '2026-10-14', replacement: CLAUDE_SONNET_4_6 },
  }),
  claude({
    id: 'anthropic.claude-opus-4-20250514-v1:0',
    name: 'Claude Opus 4',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    lifecycle: { status: 'legacy', endOfLife: '2026-05-31', replacement: CLAUDE_OPUS_4_6 },
  }),
  claude({
    id: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    name: 'Claude 3.7 Sonnet',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_3), route('eu', EU_4), route('apac', APAC_8)],
    lifecycle: { status: 'legacy', endOfLife: '2026-04-28', replacement: CLAUDE_SONNET_4_6 },
  }),
  claude({
    id: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
    name: 'Claude 3.5 Sonnet v2',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: ['us-west-2', 'ap-southeast-2'],
    profiles: [route('us', US_3), route('apac', APAC_7)],
    lifecycle: {
      status: 'legacy',
      endOfLife: '2026-03-01',
      endOfLifeByRegion: {
        'ap-northeast-1': '2026-07-30',
        'ap-northeast-3': '2026-07-30',
        'ap-south-2': '2026-07-30',
        'ap-southeast-2': '2026-07-30',
      },
      replacement: CLAUDE_SONNET_4_6,
    },
  }),
  claude({
    id: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    name: 'Claude 3.5 Sonnet',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'eu-central-1'],
    profiles: [route('us', US_3), route('eu', EU_3), route('apac', APAC_5)],
    lifecycle: {
      status: 'legacy',
      endOfLife: '2026-03-01',
      endOfLifeByRegion: { 'ap-northeast-1': '2026-07-30', 'ap-southeast-2': '2026-07-30' },
      replacement: CLAUDE_SONNET_4_6,
    },
  }),
  claude({
    id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    name: 'Claude 3.5 Haiku',
    inputModalities: ['TEXT'],
    onDemandRegions: ['us-west-2'],
    profiles: [route('us', US_3)],
    lifecycle: { status: 'legacy', endOfLife: '2026-06-19', replacement: CLAUDE_HAIKU_4_5 },
  }),
  claude({
    id: 'anthropic.claude-3-haiku-20240307-v1:0',
    name: 'Claude 3 Haiku',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [
      'us-east-1',
      'us-west-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-south-1',
      'ap-southeast-1',
      'ap-southeast-2',
      'ca-central-1',
      'eu-central-1',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'sa-east-1',
    ],
    profiles: [route('us', US_3), route('eu', EU_3), route('apac', APAC_5)],
    lifecycle: {
      status: 'legacy',
      endOfLife: '2026-09-10',
      replacement: CLAUDE_HAIKU_4_5,
      disputed: {
        ja: 'AWS は「一部のリージョンでレガシー」とし、リージョンを挙げずに提供終了日 2026-09-10 を示しています。この日付をすべてのリージョンに当てはめます。アカウントの答えが違えば doctor がそう報告します。',
        en: 'AWS marks it "Legacy (specific Regions)" with EOL 2026-09-10 without naming the regions; the date is applied everywhere. Doctor reports the account\'s own answer where it differs.',
      },
    },
  }),
  claude({
    // The model the Japanese setup guide puts in BEDROCK_MODEL_ID: kept so the config can name its replacement.
    id: 'anthropic.claude-3-sonnet-20240229-v1:0',
    name: 'Claude 3 Sonnet',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [
      'us-east-1',
      'us-west-2',
      'ap-south-1',
      'ap-southeast-2',
      'ca-central-1',
      'eu-central-1',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'sa-east-1',
    ],
    profiles: [route('us', US_3), route('eu', EU_3), route('apac', APAC_5)],
    lifecycle: { status: 'legacy', endOfLife: '2026-07-30', replacement: CLAUDE_SONNET_4_6 },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Amazon Nova

const NOVA_APAC = ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'] as const;
const NOVA_PROFILES = [route('us', US_3), route('eu', EU_6), route('apac', NOVA_APAC)];
const TEXT_IMAGE_VIDEO = ['TEXT', 'IMAGE', 'VIDEO'] as const;
const NOVA_SOURCES = {
  model: page('models-supported.html', '2026-10'),
  regions: MODELS_REGIONS,
  profiles: page('batch-inference-supported.html', '2026-10'),
  lifecycle: LIFECYCLE,
};

const nova = (
  fields: Pick<ModelEntry, 'id' | 'name' | 'inputModalities' | 'onDemandRegions' | 'profiles'> &
    Partial<Pick<ModelEntry, 'lifecycle' | 'sources' | 'note'>>,
): ModelEntry => ({
  provider: 'Amazon',
  kind: 'chat',
  toolUse: true,
  streaming: true,
  outputModalities: ['TEXT'],
  lifecycle: { status: 'active' },
  sources: NOVA_SOURCES,
  ...fields,
});

const AMAZON_CHAT: readonly ModelEntry[] = [
  nova({
    id: 'amazon.nova-2-lite-v1:0',
    name: 'Nova 2 Lite',
    inputModalities: TEXT_IMAGE_VIDEO,
    onDemandRegions: [],
    profiles: [route('us', US_3), GLOBAL],
    sources: {
      ...NOVA_SOURCES,
      model: { url: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/core-inference.html', read: READ },
      profiles: { url: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/core-inference.html', read: READ },
    },
    note: "The Nova 2 guide lists only global. and us. IDs. The us. region set is assumed to be the same as Nova's.",
  }),
  nova({
    id: 'amazon.nova-pro-v1:0',
    name: 'Nova Pro',
    inputModalities: TEXT_IMAGE_VIDEO,
    onDemandRegions: ['us-east-1', 'ap-southeast-2', 'ap-southeast-3', 'eu-west-2', 'me-central-1'],
    profiles: NOVA_PROFILES,
  }),
  nova({
    id: 'amazon.nova-lite-v1:0',
    name: 'Nova Lite',
    inputModalities: TEXT_IMAGE_VIDEO,
    onDemandRegions: [
      'us-east-1',
      'ap-northeast-1',
      'ap-southeast-2',
      'ap-southeast-3',
      'eu-north-1',
      'eu-west-2',
      'me-central-1',
    ],
    profiles: [...NOVA_PROFILES, route('ca', CA)],
    note: 'ca.amazon.nova-lite-v1:0 seen in a ListInferenceProfiles answer; its region set (Canada Central and West) is assumed.',
  }),
  nova({
    id: 'amazon.nova-micro-v1:0',
    name: 'Nova Micro',
    inputModalities: ['TEXT'],
    onDemandRegions: ['us-east-1', 'ap-southeast-2', 'eu-west-2'],
    profiles: NOVA_PROFILES,
  }),
  nova({
    id: 'amazon.nova-premier-v1:0',
    name: 'Nova Premier',
    inputModalities: TEXT_IMAGE_VIDEO,
    onDemandRegions: [],
    profiles: [route('us', US_3)],
    lifecycle: {
      status: 'legacy',
      legacySince: '2026-03-13',
      endOfLife: '2026-09-14',
      replacement: 'amazon.nova-2-lite-v1:0',
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Other text models Converse serves (Meta, Mistral AI, Cohere, DeepSeek, OpenAI open-weight)

const other = (
  fields: Pick<ModelEntry, 'id' | 'provider' | 'name' | 'onDemandRegions' | 'profiles' | 'sources'> &
    Partial<Pick<ModelEntry, 'inputModalities' | 'toolUse' | 'lifecycle' | 'note'>>,
): ModelEntry => ({
  kind: 'chat',
  toolUse: true,
  streaming: true,
  inputModalities: ['TEXT'],
  outputModalities: ['TEXT'],
  lifecycle: { status: 'active' },
  ...fields,
});

const META_SOURCES = { model: page('model-parameters-meta.html'), regions: MODELS_REGIONS, profiles: PROFILES };
const MISTRAL_SOURCES = { model: page('model-parameters-mistral.html'), regions: MODELS_REGIONS, profiles: PROFILES };
const COHERE_SOURCES = { model: page('model-parameters-cohere-command-r-plus.html'), regions: MODELS_REGIONS };
const DEEPSEEK_MODEL = page('model-parameters-deepseek.html');
const OPENAI_MODEL = page('model-parameters-openai.html');

const OTHER_CHAT: readonly ModelEntry[] = [
  other({
    id: 'meta.llama4-maverick-17b-instruct-v1:0',
    provider: 'Meta',
    name: 'Llama 4 Maverick 17B Instruct',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    sources: { ...META_SOURCES, lifecycle: LIFECYCLE },
    note: 'Profile only (us.); the us. region set is assumed.',
  }),
  other({
    id: 'meta.llama4-scout-17b-instruct-v1:0',
    provider: 'Meta',
    name: 'Llama 4 Scout 17B Instruct',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    sources: { ...META_SOURCES, lifecycle: LIFECYCLE },
    note: 'Profile only (us.); the us. region set is assumed.',
  }),
  other({
    id: 'meta.llama3-3-70b-instruct-v1:0',
    provider: 'Meta',
    name: 'Llama 3.3 70B Instruct',
    onDemandRegions: ['us-east-2'],
    profiles: [route('us', US_3)],
    sources: { ...META_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'meta.llama3-1-70b-instruct-v1:0',
    provider: 'Meta',
    name: 'Llama 3.1 70B Instruct',
    onDemandRegions: ['us-west-2'],
    profiles: [route('us', US_3)],
    sources: { ...META_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'meta.llama3-1-8b-instruct-v1:0',
    provider: 'Meta',
    name: 'Llama 3.1 8B Instruct',
    onDemandRegions: ['us-west-2'],
    profiles: [route('us', US_3)],
    sources: { ...META_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'mistral.pixtral-large-2502-v1:0',
    provider: 'Mistral AI',
    name: 'Pixtral Large (25.02)',
    inputModalities: TEXT_IMAGE,
    onDemandRegions: [],
    profiles: [route('us', US_3), route('eu', EU_4)],
    sources: { ...MISTRAL_SOURCES, lifecycle: LIFECYCLE },
    note: 'Profiles only (us., eu.); region sets assumed.',
  }),
  other({
    id: 'mistral.mistral-large-2402-v1:0',
    provider: 'Mistral AI',
    name: 'Mistral Large (24.02)',
    onDemandRegions: ['us-east-1', 'us-west-2', 'eu-west-3'],
    profiles: [],
    sources: { ...MISTRAL_SOURCES, lifecycle: LIFECYCLE },
    note: 'In-Region list limited to the regions the stored copy showed; AWS may list more.',
  }),
  other({
    id: 'mistral.mistral-small-2402-v1:0',
    provider: 'Mistral AI',
    name: 'Mistral Small (24.02)',
    onDemandRegions: ['us-east-1'],
    profiles: [],
    sources: { ...MISTRAL_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'cohere.command-r-plus-v1:0',
    provider: 'Cohere',
    name: 'Command R+',
    onDemandRegions: ['us-east-1', 'us-west-2'],
    profiles: [],
    sources: { ...COHERE_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'cohere.command-r-v1:0',
    provider: 'Cohere',
    name: 'Command R',
    onDemandRegions: ['us-east-1', 'us-west-2'],
    profiles: [],
    sources: { ...COHERE_SOURCES, lifecycle: LIFECYCLE },
  }),
  other({
    id: 'deepseek.v3-v1:0',
    provider: 'DeepSeek',
    name: 'DeepSeek-V3.1',
    onDemandRegions: ['us-west-2', 'ap-northeast-1', 'ap-south-1', 'eu-north-1', 'eu-west-2'],
    profiles: [],
    sources: { model: DEEPSEEK_MODEL, regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'In-Region only (no profile). The region list is the launch list; AWS may have added regions since.',
  }),
  other({
    id: 'deepseek.r1-v1:0',
    provider: 'DeepSeek',
    name: 'DeepSeek-R1',
    toolUse: false,
    onDemandRegions: [],
    profiles: [route('us', US_3)],
    sources: { model: DEEPSEEK_MODEL, regions: MODELS_REGIONS, profiles: DEEPSEEK_MODEL, lifecycle: LIFECYCLE },
    note: 'AWS: "invoked through cross-Region inference", e.g. us.deepseek.r1-v1:0. No tool use in Converse.',
  }),
  other({
    id: 'openai.gpt-oss-120b-1:0',
    provider: 'OpenAI',
    name: 'gpt-oss-120b',
    onDemandRegions: ['us-west-2'],
    profiles: [],
    sources: { model: OPENAI_MODEL, regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'Launched in us-west-2 only, without cross-Region profiles; AWS may have added regions since (doctor asks the account).',
  }),
  other({
    id: 'openai.gpt-oss-20b-1:0',
    provider: 'OpenAI',
    name: 'gpt-oss-20b',
    onDemandRegions: ['us-west-2'],
    profiles: [],
    sources: { model: OPENAI_MODEL, regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'Launched in us-west-2 only, without cross-Region profiles; AWS may have added regions since (doctor asks the account).',
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Embeddings

const TITAN_EMBED_V2 = 'amazon.titan-embed-text-v2:0';
const TITAN_EMBED_PARAMS = page('model-parameters-titan-embed-text.html');
const COHERE_EMBED_V3_REGIONS = [
  'us-east-1',
  'us-west-2',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'ap-northeast-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

const embedding = (
  fields: Pick<ModelEntry, 'id' | 'provider' | 'name' | 'embedding' | 'onDemandRegions' | 'sources'> &
    Partial<Pick<ModelEntry, 'inputModalities' | 'profiles' | 'note'>>,
): ModelEntry => ({
  kind: 'embedding',
  streaming: false,
  inputModalities: ['TEXT'],
  outputModalities: ['EMBEDDING'],
  profiles: [],
  lifecycle: { status: 'active' },
  ...fields,
});

const EMBEDDINGS: readonly ModelEntry[] = [
  embedding({
    id: TITAN_EMBED_V2,
    provider: 'Amazon',
    name: 'Titan Text Embeddings V2',
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024, 512, 256] },
    onDemandRegions: [
      'us-east-1',
      'us-east-2',
      'us-west-2',
      'ca-central-1',
      'eu-central-1',
      'eu-central-2',
      'eu-north-1',
      'eu-south-1',
      'eu-south-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-northeast-3',
      'ap-south-1',
      'ap-south-2',
      'ap-southeast-2',
      'sa-east-1',
    ],
    sources: { model: TITAN_EMBED_PARAMS, regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'Not on demand in ap-southeast-1 (Singapore); on demand in Osaka, Hyderabad, Milan and Spain.',
  }),
  embedding({
    id: 'amazon.titan-embed-text-v1',
    provider: 'Amazon',
    name: 'Titan Embeddings G1 - Text',
    embedding: { defaultDimensions: 1536, allowedDimensions: [1536] },
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'eu-central-1'],
    sources: { model: TITAN_EMBED_PARAMS, regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'The guide names this model: its 1536-dimension vectors do not fit a vector(1024) column made for Titan V2.',
  }),
  embedding({
    id: 'cohere.embed-english-v3',
    provider: 'Cohere',
    name: 'Embed English',
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024] },
    onDemandRegions: COHERE_EMBED_V3_REGIONS,
    sources: { model: card('cohere-embed-english'), regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'The model card lists no geo or global inference ID.',
  }),
  embedding({
    id: 'cohere.embed-multilingual-v3',
    provider: 'Cohere',
    name: 'Embed Multilingual',
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024] },
    onDemandRegions: COHERE_EMBED_V3_REGIONS,
    sources: { model: card('cohere-embed-multilingual'), regions: MODELS_REGIONS, lifecycle: LIFECYCLE },
    note: 'The model card says "Not supported" for geo and global inference IDs.',
  }),
  embedding({
    id: 'cohere.embed-v4:0',
    provider: 'Cohere',
    name: 'Embed v4',
    embedding: { defaultDimensions: 1536, allowedDimensions: [1536, 1024, 512, 256] },
    inputModalities: TEXT_IMAGE,
    onDemandRegions: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
    profiles: [route('us', US_4), route('eu', EU_6), GLOBAL],
    sources: {
      model: card('cohere-embed-v4'),
      regions: MODELS_REGIONS,
      profiles: card('cohere-embed-v4'),
      lifecycle: LIFECYCLE,
    },
    note: 'The card lists us., eu. and global. IDs. The output_dimension sizes are from Cohere, not from an AWS page.',
  }),
];

export const MODELS: readonly ModelEntry[] = [...ANTHROPIC, ...AMAZON_CHAT, ...OTHER_CHAT, ...EMBEDDINGS];

/** Chat models tried in order for the default: current Claude with tool use first, Nova where Claude cannot go. */
export const DEFAULT_CHAT_CANDIDATES: readonly string[] = [
  CLAUDE_SONNET_4_6,
  CLAUDE_HAIKU_4_5,
  'amazon.nova-pro-v1:0',
  'amazon.nova-2-lite-v1:0',
];
/** Titan Text Embeddings V2 (1024 dimensions by default), which the samples' vector(1024) column expects. */
export const DEFAULT_EMBEDDING_MODEL = TITAN_EMBED_V2;

/**
 * Models AWS lists that the catalog leaves out on purpose, with the reason (shown on the guide's model page).
 */
export const EXCLUDED_MODELS: readonly {
  id: string;
  name: string;
  reason: { ja: string; en: string };
  source: Source;
}[] = [
  {
    id: 'anthropic.claude-opus-4-7',
    name: 'Claude Opus 4.7',
    reason: {
      ja: 'Anthropic によれば、bedrock-runtime の InvokeModel と Messages API のエンドポイントで呼び出すモデルで、ARN 形式のバージョン付きモデル ID がありません。サンプルは Converse を使うため、カタログには含めていません。',
      en: 'Anthropic: reachable through InvokeModel on bedrock-runtime and the Messages-API endpoint, without an ARN-versioned model ID; the samples use Converse, so the catalog leaves it out.',
    },
    source: CLAUDE_TABLE,
  },
];

/**
 * Providers whose models AWS sells through AWS Marketplace: the first call in an account subscribes to the model, and
 * that call needs aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions. "Amazon, DeepSeek, Mistral AI,
 * Meta, Qwen, and OpenAI don't require AWS Marketplace permissions" (AWS re:Post knowledge center, below); Cohere's
 * Command R/R+ and Embed carry Marketplace product IDs on the model-access-permissions page.
 */
export const MARKETPLACE_PROVIDERS: readonly string[] = ['Anthropic', 'Cohere'];
export const MARKETPLACE_SOURCES: readonly Source[] = [
  page('model-access-permissions.html'),
  { url: 'https://repost.aws/knowledge-center/bedrock-resolve-marketplace-permission', read: READ },
];

/** Changes of AWS's lifecycle policy that the guide must describe. */
export const LIFECYCLE_POLICY = {
  source: LIFECYCLE,
  /** Models launched before this day: at least 12 months active, then at least 6 months legacy before EOL. */
  oldRulesUntil: '2026-09-07',
  /** Models with an EOL after this day enter public extended access (higher prices) after 3 months of legacy. */
  extendedAccessAfter: '2026-02-01',
};
