// @aws-sdk/client-bedrock (the control plane, HTTP/1.1) against the emulator, answered from the shared catalog.
import {
  GetFoundationModelCommand,
  GetInferenceProfileCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  paginateListInferenceProfiles,
} from '@aws-sdk/client-bedrock';
import { inferenceProfiles } from '@repo/config/models';
import { describe, expect, it } from 'vitest';
import { AUTH_MODES, CLAUDE_END_OF_LIFE, CLAUDE_PROFILE, TITAN_V2, useEmulator } from '../test/harness.ts';

const h = useEmulator({ region: 'ap-northeast-1' });

describe.each(AUTH_MODES)('control-plane client with %s', (mode) => {
  it('lists foundation models with filters', async () => {
    const client = h.control(mode);
    const all = await client.send(new ListFoundationModelsCommand({}));
    expect(all.modelSummaries?.length).toBeGreaterThan(5);
    const embeddings = await client.send(new ListFoundationModelsCommand({ byOutputModality: 'EMBEDDING' }));
    expect(embeddings.modelSummaries?.map((m) => m.modelId)).toContain(TITAN_V2);
    expect(embeddings.modelSummaries?.every((m) => m.outputModalities?.includes('EMBEDDING'))).toBe(true);
    const amazon = await client.send(
      new ListFoundationModelsCommand({ byProvider: 'amazon', byInferenceType: 'ON_DEMAND' }),
    );
    expect(amazon.modelSummaries?.length).toBeGreaterThan(0);
    expect(
      amazon.modelSummaries?.every(
        (m) => m.providerName === 'Amazon' && m.inferenceTypesSupported?.includes('ON_DEMAND'),
      ),
    ).toBe(true);
    // Models past their end of life are no longer listed.
    expect(all.modelSummaries?.map((m) => m.modelId)).not.toContain(CLAUDE_END_OF_LIFE);
  });

  it('gets one foundation model, and rejects an unknown one', async () => {
    const client = h.control(mode);
    const model = await client.send(new GetFoundationModelCommand({ modelIdentifier: TITAN_V2 }));
    expect(model.modelDetails).toMatchObject({
      modelId: TITAN_V2,
      modelArn: `arn:aws:bedrock:ap-northeast-1::foundation-model/${TITAN_V2}`,
      providerName: 'Amazon',
      outputModalities: ['EMBEDDING'],
      inferenceTypesSupported: ['ON_DEMAND'],
      modelLifecycle: { status: 'ACTIVE' },
    });
    await expect(
      client.send(new GetFoundationModelCommand({ modelIdentifier: 'acme.nothing-v1:0' })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });

  it('lists inference profiles callable from the region, page by page', async () => {
    const client = h.control(mode);
    const ids: string[] = [];
    for await (const page of paginateListInferenceProfiles({ client, pageSize: 5 }, {})) {
      expect(page.inferenceProfileSummaries?.length).toBeLessThanOrEqual(5);
      for (const p of page.inferenceProfileSummaries ?? []) ids.push(p.inferenceProfileId ?? '');
    }
    expect(ids).toEqual(inferenceProfiles('ap-northeast-1').map((p) => p.id));
    expect(ids).toContain('jp.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(ids.some((id) => id.startsWith('eu.'))).toBe(false);
    const first = await client.send(new ListInferenceProfilesCommand({ maxResults: 1 }));
    expect(first.inferenceProfileSummaries?.[0]?.createdAt).toBeInstanceOf(Date);
  });

  it('gets one inference profile by ID or ARN, and 404s an unknown one', async () => {
    const client = h.control(mode);
    const id = 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0';
    const byId = await client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: id }));
    expect(byId).toMatchObject({ inferenceProfileId: id, status: 'ACTIVE', type: 'SYSTEM_DEFINED' });
    expect(byId.models?.map((m) => m.modelArn)).toEqual([
      'arn:aws:bedrock:ap-northeast-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:bedrock:ap-northeast-3::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
    const byArn = await client.send(
      new GetInferenceProfileCommand({ inferenceProfileIdentifier: byId.inferenceProfileArn }),
    );
    expect(byArn.inferenceProfileId).toBe(id);
    await expect(
      client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: CLAUDE_PROFILE })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 },
    });
  });
});

it('serves the control plane over HTTP/1.1', async () => {
  const { json } = await h.api('requests');
  const control = json.requests.filter(
    (r) => r.operation.includes('foundation-model') || r.operation.includes('inference-profile'),
  );
  expect(control.length).toBeGreaterThan(0);
  expect(control.every((r) => r.protocol === 'http/1.1')).toBe(true);
});
