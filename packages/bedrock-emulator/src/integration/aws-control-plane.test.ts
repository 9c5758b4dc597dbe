// @aws-sdk/client-bedrock (the control plane, HTTP/1.1) against the emulator, answered from the shared catalog.
import {
  GetFoundationModelCommand,
  GetInferenceProfileCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  paginateListInferenceProfiles,
} from '@aws-sdk/client-bedrock';
import { CATALOG_DATE, inferenceProfiles, lifecycleOn } from '@repo/config/models';
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

  it('reports modalities, streaming, inference types and lifecycle from the catalog', async () => {
    const client = h.control(mode);
    const lite = await client.send(new GetFoundationModelCommand({ modelIdentifier: 'amazon.nova-lite-v1:0' }));
    expect(lite.modelDetails).toMatchObject({
      inputModalities: ['TEXT', 'IMAGE', 'VIDEO'],
      outputModalities: ['TEXT'],
      responseStreamingSupported: true,
      inferenceTypesSupported: ['ON_DEMAND'],
      modelLifecycle: { status: 'ACTIVE' },
    });
    const sonnet45 = await client.send(
      new GetFoundationModelCommand({ modelIdentifier: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }),
    );
    expect(sonnet45.modelDetails).toMatchObject({
      inferenceTypesSupported: ['INFERENCE_PROFILE'],
      modelLifecycle: {
        status: 'LEGACY',
        legacyTime: new Date('2026-10-08T00:00:00Z'),
        endOfLifeTime: new Date('2027-04-08T00:00:00Z'),
      },
    });
    const all = await client.send(new ListFoundationModelsCommand({ byProvider: 'Anthropic' }));
    const status = Object.fromEntries((all.modelSummaries ?? []).map((m) => [m.modelId, m.modelLifecycle?.status]));
    expect(status['anthropic.claude-sonnet-4-6']).toBe('ACTIVE');
    expect(status['anthropic.claude-sonnet-4-5-20250929-v1:0']).toBe('LEGACY');
    // End of life in every region: not listed, and GetFoundationModel no longer knows the ID.
    expect(status).not.toHaveProperty('anthropic.claude-3-sonnet-20240229-v1:0');
    await expect(
      client.send(new GetFoundationModelCommand({ modelIdentifier: 'anthropic.claude-3-sonnet-20240229-v1:0' })),
    ).rejects.toMatchObject({ name: 'ValidationException', message: 'The provided model identifier is invalid.' });
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
    const current = inferenceProfiles('ap-northeast-1').filter(
      (p) => lifecycleOn(p.model, CATALOG_DATE, 'ap-northeast-1') !== 'end-of-life',
    );
    expect(ids).toEqual(current.map((p) => p.id));
    expect(ids).toContain('jp.anthropic.claude-sonnet-4-5-20250929-v1:0');
    expect(ids).toContain('jp.anthropic.claude-sonnet-4-6');
    expect(ids).toContain('jp.anthropic.claude-haiku-4-5-20251001-v1:0');
    // Profiles of models past their end of life are gone with the models.
    expect(ids).not.toContain('apac.anthropic.claude-3-7-sonnet-20250219-v1:0');
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
