// Every credential mode, through all three SDKs, against the emulator over real sockets.
import { ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { ConverseCommand, ConverseStreamCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { fingerprint as emulatorFingerprint, type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { type BedrockCredentials, type Config, EMULATOR_API_KEY } from '@repo/config';
import { embed, generateText, streamText } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type IsolatedAwsEnv, isolateAwsEnv } from '../testing/aws-env.ts';
import { testConfig } from '../testing/config.ts';
import { emulatorRequests, resetEmulator } from '../testing/emulator.ts';
import { fakeLongTermKey, fakeShortTermKey } from '../testing/fake-keys.ts';
import { bedrockProvider } from './ai-sdk.ts';
import { bedrockClient, bedrockRuntimeClient } from './aws-sdk.ts';
import { bedrockAuth } from './credentials.ts';
import { chatModel, embeddings } from './langchain.ts';

let emulator: RunningEmulator;
let env: IsolatedAwsEnv;

beforeAll(async () => {
  env = isolateAwsEnv();
  emulator = await startEmulator({ port: 0, region: 'us-east-1' });
});
afterAll(async () => {
  await emulator?.close();
  env?.restore();
});
beforeEach(async () => {
  await resetEmulator(emulator.url);
});

const FAKE_IAM = { accessKeyId: 'AKIAFAKEFAKEFAKE0042', secretAccessKey: 'fake/secret/for/tests/only/0000000000042' };

function config(credentials: BedrockCredentials): Config {
  return testConfig({ endpoint: emulator.url, credentials });
}

/** One call through each SDK (runtime chat, runtime embedding, control plane; AI SDK; LangChain). */
async function callEverySdk(cfg: Config) {
  const runtime = bedrockRuntimeClient(cfg);
  const converse = await runtime.send(
    new ConverseCommand({
      modelId: cfg.bedrock.chatModelId,
      messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
      inferenceConfig: { maxTokens: 16 },
    }),
  );
  expect(converse.output?.message?.content?.[0]?.text).toBeTruthy();
  const invoked = await runtime.send(
    new InvokeModelCommand({
      modelId: cfg.bedrock.embeddingModelId,
      contentType: 'application/json',
      body: JSON.stringify({ inputText: 'hello', dimensions: 256 }),
    }),
  );
  expect(JSON.parse(new TextDecoder().decode(invoked.body)).embedding).toHaveLength(256);
  const stream = await runtime.send(
    new ConverseStreamCommand({
      modelId: cfg.bedrock.chatModelId,
      messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
      inferenceConfig: { maxTokens: 16 },
    }),
  );
  let streamed = '';
  for await (const event of stream.stream ?? []) streamed += event.contentBlockDelta?.delta?.text ?? '';
  expect(streamed.length).toBeGreaterThan(0);
  const models = await bedrockClient(cfg).send(new ListFoundationModelsCommand({}));
  expect(models.modelSummaries?.length).toBeGreaterThan(0);

  const provider = bedrockProvider(cfg);
  const text = await generateText({ model: provider(cfg.bedrock.chatModelId), prompt: 'Hello', maxOutputTokens: 16 });
  expect(text.text.length).toBeGreaterThan(0);
  const streamedText = streamText({ model: provider(cfg.bedrock.chatModelId), prompt: 'Hello', maxOutputTokens: 16 });
  expect((await streamedText.text).length).toBeGreaterThan(0);
  const vector = await embed({ model: provider.embedding(cfg.bedrock.embeddingModelId), value: 'hello' });
  expect(vector.embedding.length).toBeGreaterThan(0);

  const reply = await chatModel(cfg, { maxTokens: 16 }).invoke('Hello');
  expect(String(reply.content).length).toBeGreaterThan(0);
  let chunks = '';
  for await (const chunk of await chatModel(cfg, { maxTokens: 16 }).stream('Hello')) chunks += String(chunk.content);
  expect(chunks.length).toBeGreaterThan(0);
  expect(await embeddings(cfg).embedQuery('hello')).toHaveLength(cfg.bedrock.embeddingDimensions);
}

async function authSeen() {
  const requests = await emulatorRequests(emulator.url);
  // Converse, ConverseStream, InvokeModel, ListFoundationModels; AI SDK generate, stream, embed; LangChain invoke,
  // stream, embed.
  expect(requests.length).toBe(10);
  for (const r of requests) expect(r.status, `${r.operation}: ${r.error}`).toBe(200);
  return requests.map((r) => r.auth);
}

describe('clients in every credential mode', () => {
  it('long-term API key, with a stale AWS_PROFILE that must not matter', async () => {
    process.env.AWS_PROFILE = 'profile-that-does-not-exist';
    try {
      const key = fakeLongTermKey();
      await callEverySdk(config({ source: 'api-key', apiKey: key, keyKind: 'long-term' }));
      const auths = await authSeen();
      expect(new Set(auths.map((a) => `${a.kind} ${a.fingerprint}`))).toEqual(
        new Set([`api-key-long-term ${emulatorFingerprint(key)}`]),
      );
    } finally {
      delete process.env.AWS_PROFILE;
    }
  });

  it('short-term API key', async () => {
    const key = fakeShortTermKey({ region: 'us-east-1' });
    await callEverySdk(config({ source: 'api-key', apiKey: key, keyKind: 'short-term' }));
    expect(new Set((await authSeen()).map((a) => a.kind))).toEqual(new Set(['api-key-short-term']));
  });

  it("emulator mode with the emulator's demo key", async () => {
    await callEverySdk(config({ source: 'emulator', apiKey: EMULATOR_API_KEY }));
    expect(new Set((await authSeen()).map((a) => a.fingerprint))).toEqual(
      new Set([emulatorFingerprint(EMULATOR_API_KEY)]),
    );
  });

  it('short-term keys generated from explicit IAM keys: one key shared by every client of the config', async () => {
    const cfg = config({ source: 'generated-api-key', iam: FAKE_IAM });
    await callEverySdk(cfg);
    const auths = await authSeen();
    expect(new Set(auths.map((a) => a.kind))).toEqual(new Set(['api-key-short-term']));
    expect(new Set(auths.map((a) => a.fingerprint)).size).toBe(1);
    const auth = bedrockAuth(cfg);
    expect(auth.scheme === 'bearer' && auth.refresher?.generations).toBe(1);
  });

  it('short-term keys generated from a named profile in the shared credentials file', async () => {
    env.useCredentialsFile(
      `[sample-ci]\naws_access_key_id = ${FAKE_IAM.accessKeyId}\naws_secret_access_key = ${FAKE_IAM.secretAccessKey}\n`,
    );
    await callEverySdk(config({ source: 'generated-api-key', iam: { profile: 'sample-ci' } }));
    expect(new Set((await authSeen()).map((a) => a.kind))).toEqual(new Set(['api-key-short-term']));
  });

  it('IAM SigV4 with explicit keys, even with a bearer key left in the environment', async () => {
    process.env.AWS_BEARER_TOKEN_BEDROCK = fakeLongTermKey('left-over');
    try {
      await callEverySdk(config({ source: 'iam', iam: FAKE_IAM }));
      const auths = await authSeen();
      expect(new Set(auths.map((a) => a.kind))).toEqual(new Set(['sigv4']));
      expect(new Set(auths.map((a) => a.fingerprint))).toEqual(new Set([emulatorFingerprint(FAKE_IAM.accessKeyId)]));
    } finally {
      delete process.env.AWS_BEARER_TOKEN_BEDROCK;
    }
  });

  it('IAM SigV4 from a profile', async () => {
    env.useCredentialsFile(
      `[sigv4-profile]\naws_access_key_id = ${FAKE_IAM.accessKeyId}\naws_secret_access_key = ${FAKE_IAM.secretAccessKey}\n`,
    );
    await callEverySdk(config({ source: 'iam', iam: { profile: 'sigv4-profile' } }));
    expect(new Set((await authSeen()).map((a) => a.kind))).toEqual(new Set(['sigv4']));
  });
});

describe('a generated key that expires mid-session', () => {
  it('is refreshed, and every SDK sends the new key the emulator accepts', async () => {
    const cfg = config({ source: 'generated-api-key', iam: FAKE_IAM });
    // 2-second keys: the emulator really rejects the first one once it has expired.
    const auth = bedrockAuth(cfg, { generatedKeyLifetimeSeconds: 2 });
    const first = auth.scheme === 'bearer' ? await auth.token() : undefined;
    await callEverySdk(cfg);
    const before = new Set((await emulatorRequests(emulator.url)).map((r) => r.auth.fingerprint));

    // Wait until the emulator's clock has passed the first key's expiry (whole seconds in X-Amz-Date).
    const expiry = first?.expiresAt?.getTime() ?? Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiry - Date.now()) + 1100));
    await resetEmulator(emulator.url);
    // The first key is now really dead: the emulator answers it as Bedrock does.
    const stale = await fetch(`${emulator.url}/model/${encodeURIComponent(cfg.bedrock.chatModelId)}/converse`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first?.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hello' }] }] }),
    });
    expect(stale.status).toBe(403);
    expect(await stale.text()).toContain('Bearer Token has expired');
    await resetEmulator(emulator.url);

    await callEverySdk(cfg);
    const after = await emulatorRequests(emulator.url);
    expect(after.every((r) => r.status === 200)).toBe(true);
    const afterPrints = new Set(after.map((r) => r.auth.fingerprint));
    for (const print of afterPrints) expect(before.has(print)).toBe(false);
    expect(auth.scheme === 'bearer' && auth.refresher!.generations).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
