// The chat route's logic against the Bedrock emulator over real sockets: the real AI SDK provider from
// @repo/auth, real streamText and tools, the UI message stream as the browser receives it.
// (The built app's tests add the real Auth0 session and Next.js on top.)
import { bedrockProvider } from '@repo/auth/ai-sdk';
import { fakeShortTermKey } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { resolveConfig } from '@repo/config';
import { freePort } from '@repo/testing';
import { CHAT_LIMITS, createRateLimiter } from '@repo/ui/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChatDeps, handleChat } from './handle-chat.ts';

let emulator: RunningEmulator;
let deps: ChatDeps;
const errors: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const { config } = resolveConfig({ BEDROCK_MODE: 'emulator', BEDROCK_EMULATOR_PORT: String(emulator.port) });
  if (!config) throw new Error('test config did not resolve');
  deps = {
    getUser: async () => ({ sub: 'dev-idp|alex' }),
    getAccessToken: async () => 'not-used-here',
    model: bedrockProvider(config)(config.bedrock.chatModelId),
    issuerBaseUrl: 'http://localhost:1',
    limiter: createRateLimiter({ limit: 1000, windowMs: 60_000 }),
    logError: (line) => errors.push(line),
  };
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
});

function chatRequest(text: string, extra: Record<string, unknown> = {}) {
  return new Request('http://localhost/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'chat-1',
      trigger: 'submit-message',
      messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }],
      timeZone: 'Asia/Tokyo',
      ...extra,
    }),
  });
}

/** The UI message stream (server-sent events) as a list of chunks. */
async function chunks(response: Response): Promise<Array<Record<string, unknown>>> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice(6)));
}

const textOf = (list: Array<Record<string, unknown>>) =>
  list
    .filter((c) => c.type === 'text-delta')
    .map((c) => c.delta)
    .join('');

describe('handleChat against the emulator', () => {
  it('streams an answer in several chunks, in the language of the question', async () => {
    const response = await handleChat(chatRequest('こんにちは。自己紹介をしてください。'), deps);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const list = await chunks(response);
    expect(list.filter((c) => c.type === 'text-delta').length).toBeGreaterThan(1);
    expect(textOf(list)).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(list.at(-1)?.type).toBe('finish');
  });

  it('runs a tool round trip: calculator input, output, then the answer using it', async () => {
    const list = await chunks(await handleChat(chatRequest('Please calculate (12 + 30) * 2'), deps));
    const input = list.find((c) => c.type === 'tool-input-available');
    expect(input).toMatchObject({ toolName: 'calculator' });
    const output = list.find((c) => c.type === 'tool-output-available');
    expect(output?.output).toMatchObject({ result: 84 });
    expect(textOf(list)).toContain('84');
  });

  it('reports a throttled stream as a friendly error code, not the provider message', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operation: 'converse-stream',
        exception: 'ThrottlingException',
        afterEvents: 2,
        count: 1,
      }),
    });
    const list = await chunks(await handleChat(chatRequest('Tell me a story'), deps));
    const error = list.find((c) => c.type === 'error');
    expect(JSON.parse(String(error?.errorText))).toEqual({ error: { code: 'throttled' } });
    expect(errors.at(-1)).toMatch(/^chat: throttled:/);
  });

  it('reports throttling that outlasts the SDK retries the same way', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'converse-stream', exception: 'ThrottlingException', count: 3 }),
    });
    const list = await chunks(await handleChat(chatRequest('Hello'), deps));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'throttled' },
    });
  }, 20_000);

  it('maps model access not granted to its code', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operation: 'converse-stream',
        exception: 'AccessDeniedException',
        message: "You don't have access to the model with the specified model ID.",
        count: 1,
      }),
    });
    const list = await chunks(await handleChat(chatRequest('Hello'), deps));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'model-not-enabled' },
    });
  });
});

describe('handleChat with a broken Bedrock setup', () => {
  function depsFor(vars: Record<string, string>, now?: Date) {
    const { config, findings } = resolveConfig(vars, {}, now ? { now } : {});
    if (!config) throw new Error(`config did not resolve: ${findings.map((f) => f.code).join(', ')}`);
    return { ...deps, model: bedrockProvider(config)(config.bedrock.chatModelId) };
  }

  it('an expired short-term API key is reported as expired-key', async () => {
    const issuedAt = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const key = fakeShortTermKey({ region: 'us-east-1', issuedAt, expiresInSeconds: 3600 });
    const expired = depsFor(
      {
        BEDROCK_MODE: 'emulator',
        BEDROCK_EMULATOR_PORT: String(emulator.port),
        AWS_REGION: 'us-east-1',
        AWS_BEARER_TOKEN_BEDROCK: key,
      },
      // The config is read as at signing time (it would refuse an expired key); Bedrock sees it now.
      new Date(issuedAt.getTime() + 60_000),
    );
    const list = await chunks(await handleChat(chatRequest('Hello'), expired));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'expired-key' },
    });
  });

  it('nothing listening at the endpoint is reported as unreachable', async () => {
    const closed = depsFor({ BEDROCK_MODE: 'emulator', BEDROCK_EMULATOR_PORT: String(await freePort()) });
    const list = await chunks(await handleChat(chatRequest('Hello'), closed));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'unreachable' },
    });
  }, 20_000);
});

describe('handleChat refusals', () => {
  it('401 JSON when signed out', async () => {
    const response = await handleChat(chatRequest('hi'), { ...deps, getUser: async () => null });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 'unauthenticated', message: { ja: expect.any(String) } },
    });
  });

  it('400 for a body that is not JSON, or not a chat request', async () => {
    const notJson = new Request('http://localhost/api/chat', { method: 'POST', body: '{oops' });
    expect((await handleChat(notJson, deps)).status).toBe(400);
    const wrong = await handleChat(chatRequest('hi', { messages: [{ id: 'x', role: 'system', parts: [] }] }), deps);
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.detail.en).toContain('messages[0].role');
  });

  it('413 for a body over the cap', async () => {
    const response = await handleChat(chatRequest('x'.repeat(CHAT_LIMITS.maxBodyBytes)), deps);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('too-large');
  });

  it('429 with Retry-After once a user passes the limit', async () => {
    const limited = { ...deps, limiter: createRateLimiter({ limit: 2, windowMs: 60_000 }) };
    const statuses: number[] = [];
    const send = () => handleChat(new Request('http://localhost/api/chat', { method: 'POST', body: '{}' }), limited);
    for (let i = 0; i < 2; i++) statuses.push((await send()).status);
    const last = await send();
    statuses.push(last.status);
    expect(statuses).toEqual([400, 400, 429]);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last.json()).error.code).toBe('rate-limited');
  });
});
