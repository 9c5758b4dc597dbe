// @aws-sdk/client-bedrock-runtime against the emulator over a real socket (HTTP/2 cleartext).
import {
  BedrockRuntimeClient,
  type ContentBlock,
  ConverseCommand,
  ConverseStreamCommand,
  CountTokensCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
  type Message,
} from '@aws-sdk/client-bedrock-runtime';
import { EMULATOR_API_KEY } from '@repo/config';
import { leakedSecrets } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { cosine } from '../model/embeddings.ts';
import {
  AUTH_MODES,
  CLAUDE_END_OF_LIFE,
  CLAUDE_PROFILE,
  COHERE_V3,
  calculatorTool,
  NOVA_ON_DEMAND,
  TITAN_V1,
  TITAN_V2,
  useEmulator,
} from '../test/harness.ts';
import { shortTermKey, shortTermKeySignedAt } from '../test/keys.ts';

const h = useEmulator();
const json = (bytes: Uint8Array | undefined) => JSON.parse(Buffer.from(bytes ?? new Uint8Array()).toString('utf8'));
const body = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe.each(AUTH_MODES)('runtime client with %s', (mode) => {
  it('Converse answers in the language asked, with usage and a request ID', async () => {
    const client = h.runtime(mode);
    const out = await client.send(
      new ConverseCommand({
        modelId: CLAUDE_PROFILE,
        messages: [{ role: 'user', content: [{ text: '東京でおすすめの公園はどこですか？' }] }],
        inferenceConfig: { maxTokens: 512, temperature: 0.2 },
      }),
    );
    const text = out.output?.message?.content?.[0]?.text ?? '';
    expect(text).toMatch(/[ぁ-ん]/);
    expect(out.stopReason).toBe('end_turn');
    expect(out.usage?.totalTokens).toBe((out.usage?.inputTokens ?? 0) + (out.usage?.outputTokens ?? 0));
    expect(out.metrics?.latencyMs).toBeGreaterThan(0);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ConverseStream runs a tool round trip with the same usage as Converse', async () => {
    const client = h.runtime(mode);
    const messages: Message[] = [{ role: 'user', content: [{ text: 'What is 12 * (3 + 4)?' }] }];
    const toolConfig = { tools: [calculatorTool] };
    const stream = await client.send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages, toolConfig }));
    let toolUseId = '';
    let name = '';
    let input = '';
    let stopReason = '';
    for await (const event of stream.stream ?? []) {
      if (event.contentBlockStart?.start?.toolUse) {
        toolUseId = event.contentBlockStart.start.toolUse.toolUseId ?? '';
        name = event.contentBlockStart.start.toolUse.name ?? '';
      }
      input += event.contentBlockDelta?.delta?.toolUse?.input ?? '';
      stopReason = event.messageStop?.stopReason ?? stopReason;
    }
    expect(stopReason).toBe('tool_use');
    expect(name).toBe('calculator');
    expect(JSON.parse(input)).toEqual({ expression: '12 * (3 + 4)' });

    messages.push(
      { role: 'assistant', content: [{ toolUse: { toolUseId, name, input: JSON.parse(input) } }] },
      { role: 'user', content: [{ toolResult: { toolUseId, content: [{ json: { value: 84 } }] } }] },
    );
    let answer = '';
    let streamedUsage: unknown;
    const second = await client.send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages, toolConfig }));
    for await (const event of second.stream ?? []) {
      answer += event.contentBlockDelta?.delta?.text ?? '';
      streamedUsage = event.metadata?.usage ?? streamedUsage;
    }
    expect(answer).toContain('84');
    const whole = await client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages, toolConfig }));
    expect(whole.output?.message?.content?.map((c: ContentBlock) => c.text).join('')).toBe(answer);
    expect(streamedUsage).toEqual(whole.usage);
  });

  it('InvokeModel speaks Anthropic Messages, with tools', async () => {
    const client = h.runtime(mode);
    const out = await client.send(
      new InvokeModelCommand({
        modelId: CLAUDE_PROFILE,
        contentType: 'application/json',
        body: body({
          anthropic_version: 'bedrock-2023-05-31',
          max_tokens: 256,
          system: 'You are terse.',
          messages: [{ role: 'user', content: 'Please calculate 7 * 6' }],
          tools: [
            {
              name: 'calculator',
              description: 'Evaluate arithmetic',
              input_schema: { type: 'object', properties: { expression: { type: 'string' } } },
            },
          ],
        }),
      }),
    );
    const message = json(out.body);
    expect(message).toMatchObject({ type: 'message', role: 'assistant', stop_reason: 'tool_use' });
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: 'calculator', input: { expression: '7 * 6' } });
    expect(message.usage.input_tokens).toBeGreaterThan(0);
  });

  it('InvokeModel embeds with Titan v1, Titan v2 (dimensions, normalize, binary) and Cohere', async () => {
    const client = h.runtime(mode);
    const v1 = json(
      (await client.send(new InvokeModelCommand({ modelId: TITAN_V1, body: body({ inputText: 'hello' }) }))).body,
    );
    expect(v1.embedding).toHaveLength(1536);
    expect(v1.inputTextTokenCount).toBe(1);
    const v2 = json(
      (
        await client.send(
          new InvokeModelCommand({
            modelId: TITAN_V2,
            body: body({
              inputText: 'hello world',
              dimensions: 256,
              normalize: true,
              embeddingTypes: ['float', 'binary'],
            }),
          }),
        )
      ).body,
    );
    expect(v2.embedding).toHaveLength(256);
    expect(Math.hypot(...v2.embedding)).toBeCloseTo(1, 5);
    expect(v2.embeddingsByType.binary.every((b: number) => b === 0 || b === 1)).toBe(true);
    const cohere = json(
      (
        await client.send(
          new InvokeModelCommand({
            modelId: COHERE_V3,
            body: body({ texts: ['東京の天気', '東京の明日の天気', '請求書の処理'], input_type: 'search_document' }),
          }),
        )
      ).body,
    );
    expect(cohere.response_type).toBe('embeddings_floats');
    const [a, b, c] = cohere.embeddings;
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c));
  });

  it('InvokeModelWithResponseStream streams Anthropic events', async () => {
    const client = h.runtime(mode);
    const out = await client.send(
      new InvokeModelWithResponseStreamCommand({
        modelId: CLAUDE_PROFILE,
        body: body({
          anthropic_version: 'bedrock-2023-05-31',
          max_tokens: 100,
          messages: [{ role: 'user', content: 'Hi!' }],
        }),
      }),
    );
    const types: string[] = [];
    let text = '';
    for await (const event of out.body ?? []) {
      const chunk = json(event.chunk?.bytes);
      types.push(chunk.type);
      text += chunk.delta?.text ?? '';
    }
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('content_block_delta');
    expect(text).toMatch(/^Hello!/);
  });

  it('CountTokens counts what Converse bills', async () => {
    const client = h.runtime(mode);
    const messages: Message[] = [{ role: 'user', content: [{ text: 'Count these tokens, please.' }] }];
    const counted = await client.send(
      new CountTokensCommand({ modelId: CLAUDE_PROFILE, input: { converse: { messages } } }),
    );
    const billed = await client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    expect(counted.inputTokens).toBe(billed.usage?.inputTokens);
    // CountTokens names the foundation model: a profile-only model's base ID counts, it is not invoked.
    const base = CLAUDE_PROFILE.replace(/^us\./, '');
    const byBase = await client.send(new CountTokensCommand({ modelId: base, input: { converse: { messages } } }));
    expect(byBase.inputTokens).toBe(counted.inputTokens);
    await expect(client.send(new ConverseCommand({ modelId: base, messages }))).rejects.toMatchObject({
      message: expect.stringContaining("with on-demand throughput isn't supported"),
    });
  });
});

describe('model rules', () => {
  const converse = (modelId: string) =>
    h
      .runtime('long-term key')
      .send(new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text: 'hi' }] }] }));

  it('rejects an unknown model ID', async () => {
    await expect(converse('anthropic.claude-nonexistent-v9:0')).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'The provided model identifier is invalid.',
    });
  });
  it('rejects a profile-only model called on demand, naming the fix', async () => {
    await expect(converse('anthropic.claude-sonnet-4-5-20250929-v1:0')).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("with on-demand throughput isn't supported"),
    });
  });
  it('rejects a profile whose geography does not fit the region', async () => {
    await expect(converse('eu.anthropic.claude-sonnet-4-5-20250929-v1:0')).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'The provided model identifier is invalid.',
    });
  });
  it('accepts on-demand models by ID and ARN, and profiles by ARN', async () => {
    expect((await converse(NOVA_ON_DEMAND)).stopReason).toBe('end_turn');
    expect((await converse(`arn:aws:bedrock:${h.region}::foundation-model/${NOVA_ON_DEMAND}`)).stopReason).toBe(
      'end_turn',
    );
    expect(
      (await converse(`arn:aws:bedrock:${h.region}:123456789012:inference-profile/${CLAUDE_PROFILE}`)).stopReason,
    ).toBe('end_turn');
  });
  it('rejects a model past its end of life', async () => {
    await expect(converse(CLAUDE_END_OF_LIFE)).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: expect.stringContaining('end of its life'),
    });
  });
  it('rejects embedding dimensions the model does not allow', async () => {
    const send = h
      .runtime('long-term key')
      .send(new InvokeModelCommand({ modelId: TITAN_V2, body: body({ inputText: 'x', dimensions: 100 }) }));
    await expect(send).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('dimensions'),
    });
  });
  it('rejects Converse on an embedding model', async () => {
    await expect(converse(TITAN_V2)).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('how users configure the SDK', () => {
  it('accepts the emulator key from @repo/config', async () => {
    const client = h.runtime('long-term key', { token: { token: EMULATOR_API_KEY } });
    const out = await client.send(
      new ConverseCommand({ modelId: CLAUDE_PROFILE, messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    );
    expect(out.stopReason).toBe('end_turn');
  });

  it('reads AWS_BEARER_TOKEN_BEDROCK and AWS_ENDPOINT_URL_BEDROCK_RUNTIME from the environment', async () => {
    const saved = { ...process.env };
    process.env.AWS_BEARER_TOKEN_BEDROCK = h.shortTermKey;
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = h.emulator.url;
    try {
      const client = new BedrockRuntimeClient({ region: h.region });
      const out = await client.send(
        new ConverseCommand({ modelId: CLAUDE_PROFILE, messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
      );
      client.destroy();
      expect(out.stopReason).toBe('end_turn');
    } finally {
      process.env = saved;
    }
  });

  it('InvokeModel and InvokeModelWithResponseStream speak Amazon Nova too', async () => {
    const client = h.runtime('long-term key');
    const request = {
      messages: [{ role: 'user', content: [{ text: 'Hello Nova' }] }],
      inferenceConfig: { max_new_tokens: 4 },
    };
    const out = json(
      (await client.send(new InvokeModelCommand({ modelId: NOVA_ON_DEMAND, body: body(request) }))).body,
    );
    expect(out).toMatchObject({ stopReason: 'max_tokens', usage: { outputTokens: 4 } });
    const stream = await client.send(
      new InvokeModelWithResponseStreamCommand({ modelId: NOVA_ON_DEMAND, body: body(request) }),
    );
    let text = '';
    for await (const event of stream.body ?? []) text += json(event.chunk?.bytes).contentBlockDelta?.delta?.text ?? '';
    expect(text).toBe(out.output.message.content[0].text);
  });
});

describe('authentication', () => {
  const converseWith = (token: string) =>
    h
      .runtime('long-term key', { token: { token } })
      .send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages: [{ role: 'user', content: [{ text: 'hi' }] }] }));

  it('rejects an expired short-term key with 403', async () => {
    const expired = shortTermKeySignedAt(h.region, new Date(Date.now() - 2 * 3600_000), 3600);
    await expect(converseWith(expired)).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
      message: expect.stringContaining('expired'),
    });
  });
  it('rejects a short-term key made for another region', async () => {
    await expect(converseWith(await shortTermKey('eu-central-1'))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
      message: 'Authentication failed: Please make sure your API Key is valid.',
    });
  });
  it('rejects SigV4 credentials scoped to another region', async () => {
    const client = h.runtime('SigV4', { region: 'eu-west-1' });
    const send = client.send(
      new ConverseCommand({ modelId: CLAUDE_PROFILE, messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    );
    await expect(send).rejects.toMatchObject({ name: 'InvalidSignatureException', $metadata: { httpStatusCode: 403 } });
  });
  it('answers a request without credentials as Bedrock does', async () => {
    const res = await fetch(`${h.emulator.url}/model/${CLAUDE_PROFILE}/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException/);
    expect(await res.json()).toEqual({ message: 'Missing Authentication Token' });
  });
  it('logs the auth kind and a fingerprint, never a key', async () => {
    const { json: log } = await h.api('requests');
    const kinds = new Set(log.requests.map((r) => r.auth.kind));
    expect(kinds).toEqual(new Set(['api-key-short-term', 'api-key-long-term', 'sigv4', 'none']));
    const sdkRequests = log.requests.filter((r) => r.auth.kind !== 'none');
    expect(sdkRequests.every((r) => r.protocol === 'h2')).toBe(true);
    expect(leakedSecrets(JSON.stringify(log), h.secrets)).toEqual([]);
  });
});
