// Injected faults surface as the error each client really raises; the emulator stays healthy.
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { ChatBedrockConverse } from '@langchain/aws';
import { APICallError, generateText, streamText } from 'ai';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXCEPTION_STATUS, type ExceptionName } from '../errors.ts';
import { CLAUDE_PROFILE, NOVA_ON_DEMAND, useEmulator } from '../test/harness.ts';

const h = useEmulator();
const MODEL_FAULTS: ExceptionName[] = [
  'ValidationException',
  'AccessDeniedException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'ModelNotReadyException',
  'ServiceQuotaExceededException',
  'ModelTimeoutException',
  'InternalServerException',
  'ServiceUnavailableException',
  'ModelErrorException',
];
const messages = [{ role: 'user' as const, content: [{ text: 'hello' }] }];

async function fault(spec: Record<string, unknown>) {
  const { status } = await h.api('faults', { body: spec });
  expect(status).toBe(201);
}

async function healthy() {
  const { status, json } = await h.api('health');
  expect(status).toBe(200);
  expect(json.status).toBe('ok');
  const ok = await h.runtime('long-term key').send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
  expect(ok.stopReason).toBe('end_turn');
}

beforeEach(async () => {
  await h.api('reset', { body: {} });
});

describe.each(MODEL_FAULTS)('%s', (exception) => {
  const status = EXCEPTION_STATUS[exception];
  const message = `injected ${exception}`;

  it('AWS SDK: the modelled exception with its status', async () => {
    await fault({ operation: 'converse', exception, message });
    const client = h.runtime('long-term key', { maxAttempts: 1 });
    await expect(client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }))).rejects.toMatchObject({
      name: exception,
      message,
      $metadata: { httpStatusCode: status },
    });
  });

  it('AI SDK: APICallError with the status and Bedrock body', async () => {
    await fault({ operation: 'converse', exception, message });
    const bedrock = createAmazonBedrock({ baseURL: h.emulator.url, region: h.region, apiKey: h.shortTermKey });
    const error = await generateText({ model: bedrock(CLAUDE_PROFILE), prompt: 'hello', maxRetries: 0 }).catch(
      (e) => e,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(status);
    expect(error.responseBody).toContain(message);
  });

  it('LangChain: the SDK error passes through', async () => {
    await fault({ operation: 'converse', exception, message });
    const chat = new ChatBedrockConverse({
      model: CLAUDE_PROFILE,
      region: h.region,
      client: h.runtime('long-term key', { maxAttempts: 1 }),
      maxRetries: 0,
    });
    await expect(chat.invoke('hello')).rejects.toMatchObject({ name: exception, message });
  });
});

describe('retries and counts', () => {
  it('a throttle below the SDK attempt limit is retried and succeeds', async () => {
    await fault({ operation: 'converse', exception: 'ThrottlingException', count: 2 });
    const out = await h.runtime('SigV4').send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    expect(out.stopReason).toBe('end_turn');
    expect(out.$metadata.attempts).toBe(3);
    const { json } = await h.api('requests');
    expect(json.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('the AI SDK retries a 503 and succeeds', async () => {
    await fault({ exception: 'ServiceUnavailableException', count: 1 });
    const bedrock = createAmazonBedrock({ baseURL: h.emulator.url, region: h.region, apiKey: h.shortTermKey });
    const result = await generateText({ model: bedrock(CLAUDE_PROFILE), prompt: 'hello', maxRetries: 1 });
    expect(result.text).toMatch(/^Hello!/);
  });

  it('a model-scoped fault (model access not granted) leaves other models alone', async () => {
    await fault({ model: CLAUDE_PROFILE, exception: 'AccessDeniedException', count: 100 });
    const client = h.runtime('long-term key');
    await expect(client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: "You don't have access to the model with the specified model ID.",
    });
    expect((await client.send(new ConverseCommand({ modelId: NOVA_ON_DEMAND, messages }))).stopReason).toBe('end_turn');
    await h.api('faults', { method: 'DELETE' });
    expect((await client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }))).stopReason).toBe('end_turn');
  });

  it('control-plane operations fail too', async () => {
    await fault({ operation: 'list-foundation-models', exception: 'AccessDeniedException' });
    await expect(h.control('long-term key').send(new ListFoundationModelsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  it('a delay holds the response, then answers normally', async () => {
    await fault({ operation: 'converse', delayMs: 30 });
    const out = await h.runtime('long-term key').send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    expect(out.stopReason).toBe('end_turn');
  });
});

describe('faults inside a stream', () => {
  it('AWS SDK: an exception frame after K events raises the modelled stream exception', async () => {
    await fault({
      operation: 'converse-stream',
      exception: 'ThrottlingException',
      afterEvents: 3,
      message: 'slow down',
    });
    const out = await h.runtime('long-term key').send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of out.stream ?? []) seen.push(Object.keys(event)[0] ?? '');
    })().catch((e) => e);
    expect(seen).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta']);
    expect(error).toMatchObject({ name: 'ThrottlingException', message: 'slow down' });
  });

  it('AI SDK: a model stream error ends the stream with an error part', async () => {
    await fault({ operation: 'converse-stream', exception: 'ModelStreamErrorException', afterEvents: 2 });
    const bedrock = createAmazonBedrock({ baseURL: h.emulator.url, region: h.region, apiKey: h.shortTermKey });
    const errors: unknown[] = [];
    const result = streamText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'hello',
      maxRetries: 0,
      onError: ({ error }) => errors.push(error),
    });
    let text = '';
    for await (const part of result.textStream) text += part;
    expect(text.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
  });

  it('LangChain: a stream error is thrown from the iterator', async () => {
    await fault({ operation: 'converse-stream', exception: 'ModelStreamErrorException', afterEvents: 2 });
    const chat = new ChatBedrockConverse({
      model: CLAUDE_PROFILE,
      region: h.region,
      client: h.runtime('long-term key'),
      maxRetries: 0,
    });
    const run = async () => {
      for await (const _ of await chat.stream('hello')) {
        // consume
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'ModelStreamErrorException' });
  });

  it('an abrupt disconnect mid-stream fails the client and leaves the emulator healthy', async () => {
    await fault({ operation: 'converse-stream', disconnect: true, afterEvents: 2 });
    const client = h.runtime('long-term key', { maxAttempts: 1 });
    const run = async () => {
      const out = await client.send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages }));
      for await (const _ of out.stream ?? []) {
        // consume
      }
    };
    await expect(run()).rejects.toBeInstanceOf(Error);
    await healthy();
  });

  it('a disconnect before the answer (HTTP/1.1, AI SDK) fails the call and leaves the emulator healthy', async () => {
    await fault({ operation: 'converse', disconnect: true });
    const bedrock = createAmazonBedrock({ baseURL: h.emulator.url, region: h.region, apiKey: h.shortTermKey });
    await expect(
      generateText({ model: bedrock(CLAUDE_PROFILE), prompt: 'hello', maxRetries: 0 }),
    ).rejects.toBeInstanceOf(Error);
    await healthy();
  });
});

describe('control API input', () => {
  it('rejects a bad fault with a bilingual message', async () => {
    const { status, json } = await h.api('faults', { body: { exception: 'NoSuchException' } });
    expect(status).toBe(400);
    expect(json.error?.en).toContain('exception');
    expect(json.error?.ja).toMatch(/[ぁ-ん]/);
    expect(
      (await h.api('faults', { body: { operation: 'converse', count: -1, exception: 'ThrottlingException' } })).status,
    ).toBe(400);
    expect((await h.api('faults', { body: { operation: 'converse' } })).status).toBe(400);
    expect((await h.api('nope')).status).toBe(404);
  });

  it('queues exact replies for the next matching request', async () => {
    const { status } = await h.api('replies', {
      body: [
        { model: CLAUDE_PROFILE, text: 'Queued answer.' },
        { operation: 'converse', toolCalls: [{ name: 'lookup', input: { id: 7 } }] },
      ],
    });
    expect(status).toBe(201);
    const client = h.runtime('long-term key');
    const first = await client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    expect(first.output?.message?.content?.[0]?.text).toBe('Queued answer.');
    const second = await client.send(
      new ConverseCommand({
        modelId: NOVA_ON_DEMAND,
        messages,
        toolConfig: { tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object' } } } }] },
      }),
    );
    expect(second.output?.message?.content?.[0]?.toolUse).toMatchObject({ name: 'lookup', input: { id: 7 } });
    expect(second.stopReason).toBe('tool_use');
    const third = await client.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    expect(third.output?.message?.content?.[0]?.text).toMatch(/^Hello!/);
  });
});
