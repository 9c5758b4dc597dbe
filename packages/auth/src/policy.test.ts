import { findModel } from '@repo/config/models';
import { describe, expect, it } from 'vitest';
import { bedrockPolicy, type IamPolicy, type IamStatement } from './policy.ts';

const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const TITAN_V2 = 'amazon.titan-embed-text-v2:0';
const ACCOUNT = '123456789012';

/** Structural validity as IAM checks it when a policy is saved. */
function expectValidIamPolicy(policy: IamPolicy) {
  const parsed = JSON.parse(JSON.stringify(policy));
  expect(parsed.Version).toBe('2012-10-17');
  expect(Array.isArray(parsed.Statement)).toBe(true);
  const sids = new Set<string>();
  for (const s of parsed.Statement as IamStatement[]) {
    expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
    expect(sids.has(s.Sid)).toBe(false);
    sids.add(s.Sid);
    expect(s.Effect).toBe('Allow');
    for (const action of s.Action) {
      // Bedrock actions, and the two Marketplace actions a third-party model's first call needs (Resource "*").
      if (action.startsWith('aws-marketplace:')) {
        expect(['aws-marketplace:Subscribe', 'aws-marketplace:ViewSubscriptions']).toContain(action);
        expect(s.Resource).toBe('*');
      } else expect(action).toMatch(/^bedrock:[A-Z][A-Za-z]+$/);
    }
    const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
    for (const r of resources) {
      expect(r === '*' || /^arn:aws(-[a-z]+)*:bedrock:([a-z0-9-]+|\*)?:(\d{12}|\*)?:[a-z-]+\/.+$/.test(r)).toBe(true);
    }
    for (const [operator, block] of Object.entries(s.Condition ?? {})) {
      expect(['StringEquals', 'StringLike']).toContain(operator);
      for (const key of Object.keys(block))
        expect(['bedrock:InferenceProfileArn', 'aws:RequestedRegion']).toContain(key);
    }
  }
  // A managed policy holds at most 6,144 characters without whitespace.
  expect(JSON.stringify(policy).length).toBeLessThan(6144);
}

const byAction = (policy: IamPolicy, action: string) => policy.Statement.filter((s) => s.Action.includes(action));
const resourcesOf = (s: IamStatement | undefined) => (s ? (Array.isArray(s.Resource) ? s.Resource : [s.Resource]) : []);

describe('bedrockPolicy', () => {
  it('base model on demand: the foundation-model ARN in the region, nothing wider', () => {
    const { policy } = bedrockPolicy({
      region: 'us-east-1',
      chatModelId: 'amazon.nova-lite-v1:0',
      embeddingModelId: TITAN_V2,
      auth: 'iam',
    });
    expectValidIamPolicy(policy);
    const chat = policy.Statement.find((s) => s.Sid === 'InvokeChatModel');
    expect(chat?.Action).toEqual(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']);
    expect(chat?.Resource).toBe('arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0');
    expect(chat?.Condition).toBeUndefined();
    const embed = policy.Statement.find((s) => s.Sid === 'InvokeEmbeddingModel');
    expect(embed?.Action).toEqual(['bedrock:InvokeModel']);
    expect(embed?.Resource).toBe(`arn:aws:bedrock:us-east-1::foundation-model/${TITAN_V2}`);
    // IAM mode: no bearer-token permission.
    expect(byAction(policy, 'bedrock:CallWithBearerToken')).toEqual([]);
    // Only list actions (which have no resource type) use "*".
    for (const s of policy.Statement) {
      if (s.Resource === '*')
        expect(s.Action).toEqual(['bedrock:ListFoundationModels', 'bedrock:ListInferenceProfiles']);
    }
    // Amazon models are not sold through AWS Marketplace: no Marketplace actions.
    expect(byAction(policy, 'aws-marketplace:Subscribe')).toEqual([]);
  });

  it('Claude (AWS Marketplace): Subscribe and ViewSubscriptions for the first call, with a note saying when to drop them', () => {
    const { policy, notes } = bedrockPolicy({
      region: 'ap-northeast-1',
      chatModelId: 'jp.anthropic.claude-sonnet-4-6',
      embeddingModelId: TITAN_V2,
      auth: 'api-key',
      accountId: ACCOUNT,
    });
    expectValidIamPolicy(policy);
    expect(policy.Statement.find((s) => s.Sid === 'EnableMarketplaceModelOnFirstCall')).toEqual({
      Sid: 'EnableMarketplaceModelOnFirstCall',
      Effect: 'Allow',
      Action: ['aws-marketplace:Subscribe', 'aws-marketplace:ViewSubscriptions'],
      Resource: '*',
    });
    const note = notes.find((n) => n.en.includes('aws-marketplace:Subscribe'));
    expect(note?.en).toMatch(/remove that statement after the first call/);
    expect(note?.ja).toMatch(/削除/);
  });

  it('us. profile: the profile ARN, and the model in every destination region only through that profile', () => {
    const { policy } = bedrockPolicy({
      region: 'us-east-1',
      chatModelId: `us.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'api-key',
      accountId: ACCOUNT,
    });
    expectValidIamPolicy(policy);
    const profileArn = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.${SONNET}`;
    expect(policy.Statement.find((s) => s.Sid === 'InvokeChatModel')?.Resource).toBe(profileArn);
    const viaProfile = policy.Statement.find((s) => s.Sid === 'InvokeChatModelViaProfile1');
    const destinations = findModel(SONNET)?.profiles.find((p) => p.prefix === 'us')?.destinationRegions ?? [];
    expect(destinations).toContain('us-east-2');
    expect(resourcesOf(viaProfile).sort()).toEqual(
      destinations.map((r) => `arn:aws:bedrock:${r}::foundation-model/${SONNET}`).sort(),
    );
    expect(viaProfile?.Condition).toEqual({ StringEquals: { 'bedrock:InferenceProfileArn': profileArn } });
    // API keys: CallWithBearerToken, which has no resource type.
    expect(byAction(policy, 'bedrock:CallWithBearerToken')[0]?.Resource).toBe('*');
    // doctor reads the profile it uses.
    expect(byAction(policy, 'bedrock:GetInferenceProfile')[0]?.Resource).toBe(profileArn);
  });

  it("the account's destination regions win over the catalog's, with a note naming both", () => {
    const { policy, notes } = bedrockPolicy({
      region: 'ap-northeast-1',
      chatModelId: `jp.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'api-key',
      destinations: { [`jp.${SONNET}`]: ['ap-east-2', 'ap-northeast-1', 'ap-northeast-3'] },
    });
    expectValidIamPolicy(policy);
    const viaProfile = policy.Statement.find((s) => s.Sid === 'InvokeChatModelViaProfile1');
    expect(resourcesOf(viaProfile)).toEqual(
      ['ap-east-2', 'ap-northeast-1', 'ap-northeast-3'].map((r) => `arn:aws:bedrock:${r}::foundation-model/${SONNET}`),
    );
    const note = notes.find((n) => n.en.includes('GetInferenceProfile'));
    expect(note?.en).toContain('ap-east-2, ap-northeast-1, ap-northeast-3');
    expect(note?.en).toContain('The model catalog lists ap-northeast-1, ap-northeast-3');
    expect(note?.ja).toContain('アカウントの答え');
    // The same list as the catalog: nothing to say.
    const same = bedrockPolicy({
      region: 'ap-northeast-1',
      chatModelId: `jp.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'api-key',
      destinations: { [`jp.${SONNET}`]: ['ap-northeast-1', 'ap-northeast-3'] },
    });
    expect(same.notes.some((n) => n.en.includes('GetInferenceProfile'))).toBe(false);
  });

  it('jp. profile from Tokyo: Tokyo and Osaka, nothing outside Japan', () => {
    const { policy } = bedrockPolicy({
      region: 'ap-northeast-1',
      chatModelId: `jp.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'api-key',
    });
    expectValidIamPolicy(policy);
    const viaProfile = policy.Statement.find((s) => s.Sid === 'InvokeChatModelViaProfile1');
    expect(resourcesOf(viaProfile)).toEqual([
      `arn:aws:bedrock:ap-northeast-1::foundation-model/${SONNET}`,
      `arn:aws:bedrock:ap-northeast-3::foundation-model/${SONNET}`,
    ]);
    // Unknown account: wildcard in the ARN, so the condition must be StringLike.
    expect(viaProfile?.Condition).toEqual({
      StringLike: { 'bedrock:InferenceProfileArn': `arn:aws:bedrock:ap-northeast-1:*:inference-profile/jp.${SONNET}` },
    });
  });

  it('global. profile: profile, source-region model, and the region-less model with RequestedRegion "unspecified"', () => {
    const { policy } = bedrockPolicy({
      region: 'eu-central-1',
      chatModelId: `global.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'iam',
      accountId: ACCOUNT,
    });
    expectValidIamPolicy(policy);
    const profileArn = `arn:aws:bedrock:eu-central-1:${ACCOUNT}:inference-profile/global.${SONNET}`;
    const [profile, regional, global] = [
      'InvokeChatModel',
      'InvokeChatModelViaProfile1',
      'InvokeChatModelViaProfile2',
    ].map((sid) => policy.Statement.find((s) => s.Sid === sid));
    expect(profile?.Resource).toBe(profileArn);
    expect(regional?.Resource).toBe(`arn:aws:bedrock:eu-central-1::foundation-model/${SONNET}`);
    expect(regional?.Condition).toEqual({
      StringEquals: { 'aws:RequestedRegion': 'eu-central-1', 'bedrock:InferenceProfileArn': profileArn },
    });
    expect(global?.Resource).toBe(`arn:aws:bedrock:::foundation-model/${SONNET}`);
    expect(global?.Condition).toEqual({
      StringEquals: { 'aws:RequestedRegion': 'unspecified', 'bedrock:InferenceProfileArn': profileArn },
    });
  });

  it('embedding models get InvokeModel only, and doctor reads them with GetFoundationModel', () => {
    const { policy } = bedrockPolicy({
      region: 'ap-northeast-1',
      chatModelId: `jp.${SONNET}`,
      embeddingModelId: 'cohere.embed-multilingual-v3',
      auth: 'api-key',
    });
    expectValidIamPolicy(policy);
    const embed = policy.Statement.find((s) => s.Sid === 'InvokeEmbeddingModel');
    expect(embed).toEqual({
      Sid: 'InvokeEmbeddingModel',
      Effect: 'Allow',
      Action: ['bedrock:InvokeModel'],
      Resource: 'arn:aws:bedrock:ap-northeast-1::foundation-model/cohere.embed-multilingual-v3',
    });
    expect(byAction(policy, 'bedrock:GetFoundationModel')[0]?.Resource).toBe(
      'arn:aws:bedrock:ap-northeast-1::foundation-model/cohere.embed-multilingual-v3',
    );
    expect(byAction(policy, 'bedrock:InvokeModelWithResponseStream').map((s) => s.Sid)).not.toContain(
      'InvokeEmbeddingModel',
    );
  });

  it('inference-profile ARN and GovCloud partition', () => {
    const arn = `arn:aws-us-gov:bedrock:us-gov-west-1:${ACCOUNT}:inference-profile/us-gov.${SONNET}`;
    const { policy, notes } = bedrockPolicy({
      region: 'us-gov-west-1',
      chatModelId: arn,
      embeddingModelId: TITAN_V2,
      auth: 'iam',
      accountId: ACCOUNT,
    });
    expectValidIamPolicy(policy);
    expect(policy.Statement.find((s) => s.Sid === 'InvokeChatModel')?.Resource).toBe(arn);
    for (const r of resourcesOf(policy.Statement.find((s) => s.Sid === 'InvokeChatModelViaProfile1'))) {
      expect(r.startsWith('arn:aws-us-gov:bedrock:')).toBe(true);
    }
    expect(notes.every((n) => n.ja.length > 0 && n.en.length > 0)).toBe(true);
  });

  it('an unknown account is explained in both languages', () => {
    const { notes } = bedrockPolicy({
      region: 'us-east-1',
      chatModelId: `us.${SONNET}`,
      embeddingModelId: TITAN_V2,
      auth: 'iam',
    });
    expect(notes[0]?.en).toContain('account ID');
    expect(notes[0]?.ja).toContain('アカウント ID');
  });

  it('the read actions can be left out', () => {
    const { policy } = bedrockPolicy({
      region: 'us-east-1',
      chatModelId: 'amazon.nova-lite-v1:0',
      embeddingModelId: TITAN_V2,
      auth: 'iam',
      includeDoctorReads: false,
    });
    expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual([
      'bedrock:InvokeModel',
      'bedrock:InvokeModel',
      'bedrock:InvokeModelWithResponseStream',
    ]);
  });
});
