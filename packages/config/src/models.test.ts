import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BEDROCK_REGIONS,
  CATALOG_DATE,
  chatModels,
  defaultChatModelId,
  defaultEmbeddingModelId,
  embeddingModels,
  findModel,
  foundationModelSummary,
  inferenceProfiles,
  invocability,
  isBedrockRegion,
  lifecycleOn,
  MODELS,
  modelsIn,
  type ParsedModelId,
  PROFILE_GEOGRAPHIES,
  PROFILE_PREFIXES,
  parseModelId,
  profileIdFor,
  whereProcessed,
} from './models.ts';

const SONNET_4_5 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const SONNET_4_6 = 'anthropic.claude-sonnet-4-6';
const HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const SONNET_3_5_V2 = 'anthropic.claude-3-5-sonnet-20241022-v2:0';
const GUIDE_LEGACY = 'anthropic.claude-3-sonnet-20240229-v1:0';
const FAKE_ACCOUNT = '123456789012';

describe('catalog integrity', () => {
  it('imports nothing but its own data, so the docs site can bundle it for the browser', () => {
    const data = readFileSync(new URL('./models-catalog.ts', import.meta.url), 'utf8');
    expect(data).not.toMatch(/^\s*import\s/m);
    const queries = readFileSync(new URL('./models.ts', import.meta.url), 'utf8');
    expect([...queries.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual([
      './models-catalog.ts',
      './models-catalog.ts',
    ]);
    for (const source of [data, queries]) expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
  });

  it('is dated', () => {
    expect(CATALOG_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has unique model IDs and unique region codes', () => {
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
    expect(new Set(BEDROCK_REGIONS.map((r) => r.code)).size).toBe(BEDROCK_REGIONS.length);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s is well-formed and cites its source', (id, model) => {
    expect(parseModelId(id)).toEqual({ form: 'base', modelId: id });
    for (const fact of Object.values(model.sources)) {
      expect(fact.url).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|platform\.claude\.com)\//);
      expect(fact.read <= CATALOG_DATE, `${id} read ${fact.read}`).toBe(true);
    }
    if (model.profiles.length > 0) expect(model.sources.profiles).toBeDefined();
    expect(model.name.length).toBeGreaterThan(0);
    expect(model.inputModalities).toContain('TEXT');
    if (model.kind === 'embedding') {
      expect(model.embedding).toBeDefined();
      expect(model.embedding?.allowedDimensions).toContain(model.embedding?.defaultDimensions);
    } else {
      expect(model.embedding).toBeUndefined();
      expect(model.toolUse).toBeTypeOf('boolean');
    }
    // Every model must be callable somewhere, on demand or through a profile.
    expect(model.onDemandRegions.length + model.profiles.length).toBeGreaterThan(0);
    expect(new Set(model.profiles.map((p) => p.prefix)).size).toBe(model.profiles.length);
    if (model.lifecycle.replacement !== undefined) {
      expect(findModel(model.lifecycle.replacement)?.lifecycle.status).toBe('active');
    }
  });

  it('uses only real Bedrock regions for on-demand, source and destination regions', () => {
    for (const model of MODELS) {
      for (const region of model.onDemandRegions) expect(isBedrockRegion(region), `${model.id} ${region}`).toBe(true);
      for (const profile of model.profiles) {
        expect(profile.sourceRegions.length).toBeGreaterThan(0);
        for (const region of [...profile.sourceRegions, ...profile.destinationRegions]) {
          expect(isBedrockRegion(region), `${profile.prefix}.${model.id} ${region}`).toBe(true);
        }
      }
    }
  });

  it('explains every profile prefix in Japanese and English', () => {
    for (const prefix of PROFILE_PREFIXES) {
      expect(PROFILE_GEOGRAPHIES[prefix].en.length).toBeGreaterThan(0);
      expect(PROFILE_GEOGRAPHIES[prefix].ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
  });

  it('names every region in Japanese and English', () => {
    for (const region of BEDROCK_REGIONS) {
      expect(region.name.en).toMatch(/^[A-Z]/);
      expect(region.name.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
    expect(BEDROCK_REGIONS.find((r) => r.code === 'ap-northeast-1')?.name).toEqual({
      ja: 'アジアパシフィック (東京)',
      en: 'Asia Pacific (Tokyo)',
    });
  });

  it('covers the models the guide, the older samples and the brief name', () => {
    for (const id of [
      GUIDE_LEGACY,
      'amazon.titan-embed-text-v1',
      'amazon.titan-embed-text-v2:0',
      SONNET_3_5_V2,
      'anthropic.claude-3-5-sonnet-20240620-v1:0',
      'anthropic.claude-3-7-sonnet-20250219-v1:0',
      'anthropic.claude-3-5-haiku-20241022-v1:0',
      'anthropic.claude-3-haiku-20240307-v1:0',
      'anthropic.claude-sonnet-4-20250514-v1:0',
      SONNET_4_5,
      'anthropic.claude-haiku-4-5-20251001-v1:0',
      'anthropic.claude-opus-4-1-20250805-v1:0',
      'amazon.nova-micro-v1:0',
      'amazon.nova-lite-v1:0',
      'amazon.nova-pro-v1:0',
      'amazon.nova-premier-v1:0',
      'amazon.nova-2-lite-v1:0',
      'cohere.embed-v4:0',
      'cohere.embed-english-v3',
      'cohere.embed-multilingual-v3',
    ]) {
      expect(findModel(id), id).toBeDefined();
    }
    expect(MODELS.filter((m) => m.provider === 'Meta').length).toBeGreaterThanOrEqual(2);
  });

  it('records the embedding sizes users have to match in their vector column', () => {
    expect(findModel('amazon.titan-embed-text-v1')?.embedding).toEqual({
      defaultDimensions: 1536,
      allowedDimensions: [1536],
    });
    expect(findModel('amazon.titan-embed-text-v2:0')?.embedding).toEqual({
      defaultDimensions: 1024,
      allowedDimensions: [1024, 512, 256],
    });
    expect(findModel('cohere.embed-english-v3')?.embedding?.defaultDimensions).toBe(1024);
    expect(findModel('cohere.embed-multilingual-v3')?.embedding?.defaultDimensions).toBe(1024);
  });

  it('marks profile-only models and legacy models', () => {
    for (const id of [
      SONNET_4_5,
      'anthropic.claude-3-7-sonnet-20250219-v1:0',
      'anthropic.claude-sonnet-4-20250514-v1:0',
    ]) {
      expect(findModel(id)?.onDemandRegions, id).toEqual([]);
    }
    expect(findModel(SONNET_3_5_V2)?.onDemandRegions).not.toContain('us-east-1');
    const legacy = findModel(GUIDE_LEGACY);
    expect(legacy?.lifecycle).toMatchObject({ status: 'legacy', replacement: SONNET_4_6 });
  });

  it('splits chat and embedding models', () => {
    expect(chatModels().every((m) => m.kind === 'chat')).toBe(true);
    expect(embeddingModels().every((m) => m.kind === 'embedding')).toBe(true);
    expect(chatModels().length + embeddingModels().length).toBe(MODELS.length);
  });
});

describe('catalog freshness and the facts the audit corrected', () => {
  it('marks no model active whose documented end of life is on or before the catalog date', () => {
    for (const model of MODELS) {
      const dates = [model.lifecycle.endOfLife, ...Object.values(model.lifecycle.endOfLifeByRegion ?? {})];
      if (model.lifecycle.status === 'active') {
        for (const eol of dates) expect(eol === undefined || eol > CATALOG_DATE, `${model.id} EOL ${eol}`).toBe(true);
      }
      for (const date of [model.lifecycle.legacySince, ...dates]) {
        if (date !== undefined) expect(date, model.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (model.lifecycle.legacySince && model.lifecycle.endOfLife) {
        expect(model.lifecycle.legacySince < model.lifecycle.endOfLife, model.id).toBe(true);
      }
    }
  });

  it('suggests only replacements that are active on the catalog date', () => {
    for (const model of MODELS) {
      const replacement = model.lifecycle.replacement;
      if (model.lifecycle.status === 'legacy') expect(replacement, model.id).toBeDefined();
      const next = replacement ? findModel(replacement) : undefined;
      if (replacement) expect(next && lifecycleOn(next), `${model.id} -> ${replacement}`).toBe('active');
    }
  });

  it('has end-of-life models the guide and older samples name, with their regional dates', () => {
    for (const id of [
      GUIDE_LEGACY,
      'anthropic.claude-3-7-sonnet-20250219-v1:0',
      'anthropic.claude-opus-4-20250514-v1:0',
      'anthropic.claude-sonnet-4-20250514-v1:0',
      'amazon.nova-premier-v1:0',
    ]) {
      const model = findModel(id);
      expect(model && lifecycleOn(model), id).toBe('end-of-life');
    }
    const v2 = findModel(SONNET_3_5_V2);
    expect(v2 && lifecycleOn(v2, '2026-05-01', 'us-west-2')).toBe('end-of-life');
    expect(v2 && lifecycleOn(v2, '2026-05-01', 'ap-northeast-1')).toBe('legacy');
    expect(v2 && lifecycleOn(v2, '2026-07-30', 'ap-northeast-1')).toBe('end-of-life');
  });

  it('takes the protective reading for Claude Sonnet 4.5 and Opus 4.1, and says the sources disagree', () => {
    for (const id of [SONNET_4_5, 'anthropic.claude-opus-4-1-20250805-v1:0']) {
      const lifecycle = findModel(id)?.lifecycle;
      expect(lifecycle?.status, id).toBe('legacy');
      expect(lifecycle?.disputed?.en, id).toMatch(/copy/);
      expect(lifecycle?.disputed?.ja, id).toMatch(/版/);
    }
  });

  it('has Titan Text Embeddings V2 where AWS serves it on demand, and not in Singapore', () => {
    const titan = findModel('amazon.titan-embed-text-v2:0');
    for (const region of ['ap-northeast-3', 'ap-south-2', 'eu-south-1', 'eu-south-2', 'ap-northeast-1']) {
      expect(titan?.onDemandRegions, region).toContain(region);
    }
    expect(titan?.onDemandRegions).not.toContain('ap-southeast-1');
  });

  it('knows the Japan and Australia profiles of Claude Haiku 4.5', () => {
    expect(invocability(`jp.${HAIKU_4_5}`, 'ap-northeast-1')).toMatchObject({ status: 'ok', via: 'profile' });
    expect(invocability(`jp.${HAIKU_4_5}`, 'ap-northeast-3')).toMatchObject({ status: 'ok', via: 'profile' });
    expect(profileIdFor(HAIKU_4_5, 'ap-northeast-1')).toBe(`jp.${HAIKU_4_5}`);
    expect(profileIdFor(HAIKU_4_5, 'ap-southeast-2')).toBe(`au.${HAIKU_4_5}`);
    expect(invocability('ca.amazon.nova-lite-v1:0', 'ca-central-1')).toMatchObject({ status: 'ok' });
  });

  it('lists the text models the emulator answers natively', () => {
    for (const id of [
      'cohere.command-r-v1:0',
      'cohere.command-r-plus-v1:0',
      'deepseek.r1-v1:0',
      'deepseek.v3-v1:0',
      'openai.gpt-oss-120b-1:0',
      'openai.gpt-oss-20b-1:0',
      'mistral.mistral-large-2402-v1:0',
      'meta.llama3-3-70b-instruct-v1:0',
      'meta.llama4-maverick-17b-instruct-v1:0',
      SONNET_4_6,
      'anthropic.claude-opus-4-6-v1',
    ]) {
      expect(findModel(id)?.kind, id).toBe('chat');
    }
  });
});

describe('whereProcessed', () => {
  it('says where a suggested ID sends data, in both languages', () => {
    expect(whereProcessed(HAIKU_4_5, 'ap-northeast-1').en).toContain('ap-northeast-1');
    expect(whereProcessed(`jp.${HAIKU_4_5}`, 'ap-northeast-1').ja).toContain('日本国内');
    const global = whereProcessed(`global.${SONNET_4_6}`, 'ap-northeast-1');
    expect(global.en).toMatch(/any commercial AWS Region worldwide/);
    expect(global.ja).toMatch(/世界中/);
  });
});

describe('parseModelId', () => {
  const good: ReadonlyArray<readonly [string, ParsedModelId]> = [
    [SONNET_4_5, { form: 'base', modelId: SONNET_4_5 }],
    ['anthropic.claude-sonnet-4-6', { form: 'base', modelId: 'anthropic.claude-sonnet-4-6' }],
    ['amazon.titan-embed-text-v1', { form: 'base', modelId: 'amazon.titan-embed-text-v1' }],
    ['cohere.embed-v4:0', { form: 'base', modelId: 'cohere.embed-v4:0' }],
    ['anthropic.claude-v2:1:200k', { form: 'base', modelId: 'anthropic.claude-v2:1:200k' }],
    [`us.${SONNET_3_5_V2}`, { form: 'profile', prefix: 'us', modelId: SONNET_3_5_V2 }],
    [`jp.${SONNET_4_5}`, { form: 'profile', prefix: 'jp', modelId: SONNET_4_5 }],
    [`apac.${SONNET_4_5}`, { form: 'profile', prefix: 'apac', modelId: SONNET_4_5 }],
    [`global.${SONNET_4_5}`, { form: 'profile', prefix: 'global', modelId: SONNET_4_5 }],
    [`us-gov.${SONNET_4_5}`, { form: 'profile', prefix: 'us-gov', modelId: SONNET_4_5 }],
    [
      `arn:aws:bedrock:us-east-1::foundation-model/${SONNET_4_5}`,
      {
        form: 'arn',
        arn: `arn:aws:bedrock:us-east-1::foundation-model/${SONNET_4_5}`,
        region: 'us-east-1',
        resource: 'foundation-model',
        modelId: SONNET_4_5,
      },
    ],
    [
      `arn:aws:bedrock:ap-northeast-1:${FAKE_ACCOUNT}:inference-profile/jp.${SONNET_4_5}`,
      {
        form: 'arn',
        arn: `arn:aws:bedrock:ap-northeast-1:${FAKE_ACCOUNT}:inference-profile/jp.${SONNET_4_5}`,
        region: 'ap-northeast-1',
        account: FAKE_ACCOUNT,
        resource: 'inference-profile',
        modelId: SONNET_4_5,
        prefix: 'jp',
      },
    ],
    [
      `arn:aws:bedrock:us-west-2:${FAKE_ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`,
      {
        form: 'arn',
        arn: `arn:aws:bedrock:us-west-2:${FAKE_ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`,
        region: 'us-west-2',
        account: FAKE_ACCOUNT,
        resource: 'application-inference-profile',
      },
    ],
    [
      `arn:aws:bedrock:eu-west-1:${FAKE_ACCOUNT}:provisioned-model/0abcdefghijk`,
      {
        form: 'arn',
        arn: `arn:aws:bedrock:eu-west-1:${FAKE_ACCOUNT}:provisioned-model/0abcdefghijk`,
        region: 'eu-west-1',
        account: FAKE_ACCOUNT,
        resource: 'provisioned-model',
      },
    ],
  ];

  it.each(good)('reads %s', (input, expected) => {
    expect(parseModelId(input)).toEqual(expected);
  });

  const bad: ReadonlyArray<readonly [string, string]> = [
    ['', 'empty'],
    [' anthropic.claude-3-haiku-20240307-v1:0', 'leading space'],
    ['anthropic.claude-3-haiku-20240307-v1:0 ', 'trailing space'],
    ['anthropic.claude-3-haiku-20240307-v1:0\n', 'trailing newline'],
    ['"anthropic.claude-3-haiku-20240307-v1:0"', 'surrounding quotes'],
    ['<your-model-id>', 'angle-bracket placeholder'],
    ['{MODEL_ID}', 'brace placeholder'],
    ['XXXXXXXXXXXXXXXXXXXXXXXX', "the guide's placeholder"],
    ['Anthropic.Claude-3-Haiku-20240307-v1:0', 'uppercase'],
    ['claude-sonnet-4-5-20250929', 'Anthropic API name without provider'],
    ['anthropic.', 'provider only'],
    ['anthropic..claude', 'empty segment'],
    ['anthropic.claude:', 'empty version'],
    ['us.', 'prefix only'],
    ['us.claude-3-haiku', 'prefix without a provider'],
    ['https://bedrock-runtime.us-east-1.amazonaws.com/model/x', 'URL'],
    [`arn:aws:bedrock:us-east-1:${FAKE_ACCOUNT}:foundation-model/${SONNET_4_5}`, 'foundation model ARN with account'],
    [`arn:aws:bedrock:us-east-1::inference-profile/us.${SONNET_4_5}`, 'profile ARN without account'],
    [`arn:aws:bedrock:us-east-1:${FAKE_ACCOUNT}:inference-profile/${SONNET_4_5}`, 'profile ARN without prefix'],
    [`arn:aws:bedrock::${FAKE_ACCOUNT}:inference-profile/us.${SONNET_4_5}`, 'ARN without region'],
    [`arn:aws:bedrock:<region>:${FAKE_ACCOUNT}:inference-profile/us.${SONNET_4_5}`, 'ARN with placeholder'],
    [`arn:aws:bedrock:us-east-1:1234:inference-profile/us.${SONNET_4_5}`, 'short account'],
    [`arn:aws:s3:us-east-1::foundation-model/${SONNET_4_5}`, 'other service'],
    [`arn:aws:bedrock:us-east-1:${FAKE_ACCOUNT}:application-inference-profile/short`, 'bad resource id'],
    [`arn:aws:bedrock:us-east-1:${FAKE_ACCOUNT}:custom-model/abc`, 'unsupported resource'],
  ];

  it.each(bad)('rejects %j (%s)', (input) => {
    expect(parseModelId(input)).toBeUndefined();
  });
});

describe('profileIdFor', () => {
  it('prefers jp. in Tokyo and Osaka when the model has it', () => {
    expect(profileIdFor(SONNET_4_5, 'ap-northeast-1')).toBe(`jp.${SONNET_4_5}`);
    expect(profileIdFor(SONNET_4_5, 'ap-northeast-3')).toBe(`jp.${SONNET_4_5}`);
  });

  it('falls back to apac. in Tokyo, then global.', () => {
    expect(profileIdFor('anthropic.claude-sonnet-4-20250514-v1:0', 'ap-northeast-1')).toBe(
      'apac.anthropic.claude-sonnet-4-20250514-v1:0',
    );
    expect(profileIdFor(SONNET_3_5_V2, 'ap-northeast-1')).toBe(`apac.${SONNET_3_5_V2}`);
    expect(profileIdFor('anthropic.claude-opus-4-5-20251101-v1:0', 'ap-northeast-1')).toBe(
      'global.anthropic.claude-opus-4-5-20251101-v1:0',
    );
  });

  it('picks the geography of the region elsewhere', () => {
    expect(profileIdFor(SONNET_4_5, 'us-east-1')).toBe(`us.${SONNET_4_5}`);
    expect(profileIdFor(SONNET_4_5, 'eu-central-1')).toBe(`eu.${SONNET_4_5}`);
    expect(profileIdFor(SONNET_4_5, 'ap-southeast-2')).toBe(`au.${SONNET_4_5}`);
    expect(profileIdFor(SONNET_4_5, 'sa-east-1')).toBe(`global.${SONNET_4_5}`);
  });

  it('returns undefined when no profile fits or the model is unknown', () => {
    expect(profileIdFor('anthropic.claude-opus-4-1-20250805-v1:0', 'ap-northeast-1')).toBeUndefined();
    expect(profileIdFor('amazon.titan-embed-text-v2:0', 'us-east-1')).toBeUndefined();
    expect(profileIdFor('anthropic.claude-3-5-sonnet-20241022-v1:0', 'us-east-1')).toBeUndefined();
  });
});

describe('invocability: the classic mistakes', () => {
  it('Claude 3.5 Sonnet v2 base ID in us-east-1 needs the us. profile', () => {
    expect(invocability(SONNET_3_5_V2, 'us-east-1')).toMatchObject({
      status: 'needs-profile',
      model: { id: SONNET_3_5_V2 },
      suggestedId: `us.${SONNET_3_5_V2}`,
    });
  });

  it('a us. profile used from Tokyo is the wrong region, with a jp./apac. suggestion', () => {
    const v2 = invocability(`us.${SONNET_3_5_V2}`, 'ap-northeast-1');
    expect(v2).toMatchObject({
      status: 'profile-wrong-region',
      suggestedId: `apac.${SONNET_3_5_V2}`,
      reason: 'wrong-source-region',
    });
    const sonnet45 = invocability(`us.${SONNET_4_5}`, 'ap-northeast-1');
    expect(sonnet45).toMatchObject({ status: 'profile-wrong-region', suggestedId: `jp.${SONNET_4_5}` });
  });

  it('the nonexistent ...-20241022-v1:0 is unknown, with or without a prefix', () => {
    expect(invocability('anthropic.claude-3-5-sonnet-20241022-v1:0', 'us-east-1')).toEqual({ status: 'unknown' });
    expect(invocability('us.anthropic.claude-3-5-sonnet-20241022-v1:0', 'us-east-1')).toEqual({ status: 'unknown' });
  });

  it('malformed input is unknown', () => {
    expect(invocability(` ${SONNET_4_5}`, 'us-east-1')).toEqual({ status: 'unknown' });
    expect(invocability('<model-id>', 'us-east-1')).toEqual({ status: 'unknown' });
  });

  it('accepts what works', () => {
    expect(invocability(SONNET_3_5_V2, 'us-west-2')).toMatchObject({ status: 'ok', via: 'on-demand' });
    expect(invocability(`jp.${SONNET_4_5}`, 'ap-northeast-1')).toMatchObject({ status: 'ok', via: 'profile' });
    expect(invocability(`global.${SONNET_4_5}`, 'ap-northeast-1')).toMatchObject({ status: 'ok', via: 'profile' });
    expect(invocability('amazon.titan-embed-text-v2:0', 'ap-northeast-1')).toMatchObject({
      status: 'ok',
      via: 'on-demand',
    });
    expect(invocability(GUIDE_LEGACY, 'us-east-1')).toMatchObject({ status: 'ok', model: { id: GUIDE_LEGACY } });
  });

  it('profile-only models need a profile everywhere', () => {
    expect(invocability(SONNET_4_5, 'ap-northeast-1')).toMatchObject({
      status: 'needs-profile',
      suggestedId: `jp.${SONNET_4_5}`,
    });
  });

  it('a prefix the model does not have is reported as such', () => {
    expect(invocability('jp.anthropic.claude-opus-4-1-20250805-v1:0', 'us-east-1')).toMatchObject({
      status: 'profile-wrong-region',
      reason: 'no-such-profile',
      suggestedId: 'us.anthropic.claude-opus-4-1-20250805-v1:0',
    });
  });

  it('a model with no way in from a region is not-in-region', () => {
    expect(invocability('anthropic.claude-opus-4-1-20250805-v1:0', 'ap-northeast-1')).toMatchObject({
      status: 'not-in-region',
    });
    expect(invocability('cohere.embed-multilingual-v3', 'eu-north-1')).toMatchObject({ status: 'not-in-region' });
  });

  it('reads ARNs', () => {
    const profileArn = `arn:aws:bedrock:ap-northeast-1:${FAKE_ACCOUNT}:inference-profile/jp.${SONNET_4_5}`;
    expect(invocability(profileArn, 'ap-northeast-1')).toMatchObject({ status: 'ok', via: 'arn' });
    const modelArn = `arn:aws:bedrock:us-east-1::foundation-model/${SONNET_3_5_V2}`;
    expect(invocability(modelArn, 'us-east-1')).toMatchObject({ status: 'needs-profile' });
    const appArn = `arn:aws:bedrock:us-east-1:${FAKE_ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`;
    expect(invocability(appArn, 'us-east-1')).toEqual({ status: 'ok', via: 'arn' });
  });
});

describe('defaults', () => {
  it('chooses a current Claude with tool use, in the form the region needs', () => {
    expect(defaultChatModelId('ap-northeast-1')).toBe(`jp.${SONNET_4_6}`);
    expect(defaultChatModelId('ap-northeast-3')).toBe(`jp.${SONNET_4_6}`);
    expect(defaultChatModelId('us-east-1')).toBe(`us.${SONNET_4_6}`);
    expect(defaultChatModelId('eu-west-1')).toBe(`eu.${SONNET_4_6}`);
    // Sydney: a model whose au. profile keeps data in Australia before one that needs global.
    expect(defaultChatModelId('ap-southeast-2')).toBe(`au.${HAIKU_4_5}`);
    for (const region of BEDROCK_REGIONS) {
      const id = defaultChatModelId(region.code);
      expect(invocability(id, region.code).status, `${region.code}: ${id}`).toBe('ok');
      const parsed = parseModelId(id);
      const model = parsed && 'modelId' in parsed && parsed.modelId ? findModel(parsed.modelId) : undefined;
      expect(model?.toolUse).toBe(true);
      expect(model && lifecycleOn(model, CATALOG_DATE, region.code)).toBe('active');
    }
  });

  it('uses Titan Text Embeddings V2', () => {
    expect(defaultEmbeddingModelId()).toBe('amazon.titan-embed-text-v2:0');
    expect(findModel(defaultEmbeddingModelId())?.embedding?.defaultDimensions).toBe(1024);
  });
});

describe('helpers', () => {
  it('lists inference profiles callable from a region', () => {
    const tokyo = inferenceProfiles('ap-northeast-1').map((p) => p.id);
    expect(tokyo).toContain(`jp.${SONNET_4_5}`);
    expect(tokyo).toContain(`global.${SONNET_4_5}`);
    expect(tokyo).not.toContain(`us.${SONNET_4_5}`);
    expect(inferenceProfiles().length).toBeGreaterThan(tokyo.length);
  });

  it('tells legacy from end-of-life by date', () => {
    const haiku35 = findModel('anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(haiku35 && lifecycleOn(haiku35, '2026-01-01')).toBe('legacy');
    expect(haiku35 && lifecycleOn(haiku35, '2026-06-19')).toBe('end-of-life');
    const sonnet45 = findModel(SONNET_4_5);
    expect(sonnet45 && lifecycleOn(sonnet45)).toBe('legacy');
    expect(sonnet45 && lifecycleOn(sonnet45, '2027-04-08')).toBe('end-of-life');
    const sonnet46 = findModel(SONNET_4_6);
    expect(sonnet46 && lifecycleOn(sonnet46, '2099-01-01')).toBe('active');
  });

  it('describes models the way the control plane does', () => {
    const sonnet46 = findModel(SONNET_4_6);
    expect(sonnet46 && foundationModelSummary(sonnet46, 'ap-northeast-1')).toEqual({
      modelArn: `arn:aws:bedrock:ap-northeast-1::foundation-model/${SONNET_4_6}`,
      modelId: SONNET_4_6,
      modelName: 'Claude Sonnet 4.6',
      providerName: 'Anthropic',
      inputModalities: ['TEXT', 'IMAGE'],
      outputModalities: ['TEXT'],
      responseStreamingSupported: true,
      customizationsSupported: [],
      inferenceTypesSupported: ['INFERENCE_PROFILE'],
      modelLifecycle: { status: 'ACTIVE' },
    });
    const titan = findModel('amazon.titan-embed-text-v2:0');
    expect(titan && foundationModelSummary(titan, 'ap-northeast-1')).toMatchObject({
      outputModalities: ['EMBEDDING'],
      inferenceTypesSupported: ['ON_DEMAND'],
      responseStreamingSupported: false,
    });
    const legacy = findModel(SONNET_4_5);
    expect(legacy && foundationModelSummary(legacy, 'us-east-1').modelLifecycle).toEqual({
      status: 'LEGACY',
      legacyTime: '2026-10-08T00:00:00Z',
      endOfLifeTime: '2027-04-08T00:00:00Z',
    });
    const novaLite = findModel('amazon.nova-lite-v1:0');
    expect(novaLite && foundationModelSummary(novaLite, 'ap-northeast-1')).toMatchObject({
      inputModalities: ['TEXT', 'IMAGE', 'VIDEO'],
      inferenceTypesSupported: ['ON_DEMAND'],
    });
  });

  it('lists the models callable in a region', () => {
    const tokyo = modelsIn('ap-northeast-1').map((m) => m.id);
    expect(tokyo).toContain(SONNET_4_6);
    expect(tokyo).toContain(SONNET_4_5);
    // End of life: no longer listed.
    expect(tokyo).not.toContain('anthropic.claude-3-7-sonnet-20250219-v1:0');
    expect(modelsIn('ap-northeast-1', '2026-07-01').map((m) => m.id)).toContain(SONNET_3_5_V2);
    expect(modelsIn('us-west-2', '2026-07-01').map((m) => m.id)).not.toContain(SONNET_3_5_V2);
    expect(tokyo).toContain('amazon.titan-embed-text-v2:0');
    expect(tokyo).not.toContain('anthropic.claude-opus-4-1-20250805-v1:0');
  });
});
