// The least-privilege IAM policy for one region and the configured models. Isomorphic: doctor prints
// it (`--policy`) and the docs' policy builder renders it in the browser.
//
// Grounded in AWS's documentation:
// - guide section 2.1: bedrock:InvokeModel, InvokeModelWithResponseStream, GetFoundationModel, ListFoundationModels;
// - geographic cross-Region inference: allow the inference profile in the source region and the foundation model
//   in every destination region, the latter only through that profile (condition bedrock:InferenceProfileArn);
// - global cross-Region inference: the profile, the foundation model in the source region (aws:RequestedRegion =
//   source) and the region-less foundation model `arn:aws:bedrock:::foundation-model/<id>`
//   (aws:RequestedRegion = "unspecified");
// - API keys (short-term and long-term) additionally need bedrock:CallWithBearerToken, which has no resource
//   type (Resource "*"); AWS's AmazonBedrockLimitedAccess grants it together with bedrock:Get*/List* and much more.
// - ListFoundationModels has no resource type either (Resource "*"); doctor also lists inference profiles to compare
//   the account with the catalog (ListInferenceProfiles, Resource "*" as well).
// - Third-party models sold through AWS Marketplace (Anthropic, Cohere): the first call in an account subscribes to
//   the model and needs aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions
//   (https://docs.aws.amazon.com/bedrock/latest/userguide/model-access-permissions.html and
//   https://repost.aws/knowledge-center/bedrock-resolve-marketplace-permission). Once the model is enabled, every
//   principal in the account can call it without them, so the statement may be dropped after the first call.

import type { Config, Localized } from '@repo/config';
import { inspectApiKey } from '@repo/config';
import {
  findModel,
  MARKETPLACE_PROVIDERS,
  type ParsedModelId,
  type ProfilePrefix,
  parseModelId,
} from '@repo/config/models';

export interface IamStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string>>;
}

export interface IamPolicy {
  Version: '2012-10-17';
  Statement: IamStatement[];
}

export interface PolicyOptions {
  region: string;
  chatModelId: string;
  embeddingModelId: string;
  /** `api-key` for long-term, short-term and generated keys; `iam` for SigV4-signed requests. */
  auth: 'api-key' | 'iam';
  /** 12-digit account ID for inference-profile ARNs; `*` (any account) when unknown. */
  accountId?: string;
  /** The read-only calls `npm run doctor` makes (list/get models, get inference profile). Default true. */
  includeDoctorReads?: boolean;
  /**
   * Destination regions of inference profiles as the account reports them (GetInferenceProfile's
   * `models[].modelArn`), by profile ID such as `jp.anthropic.claude-sonnet-4-6`. They win over the catalog's.
   */
  destinations?: Record<string, string[]>;
}

export interface PolicyResult {
  policy: IamPolicy;
  /** What the reader should know about this policy (unknown account, a model the catalog does not know, ...). */
  notes: Localized[];
}

const INVOKE = 'bedrock:InvokeModel';
const INVOKE_STREAM = 'bedrock:InvokeModelWithResponseStream';

function partitionOf(region: string): string {
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('cn-')) return 'aws-cn';
  return 'aws';
}

/** What one configured model ID needs: resources to invoke and to read, each with an optional condition. */
interface ModelGrant {
  invoke: { resources: string[]; condition?: IamStatement['Condition'] }[];
  read: { action: string; resource: string }[];
}

function grantFor(
  modelId: string,
  options: Required<Omit<PolicyOptions, 'chatModelId' | 'embeddingModelId'>>,
  notes: Localized[],
): ModelGrant {
  const { region, accountId } = options;
  const p = partitionOf(region);
  const foundationModel = (r: string, id: string) => `arn:${p}:bedrock:${r}::foundation-model/${id}`;
  const parsed: ParsedModelId | undefined = parseModelId(modelId);

  if (!parsed) {
    notes.push({
      ja: `モデル ID「${modelId}」を解釈できないため、ポリシーに含めていません。`,
      en: `The model ID "${modelId}" could not be parsed, so the policy does not cover it.`,
    });
    return { invoke: [], read: [] };
  }
  if (parsed.form === 'base') {
    const arn = foundationModel(region, parsed.modelId);
    return { invoke: [{ resources: [arn] }], read: [{ action: 'bedrock:GetFoundationModel', resource: arn }] };
  }
  if (parsed.form === 'profile') {
    const profileArn = `arn:${p}:bedrock:${region}:${accountId}:inference-profile/${parsed.prefix}.${parsed.modelId}`;
    return profileGrant(
      profileArn,
      parsed.prefix,
      parsed.modelId,
      region,
      foundationModel,
      notes,
      options.destinations,
    );
  }
  // An ARN: the caller chose the exact resource; profiles still need their foundation models.
  if (parsed.resource === 'inference-profile' && parsed.prefix && parsed.modelId) {
    return profileGrant(
      parsed.arn,
      parsed.prefix,
      parsed.modelId,
      parsed.region,
      foundationModel,
      notes,
      options.destinations,
    );
  }
  if (parsed.resource === 'application-inference-profile') {
    notes.push({
      ja: 'アプリケーション推論プロファイルの基盤モデルは ARN から分からないため、プロファイル経由に限って全リージョンの基盤モデルを許可しています。モデルが分かっている場合は絞り込んでください。',
      en: "An application inference profile's model cannot be read from its ARN, so foundation models in any region are allowed through that profile only. Narrow them if you know the model.",
    });
    return {
      invoke: [
        { resources: [parsed.arn] },
        {
          resources: [`arn:${p}:bedrock:*::foundation-model/*`],
          condition: { StringEquals: { 'bedrock:InferenceProfileArn': parsed.arn } },
        },
      ],
      read: [{ action: 'bedrock:GetInferenceProfile', resource: parsed.arn }],
    };
  }
  return {
    invoke: [{ resources: [parsed.arn] }],
    read:
      parsed.resource === 'foundation-model' ? [{ action: 'bedrock:GetFoundationModel', resource: parsed.arn }] : [],
  };
}

function profileGrant(
  profileArn: string,
  prefix: ProfilePrefix,
  modelId: string,
  sourceRegion: string,
  foundationModel: (region: string, id: string) => string,
  notes: Localized[],
  accountDestinations: Record<string, string[]>,
): ModelGrant {
  const viaProfile = profileArn.includes('*') ? 'StringLike' : 'StringEquals';
  const read = [{ action: 'bedrock:GetInferenceProfile', resource: profileArn }];
  // Both keys under StringEquals when the ARN is exact; the wildcard ARN needs StringLike of its own.
  const withProfileCondition = (equals: Record<string, string>): IamStatement['Condition'] =>
    viaProfile === 'StringEquals'
      ? { StringEquals: { ...equals, 'bedrock:InferenceProfileArn': profileArn } }
      : { StringEquals: equals, StringLike: { 'bedrock:InferenceProfileArn': profileArn } };
  if (prefix === 'global') {
    return {
      invoke: [
        { resources: [profileArn] },
        {
          resources: [foundationModel(sourceRegion, modelId)],
          condition: withProfileCondition({ 'aws:RequestedRegion': sourceRegion }),
        },
        {
          resources: [foundationModel('', modelId)],
          condition: withProfileCondition({ 'aws:RequestedRegion': 'unspecified' }),
        },
      ],
      read,
    };
  }
  const route = findModel(modelId)?.profiles.find((r) => r.prefix === prefix);
  const fromAccount = accountDestinations[`${prefix}.${modelId}`];
  const fromCatalog = route ? [...new Set([sourceRegion, ...route.destinationRegions])].sort() : undefined;
  const destinations = fromAccount ? [...new Set([sourceRegion, ...fromAccount])].sort() : (fromCatalog ?? ['*']);
  if (fromAccount && fromAccount.length > 0 && destinations.join() !== fromCatalog?.join()) {
    notes.push({
      ja: `推論プロファイル ${prefix}.${modelId} の転送先リージョンは、アカウントの答え（GetInferenceProfile）に従っています: ${destinations.join('、')}。モデルカタログでは ${fromCatalog?.join('、') ?? '（記載なし）'} です。`,
      en: `The destination regions of ${prefix}.${modelId} follow your account's answer (GetInferenceProfile): ${destinations.join(', ')}. The model catalog lists ${fromCatalog?.join(', ') ?? 'none'}.`,
    });
  } else if (!route && !fromAccount) {
    notes.push({
      ja: `推論プロファイル ${prefix}.${modelId} の転送先リージョンがモデル一覧にないため、プロファイル経由に限って全リージョンの基盤モデルを許可しています。`,
      en: `The destination regions of ${prefix}.${modelId} are not in the model catalog, so the foundation model is allowed in any region, through that profile only.`,
    });
  }
  return {
    invoke: [
      { resources: [profileArn] },
      {
        resources: destinations.map((r) => foundationModel(r, modelId)),
        condition: { [viaProfile]: { 'bedrock:InferenceProfileArn': profileArn } },
      },
    ],
    read,
  };
}

/** The provider of the model a configured ID names, when the catalog knows it. */
function providerOf(modelId: string): string | undefined {
  const parsed = parseModelId(modelId);
  const base = parsed && 'modelId' in parsed ? parsed.modelId : undefined;
  return base ? findModel(base)?.provider : undefined;
}

/** Letters and digits only, as IAM requires of a Sid. */
function sid(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, '');
}

/** The least-privilege policy for these models in this region. */
export function bedrockPolicy(options: PolicyOptions): PolicyResult {
  const notes: Localized[] = [];
  const settings = {
    region: options.region,
    auth: options.auth,
    accountId: options.accountId ?? '*',
    includeDoctorReads: options.includeDoctorReads ?? true,
    destinations: options.destinations ?? {},
  };
  if (settings.accountId === '*') {
    notes.push({
      ja: '推論プロファイルの ARN のアカウント ID を「*」にしています。自分のアカウント ID（12 桁）に置き換えるとさらに絞り込めます。',
      en: 'The account ID in inference-profile ARNs is "*". Replace it with your 12-digit account ID to narrow it further.',
    });
  }

  const statements: IamStatement[] = [];
  const reads = new Map<string, Set<string>>();
  const models: { role: 'Chat' | 'Embedding'; id: string; actions: string[] }[] = [
    { role: 'Chat', id: options.chatModelId, actions: [INVOKE, INVOKE_STREAM] },
    { role: 'Embedding', id: options.embeddingModelId, actions: [INVOKE] },
  ];
  for (const model of models) {
    const grant = grantFor(model.id, settings, notes);
    grant.invoke.forEach((part, index) => {
      statements.push({
        Sid: sid(`Invoke${model.role}Model${index === 0 ? '' : `ViaProfile${index}`}`),
        Effect: 'Allow',
        Action: model.actions,
        Resource: part.resources.length === 1 ? part.resources[0]! : part.resources,
        ...(part.condition ? { Condition: part.condition } : {}),
      });
    });
    for (const { action, resource } of grant.read) {
      if (!reads.has(action)) reads.set(action, new Set());
      reads.get(action)!.add(resource);
    }
  }

  if (settings.auth === 'api-key') {
    statements.push({
      Sid: 'UseBedrockApiKeys',
      Effect: 'Allow',
      Action: ['bedrock:CallWithBearerToken'],
      Resource: '*',
    });
  }
  const marketplace = models
    .map((model) => providerOf(model.id))
    .filter((provider): provider is string => provider !== undefined && MARKETPLACE_PROVIDERS.includes(provider));
  if (marketplace.length > 0) {
    statements.push({
      Sid: 'EnableMarketplaceModelOnFirstCall',
      Effect: 'Allow',
      Action: ['aws-marketplace:Subscribe', 'aws-marketplace:ViewSubscriptions'],
      Resource: '*',
    });
    const names = [...new Set(marketplace)].join(', ');
    notes.push({
      ja: `${names} のモデルは AWS Marketplace 経由で提供されるため、アカウントで最初に呼び出すときに aws-marketplace:Subscribe と aws-marketplace:ViewSubscriptions が必要です（EnableMarketplaceModelOnFirstCall）。一度有効になれば、アカウント内の誰でもこの 2 つなしで呼び出せるので、最初の呼び出しの後はこのステートメントを削除してかまいません。`,
      en: `${names} models are sold through AWS Marketplace: the first call in an account needs aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions (EnableMarketplaceModelOnFirstCall). Once the model is enabled, anyone in the account can call it without them, so you may remove that statement after the first call.`,
    });
  }
  if (settings.includeDoctorReads) {
    statements.push({
      Sid: 'ListModels',
      Effect: 'Allow',
      Action: ['bedrock:ListFoundationModels', 'bedrock:ListInferenceProfiles'],
      Resource: '*',
    });
    for (const [action, resources] of reads) {
      const list = [...resources].sort();
      statements.push({
        Sid: sid(`Read${action.slice('bedrock:'.length)}`),
        Effect: 'Allow',
        Action: [action],
        Resource: list.length === 1 ? list[0]! : list,
      });
    }
  }
  return { policy: { Version: '2012-10-17', Statement: mergeSameStatements(statements) }, notes };
}

/** Chat and embedding model may share a statement shape (same actions, no condition): keep one. */
function mergeSameStatements(statements: IamStatement[]): IamStatement[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = JSON.stringify({ ...s, Sid: undefined });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The policy for a loaded Config: its region, models and credential kind (account from a long-term key). */
export function bedrockPolicyForConfig(
  config: Config,
  options: { accountId?: string; destinations?: Record<string, string[]> } = {},
): PolicyResult {
  const { bedrock } = config;
  const credentials = bedrock.credentials;
  let accountId = options.accountId;
  if (!accountId && credentials.source === 'api-key') {
    const key = inspectApiKey(credentials.apiKey);
    if (key.kind === 'long-term') accountId = key.longTerm.accountId;
  }
  return bedrockPolicy({
    region: bedrock.region,
    chatModelId: bedrock.chatModelId,
    embeddingModelId: bedrock.embeddingModelId,
    auth: credentials.source === 'iam' ? 'iam' : 'api-key',
    accountId,
    ...(options.destinations ? { destinations: options.destinations } : {}),
  });
}

/** Pretty JSON, ready to paste into the IAM console's JSON editor. */
export function formatPolicy(policy: IamPolicy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}
