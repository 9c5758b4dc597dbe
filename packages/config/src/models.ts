// The Amazon Bedrock model catalog shared by @repo/config, the emulator, doctor, the IAM policy builder and the docs.
// Pure data and pure functions: no Node built-ins, so it runs in the browser too.
//
// CATALOG_DATE is the date the sources below were read. Bedrock changes often: when a fact here disagrees with
// the console or `aws bedrock list-inference-profiles`, the live service wins and this file should be updated.
//
// Sources (AWS first; Anthropic's Bedrock table where AWS pages could not be read in full):
// - Supported foundation models / model cards:   https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html
// - Model cards (per-model IDs, profiles, EOL):   https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards.html
// - Inference profiles (source/destination):      https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html
// - Model lifecycle (legacy / EOL):               https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html
// - Regions with the bedrock-runtime endpoint:    https://docs.aws.amazon.com/bedrock/latest/userguide/endpoints-region-availability.html
// - Endpoints and quotas (control plane regions): https://docs.aws.amazon.com/general/latest/gr/bedrock.html
// - Batch inference regions (Nova profile list):  https://docs.aws.amazon.com/bedrock/latest/userguide/batch-inference-supported.html
// - Titan Text Embeddings parameters:             https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html
// - Cohere Embed v4 model card:                    https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-cohere-embed-v4.html
// - Cross-Region profile geographies (CDK enum):  https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-bedrock-alpha.CrossRegionInferenceProfileRegion.html
// - Claude model IDs and profile prefixes on Bedrock (Anthropic):
//   https://platform.claude.com/docs/en/build-with-claude/claude-on-amazon-bedrock
//
// How far each fact was checked: model IDs, prefixes per model (Anthropic's Bedrock table, AWS model cards), lifecycle
// states and the dates given, Titan/Cohere dimensions and the region list were read from the pages above. The stored
// copies of the long AWS tables (per-profile source/destination regions, per-model in-Region lists) could only be
// read in part; the region sets below follow those tables as AWS has published them and carry a `note` where an
// entry rests on an assumption. Re-check them first when a user reports a region mismatch.
//
// Conservative choices where the sources are silent or disagree (each is repeated next to the entry):
// - A profile prefix is listed only when a source names it for that model. Listing a profile that does not exist
//   would make the config suggest an ID that fails; leaving one out only makes the suggestion less local.
// - Source regions of a geography profile are used as its destination regions too. AWS routes some profiles to a
//   subset depending on the caller's region; the union is what an IAM policy has to allow.
// - `global.` profiles: AWS documents the destinations as "all commercial Regions"; we also accept every commercial
//   Bedrock region as a source, and `profileIdFor` picks `global.` only when no geography profile fits.
// - No `ca.` or `us-gov.` profile is listed: none of the sources above documents one for these models, and GovCloud
//   is outside this catalog (commercial regions only).

export type ModelKind = 'chat' | 'embedding';
export type ProfilePrefix = 'us' | 'eu' | 'apac' | 'jp' | 'au' | 'ca' | 'global' | 'us-gov';

export interface InferenceProfileRoute {
  /** `us` -> profile ID `us.<model id>`. */
  prefix: ProfilePrefix;
  /** Regions you can call this profile from (source regions). */
  sourceRegions: readonly string[];
  /** Regions requests may be routed to (for IAM policy resources). */
  destinationRegions: readonly string[];
}

export interface ModelEntry {
  /** Base model ID, e.g. `anthropic.claude-sonnet-4-5-20250929-v1:0`. */
  id: string;
  provider: string;
  name: string;
  kind: ModelKind;
  /** Chat models: whether Converse tool use is supported. */
  toolUse?: boolean;
  streaming: boolean;
  /** Embedding models: the default vector size and the sizes a request may ask for. */
  embedding?: { defaultDimensions: number; allowedDimensions: readonly number[] };
  /** Regions where the base ID may be invoked on demand (no profile needed). */
  onDemandRegions: readonly string[];
  /** Cross-region inference profiles that contain this model. */
  profiles: readonly InferenceProfileRoute[];
  lifecycle: {
    status: 'active' | 'legacy';
    /** ISO dates where AWS documents them. */
    legacySince?: string;
    endOfLife?: string;
    /** Suggested replacement model ID (base ID). */
    replacement?: string;
  };
  /** The AWS documentation page this entry is grounded in. */
  source: string;
  /** Input modalities as ListFoundationModels reports them (output is TEXT for chat, EMBEDDING for embeddings). */
  inputModalities?: readonly ('TEXT' | 'IMAGE' | 'VIDEO')[];
  /** Where the sources are silent or disagree, what we assumed (shown by the docs site). */
  note?: string;
}

export interface BedrockRegion {
  code: string;
  name: { ja: string; en: string };
  /** Geography, as the docs site groups regions. */
  geography: 'us' | 'ca' | 'eu' | 'apac' | 'me' | 'sa' | 'af';
}

export const CATALOG_DATE = '2026-11-24';

const AWS_DOCS = 'https://docs.aws.amazon.com/bedrock/latest/userguide';
const modelCard = (slug: string): string => `${AWS_DOCS}/model-card-${slug}.html`;
const CLAUDE_ON_BEDROCK = 'https://platform.claude.com/docs/en/build-with-claude/claude-on-amazon-bedrock';

// Commercial regions with the bedrock-runtime endpoint ("Regional availability by endpoints", read 2026-11-24).
// The Middle East rows of that page were not captured in full; me-central-1, me-south-1 and il-central-1 are kept
// so that a real region is not reported as wrong, and are the first candidates to re-check.
export const BEDROCK_REGIONS: readonly BedrockRegion[] = [
  { code: 'us-east-1', geography: 'us', name: { ja: '米国東部 (バージニア北部)', en: 'US East (N. Virginia)' } },
  { code: 'us-east-2', geography: 'us', name: { ja: '米国東部 (オハイオ)', en: 'US East (Ohio)' } },
  { code: 'us-west-1', geography: 'us', name: { ja: '米国西部 (北カリフォルニア)', en: 'US West (N. California)' } },
  { code: 'us-west-2', geography: 'us', name: { ja: '米国西部 (オレゴン)', en: 'US West (Oregon)' } },
  { code: 'ca-central-1', geography: 'ca', name: { ja: 'カナダ (中部)', en: 'Canada (Central)' } },
  { code: 'ca-west-1', geography: 'ca', name: { ja: 'カナダ西部 (カルガリー)', en: 'Canada West (Calgary)' } },
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

// Region sets as the inference-profile tables list them. Named by geography and size so entries stay readable.
const US_3 = ['us-east-1', 'us-east-2', 'us-west-2'] as const;
const US_4 = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'] as const;
const EU_3 = ['eu-central-1', 'eu-west-1', 'eu-west-3'] as const;
const EU_4 = ['eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-3'] as const;
const EU_6 = ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'] as const;
const APAC_5 = ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'] as const;
const APAC_7 = [...APAC_5, 'ap-northeast-3', 'ap-south-2'] as const;
const APAC_8 = [...APAC_7, 'ap-southeast-4'] as const;
const JP = ['ap-northeast-1', 'ap-northeast-3'] as const;
const AU = ['ap-southeast-2', 'ap-southeast-4'] as const;

/** A profile whose requests stay inside the regions it can be called from. */
const route = (prefix: ProfilePrefix, regions: readonly string[]): InferenceProfileRoute => ({
  prefix,
  sourceRegions: regions,
  destinationRegions: regions,
});
const GLOBAL = route('global', ALL_COMMERCIAL);

const CLAUDE_SONNET_4_5 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const CLAUDE_HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const TITAN_EMBED_V2 = 'amazon.titan-embed-text-v2:0';

const claude = (
  entry: Omit<ModelEntry, 'provider' | 'kind' | 'toolUse' | 'streaming'> & Partial<Pick<ModelEntry, 'toolUse'>>,
): ModelEntry => ({
  provider: 'Anthropic',
  kind: 'chat',
  toolUse: true,
  streaming: true,
  inputModalities: ['TEXT', 'IMAGE'],
  ...entry,
});

const ANTHROPIC: readonly ModelEntry[] = [
  claude({
    id: CLAUDE_SONNET_4_5,
    name: 'Claude Sonnet 4.5',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), route('au', AU), GLOBAL],
    lifecycle: { status: 'active' },
    source: modelCard('anthropic-claude-sonnet-4-5'),
    note: "Profiles only. Anthropic's table gives global/us/eu/jp; it has no au column, au. follows AWS's Australia profiles (AU is a documented geography).",
  }),
  claude({
    id: 'anthropic.claude-sonnet-4-6',
    name: 'Claude Sonnet 4.6',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), GLOBAL],
    lifecycle: { status: 'active' },
    source: CLAUDE_ON_BEDROCK,
    note: "Prefixes from Anthropic's Bedrock table (no apac.); region sets assumed equal to Claude Sonnet 4.5's.",
  }),
  claude({
    id: 'anthropic.claude-sonnet-4-20250514-v1:0',
    name: 'Claude Sonnet 4',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('apac', APAC_8), GLOBAL],
    lifecycle: { status: 'legacy', replacement: CLAUDE_SONNET_4_5 },
    source: modelCard('anthropic-claude-sonnet-4'),
    note: "Marked deprecated in Anthropic's Bedrock table; no Bedrock EOL date found, so none is given.",
  }),
  claude({
    id: 'anthropic.claude-opus-4-6-v1',
    name: 'Claude Opus 4.6',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), route('jp', JP), route('apac', APAC_8), GLOBAL],
    lifecycle: { status: 'active' },
    source: CLAUDE_ON_BEDROCK,
    note: "Prefixes from Anthropic's Bedrock table; region sets assumed equal to the other Claude 4.x profiles.",
  }),
  claude({
    id: 'anthropic.claude-opus-4-5-20251101-v1:0',
    name: 'Claude Opus 4.5',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), GLOBAL],
    lifecycle: { status: 'active' },
    source: modelCard('anthropic-claude-opus-4-5'),
  }),
  claude({
    id: 'anthropic.claude-opus-4-1-20250805-v1:0',
    name: 'Claude Opus 4.1',
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    lifecycle: { status: 'active' },
    source: modelCard('anthropic-claude-opus-4-1'),
  }),
  claude({
    id: 'anthropic.claude-opus-4-20250514-v1:0',
    name: 'Claude Opus 4',
    onDemandRegions: [],
    profiles: [route('us', US_4)],
    lifecycle: { status: 'legacy', replacement: 'anthropic.claude-opus-4-1-20250805-v1:0' },
    source: modelCard('anthropic-claude-opus-4'),
    note: 'Anthropic retired Opus 4 on its own API on 2026-06-15; Bedrock sets its own dates and none was found, so it is only marked legacy.',
  }),
  claude({
    id: CLAUDE_HAIKU_4_5,
    name: 'Claude Haiku 4.5',
    onDemandRegions: [],
    profiles: [route('us', US_4), route('eu', EU_6), GLOBAL],
    lifecycle: { status: 'active' },
    source: modelCard('anthropic-claude-haiku-4-5'),
    note: "Anthropic's Bedrock table lists no jp. profile and the AWS card could not be read past eu.; jp./au. are left out, so Tokyo gets global.",
  }),
  claude({
    id: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    name: 'Claude 3.7 Sonnet',
    onDemandRegions: [],
    profiles: [route('us', US_3), route('eu', EU_4), route('apac', APAC_8)],
    lifecycle: { status: 'legacy', replacement: CLAUDE_SONNET_4_5 },
    source: modelCard('anthropic-claude-3-7-sonnet'),
    note: 'Deprecated by Anthropic (retired on its API 2026-02-19). Bedrock EOL not confirmed from an AWS page.',
  }),
  claude({
    id: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
    name: 'Claude 3.5 Sonnet v2',
    onDemandRegions: ['us-west-2'],
    profiles: [route('us', US_3), route('apac', APAC_7)],
    lifecycle: { status: 'legacy', replacement: CLAUDE_SONNET_4_5 },
    source: modelCard('anthropic-claude-3-5-sonnet-v2'),
    note: 'In-Region on demand only in us-west-2 as far as the tables show; elsewhere the base ID fails with "on-demand throughput isn\'t supported".',
  }),
  claude({
    id: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    name: 'Claude 3.5 Sonnet',
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'eu-central-1'],
    profiles: [route('us', US_3), route('eu', EU_3), route('apac', APAC_5)],
    lifecycle: { status: 'legacy', replacement: CLAUDE_SONNET_4_5 },
    source: modelCard('anthropic-claude-3-5-sonnet'),
  }),
  claude({
    id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    name: 'Claude 3.5 Haiku',
    onDemandRegions: ['us-west-2'],
    profiles: [route('us', US_3)],
    lifecycle: { status: 'legacy', endOfLife: '2026-06-19', replacement: CLAUDE_HAIKU_4_5 },
    inputModalities: ['TEXT'],
    source: modelCard('anthropic-claude-3-5-haiku'),
  }),
  claude({
    id: 'anthropic.claude-3-haiku-20240307-v1:0',
    name: 'Claude 3 Haiku',
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
    lifecycle: { status: 'legacy', endOfLife: '2026-09-10', replacement: CLAUDE_HAIKU_4_5 },
    source: modelCard('anthropic-claude-3-haiku'),
    note: 'AWS marks it "Legacy (specific Regions)" with EOL 2026-09-10; the catalog applies that date everywhere.',
  }),
  claude({
    // The model the Japanese setup guide puts in BEDROCK_MODEL_ID.
    id: 'anthropic.claude-3-sonnet-20240229-v1:0',
    name: 'Claude 3 Sonnet',
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
    lifecycle: { status: 'legacy', replacement: CLAUDE_SONNET_4_5 },
    source: `${AWS_DOCS}/model-lifecycle.html`,
    note: 'Anthropic deprecated it on 2025-01-21 and retired it on its own API on 2025-07-21; its Bedrock dates were not readable. Kept so the config can name the replacement.',
  }),
];

const nova = (
  id: string,
  name: string,
  profiles: readonly InferenceProfileRoute[],
  onDemand: readonly string[],
  inputModalities: ModelEntry['inputModalities'],
  source = `${AWS_DOCS}/batch-inference-supported.html`,
): ModelEntry => ({
  id,
  provider: 'Amazon',
  name,
  kind: 'chat',
  toolUse: true,
  streaming: true,
  onDemandRegions: onDemand,
  profiles,
  lifecycle: { status: 'active' },
  inputModalities,
  source,
});

// Nova Micro/Lite/Pro: in-Region only in us-east-1 among commercial regions (the lifecycle table marks us-east-2 and
// us-west-2 as cross-Region only); the profile regions are the ones the batch-inference table lists
// ("Regions supporting inference profile"), split by geography.
const NOVA_APAC = ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'] as const;
const NOVA_PROFILES = [route('us', US_3), route('eu', EU_6), route('apac', NOVA_APAC)];
const TEXT_IMAGE_VIDEO = ['TEXT', 'IMAGE', 'VIDEO'] as const;

const AMAZON_CHAT: readonly ModelEntry[] = [
  nova('amazon.nova-micro-v1:0', 'Nova Micro', NOVA_PROFILES, ['us-east-1'], ['TEXT']),
  nova('amazon.nova-lite-v1:0', 'Nova Lite', NOVA_PROFILES, ['us-east-1'], TEXT_IMAGE_VIDEO),
  nova('amazon.nova-pro-v1:0', 'Nova Pro', NOVA_PROFILES, ['us-east-1'], TEXT_IMAGE_VIDEO),
  nova('amazon.nova-premier-v1:0', 'Nova Premier', [route('us', US_3)], [], TEXT_IMAGE_VIDEO),
  {
    ...nova(
      'amazon.nova-2-lite-v1:0',
      'Nova 2 Lite',
      [route('us', US_3), GLOBAL],
      [],
      TEXT_IMAGE_VIDEO,
      'https://docs.aws.amazon.com/nova/latest/nova2-userguide/core-inference.html',
    ),
    note: "The Nova 2 guide lists only global. and us. IDs. The us. region set is assumed to be the same as Nova's.",
  },
];

const EMBEDDINGS: readonly ModelEntry[] = [
  {
    id: TITAN_EMBED_V2,
    provider: 'Amazon',
    name: 'Titan Text Embeddings V2',
    kind: 'embedding',
    streaming: false,
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024, 512, 256] },
    inputModalities: ['TEXT'],
    onDemandRegions: [
      'us-east-1',
      'us-east-2',
      'us-west-2',
      'ca-central-1',
      'eu-central-1',
      'eu-central-2',
      'eu-north-1',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-south-1',
      'ap-southeast-1',
      'ap-southeast-2',
      'sa-east-1',
    ],
    profiles: [],
    lifecycle: { status: 'active' },
    source: `${AWS_DOCS}/model-parameters-titan-embed-text.html`,
    note: 'Dimensions from the parameters page (1024 default, 512, 256). The in-Region list is not exhaustive; Tokyo is in it.',
  },
  {
    id: 'amazon.titan-embed-text-v1',
    provider: 'Amazon',
    name: 'Titan Embeddings G1 - Text',
    kind: 'embedding',
    streaming: false,
    embedding: { defaultDimensions: 1536, allowedDimensions: [1536] },
    inputModalities: ['TEXT'],
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'eu-central-1'],
    profiles: [],
    lifecycle: { status: 'active' },
    source: `${AWS_DOCS}/model-parameters-titan-embed-text.html`,
    note: 'The guide names this model: its 1536-dimension vectors do not fit a vector(1024) column made for Titan V2.',
  },
  {
    id: 'cohere.embed-english-v3',
    provider: 'Cohere',
    name: 'Embed English',
    kind: 'embedding',
    streaming: false,
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024] },
    inputModalities: ['TEXT'],
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'ap-south-1', 'ap-southeast-1', 'ca-central-1'],
    profiles: [],
    lifecycle: { status: 'active' },
    source: modelCard('cohere-embed-english'),
    note: 'The model card lists no geo or global inference ID.',
  },
  {
    id: 'cohere.embed-multilingual-v3',
    provider: 'Cohere',
    name: 'Embed Multilingual',
    kind: 'embedding',
    streaming: false,
    embedding: { defaultDimensions: 1024, allowedDimensions: [1024] },
    inputModalities: ['TEXT'],
    onDemandRegions: ['us-east-1', 'us-west-2', 'ap-northeast-1', 'ap-south-1', 'ap-southeast-1', 'ca-central-1'],
    profiles: [],
    lifecycle: { status: 'active' },
    source: modelCard('cohere-embed-multilingual'),
    note: 'The model card says "Not supported" for geo and global inference IDs.',
  },
  {
    id: 'cohere.embed-v4:0',
    provider: 'Cohere',
    name: 'Embed v4',
    kind: 'embedding',
    streaming: false,
    embedding: { defaultDimensions: 1536, allowedDimensions: [1536, 1024, 512, 256] },
    inputModalities: ['TEXT', 'IMAGE'],
    onDemandRegions: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
    profiles: [route('us', US_4), route('eu', EU_6), GLOBAL],
    lifecycle: { status: 'active' },
    source: modelCard('cohere-embed-v4'),
    note: 'The card lists us., eu. and global. IDs. The in-Region list and the output_dimension sizes (from Cohere) are not from an AWS page.',
  },
];

const meta = (id: string, name: string, onDemand: readonly string[]): ModelEntry => ({
  id,
  provider: 'Meta',
  name,
  kind: 'chat',
  toolUse: true,
  streaming: true,
  onDemandRegions: onDemand,
  profiles: [route('us', US_3)],
  lifecycle: { status: 'active' },
  inputModalities: ['TEXT'],
  source: `${AWS_DOCS}/inference-profiles-support.html`,
});

const META: readonly ModelEntry[] = [
  meta('meta.llama3-3-70b-instruct-v1:0', 'Llama 3.3 70B Instruct', []),
  meta('meta.llama3-1-70b-instruct-v1:0', 'Llama 3.1 70B Instruct', ['us-west-2']),
  meta('meta.llama3-1-8b-instruct-v1:0', 'Llama 3.1 8B Instruct', ['us-west-2']),
];

export const MODELS: readonly ModelEntry[] = [...ANTHROPIC, ...AMAZON_CHAT, ...EMBEDDINGS, ...META];

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
const REGION_CODES = new Set(ALL_COMMERCIAL);

export function findModel(baseId: string): ModelEntry | undefined {
  return MODELS_BY_ID.get(baseId);
}

export function isBedrockRegion(code: string): boolean {
  return REGION_CODES.has(code);
}

export function findRegion(code: string): BedrockRegion | undefined {
  return BEDROCK_REGIONS.find((region) => region.code === code);
}

export function chatModels(): readonly ModelEntry[] {
  return MODELS.filter((model) => model.kind === 'chat');
}

export function embeddingModels(): readonly ModelEntry[] {
  return MODELS.filter((model) => model.kind === 'embedding');
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

/** Chat models tried in order for the default: current Claude with tool use, then older ones with wider coverage. */
const DEFAULT_CHAT_CANDIDATES = [CLAUDE_SONNET_4_5, CLAUDE_HAIKU_4_5, 'amazon.nova-pro-v1:0'] as const;

/**
 * The chat model the samples use in `region`, already in the form that region needs (profile ID or base ID).
 * Falls back to the `us.` Claude Sonnet 4.5 profile when nothing in the catalog is callable from the region.
 */
export function defaultChatModelId(region: string): string {
  for (const candidate of DEFAULT_CHAT_CANDIDATES) {
    const id = invocableIdFor(candidate, region);
    if (id) return id;
  }
  return `us.${CLAUDE_SONNET_4_5}`;
}

/** Titan Text Embeddings V2 (1024 dimensions by default), which the samples' vector(1024) column expects. */
export function defaultEmbeddingModelId(): string {
  return TITAN_EMBED_V2;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for the emulator, doctor and the IAM policy builder

export interface InferenceProfileSummary {
  /** `jp.anthropic.claude-sonnet-4-5-20250929-v1:0` */
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

/** Lifecycle state on a given day: a legacy model whose EOL date has passed is `end-of-life`. */
export function lifecycleOn(model: ModelEntry, isoDate: string = CATALOG_DATE): 'active' | 'legacy' | 'end-of-life' {
  if (model.lifecycle.status === 'active') return 'active';
  const eol = model.lifecycle.endOfLife;
  return eol !== undefined && eol <= isoDate ? 'end-of-life' : 'legacy';
}

export function foundationModelArn(region: string, modelId: string): string {
  return `arn:aws:bedrock:${region}::foundation-model/${modelId}`;
}

export function inferenceProfileArn(region: string, accountId: string, profileId: string): string {
  return `arn:aws:bedrock:${region}:${accountId}:inference-profile/${profileId}`;
}

/**
 * A model as ListFoundationModels / GetFoundationModel describe it when called in `region`. `INFERENCE_PROFILE`
 * marks models that are reachable there only through a profile, which is how Bedrock reports profile-only models.
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
  modelLifecycle: { status: 'ACTIVE' | 'LEGACY' };
}

export function foundationModelSummary(model: ModelEntry, region: string): FoundationModelSummary {
  const inferenceTypes: ('ON_DEMAND' | 'INFERENCE_PROFILE')[] = [];
  if (model.onDemandRegions.includes(region)) inferenceTypes.push('ON_DEMAND');
  if (model.profiles.some((profile) => profile.sourceRegions.includes(region)))
    inferenceTypes.push('INFERENCE_PROFILE');
  return {
    modelArn: foundationModelArn(region, model.id),
    modelId: model.id,
    modelName: model.name,
    providerName: model.provider,
    inputModalities: model.inputModalities ?? ['TEXT'],
    outputModalities: [model.kind === 'embedding' ? 'EMBEDDING' : 'TEXT'],
    responseStreamingSupported: model.streaming,
    customizationsSupported: [],
    inferenceTypesSupported: inferenceTypes,
    modelLifecycle: { status: model.lifecycle.status === 'active' ? 'ACTIVE' : 'LEGACY' },
  };
}

/** The models a ListFoundationModels call in `region` would return: those callable there at all. */
export function modelsIn(region: string): readonly ModelEntry[] {
  return MODELS.filter(
    (model) =>
      model.onDemandRegions.includes(region) ||
      model.profiles.some((profile) => profile.sourceRegions.includes(region)),
  );
}
