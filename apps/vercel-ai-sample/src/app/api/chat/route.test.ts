// The chat route against the Bedrock emulator over real sockets: the real AI SDK provider from @repo/auth,
// real streamText and tools, the UI message stream as the browser receives it. Only the session lookup is
// given directly (the signed-in path through Auth0 is covered by the built app's tests).

import { fakeShortTermKey } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { CHAT_LIMITS } from '@repo/chat';
import { emptyEnvFile } from '@repo/devtools/hermetic-env';
import { freePort } from '@repo/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignedInUser } from '@/lib/server/session.ts';

const session = vi.hoisted(() => ({ user: null as SignedInUser | null }));
vi.mock('@/lib/server/session.ts', () => ({
  signedInUser: async () => session.user,
  accessToken: async () => 'not-used-here',
  // No Google account connected: Token Vault has nothing to exchange.
  refreshToken: async () => undefined,
}));
// A short stall limit, so the stall test waits seconds for the AI SDK's chunk timeout, not half a minute.
vi.mock('@repo/chat', async (original) => {
  const chat = await original<typeof import('@repo/chat')>();
  return { ...chat, CHAT_LIMITS: { ...chat.CHAT_LIMITS, stallMs: 5_000 } };
});

let emulator: RunningEmulator;
const errors: string[] = [];
let users = 0;

/** A fresh signed-in user per test, so the per-user rate limit of one test does not reach the next. */
function signIn() {
  users += 1;
  session.user = { sub: `dev-idp|alex-${users}`, profile: { name: 'Alex' } };
}

/** The route module as the app loads it, reading the given .env values (and no developer's .env file). */
async function route(vars: Record<string, string>, now?: Date) {
  vi.resetModules();
  vi.unstubAllEnvs();
  vi.stubEnv('DOTENV_CONFIG_PATH', emptyEnvFile());
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  const module = await import('./route.ts');
  if (now) {
    // The config is read as at `now` (it would refuse an expired key); Bedrock sees the real time.
    vi.useFakeTimers({ now, toFake: ['Date'] });
    await (await import('@/lib/server/context.ts')).serverContext();
    vi.useRealTimers();
  }
  return module.POST;
}

let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
    errors.push(String(line));
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await emulator.close();
});
beforeEach(async () => {
  signIn();
  POST = await route({ BEDROCK_MODE: 'emulator', BEDROCK_EMULATOR_PORT: String(emulator.port) });
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
});
afterEach(() => vi.useRealTimers());

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

async function injectFault(url: string, fault: Record<string, unknown>) {
  const injected = await fetch(`${url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operation: 'converse-stream', count: 1, ...fault }),
  });
  expect(injected.status).toBe(201);
}

const errorCode = (list: Array<Record<string, unknown>>) =>
  JSON.parse(String(list.find((c) => c.type === 'error')?.errorText)).error.code;

const textOf = (list: Array<Record<string, unknown>>) =>
  list
    .filter((c) => c.type === 'text-delta')
    .map((c) => c.delta)
    .join('');

describe('POST /api/chat against the emulator', () => {
  it('streams an answer in several chunks, in the language of the question', async () => {
    const response = await POST(chatRequest('こんにちは。自己紹介をしてください。'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const list = await chunks(response);
    expect(list.filter((c) => c.type === 'text-delta').length).toBeGreaterThan(1);
    expect(textOf(list)).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(list.at(-1)?.type).toBe('finish');
  });

  it('runs a tool round trip: calculator input, output, then the answer using it', async () => {
    const list = await chunks(await POST(chatRequest('Please calculate (12 + 30) * 2')));
    const input = list.find((c) => c.type === 'tool-input-available');
    expect(input).toMatchObject({ toolName: 'calculator' });
    const output = list.find((c) => c.type === 'tool-output-available');
    expect(output?.output).toMatchObject({ result: 84 });
    expect(textOf(list)).toContain('84');
  });

  it('ends the answer at the calendar call when Token Vault has no Google token, sending the interrupt', async () => {
    const list = await chunks(await POST(chatRequest('What is on my calendar tomorrow?')));
    expect(list.find((c) => c.type === 'tool-input-available')).toMatchObject({ toolName: 'get_calendar_events' });
    const failed = list.find((c) => c.type === 'tool-output-error');
    expect(String(failed?.errorText)).toMatch(/^AUTH0_AI_INTERRUPTION:/);
    expect(JSON.parse(String(failed?.errorText).slice('AUTH0_AI_INTERRUPTION:'.length))).toMatchObject({
      code: 'TOKEN_VAULT_ERROR',
      connection: 'google-oauth2',
    });
    // No second step: the model does not answer around the card.
    expect(textOf(list)).toBe('');
    expect(list.at(-1)?.type).toBe('finish');
  });

  it('shows a tool’s own error on its card, and the model answers with it', async () => {
    const list = await chunks(await POST(chatRequest('Please calculate 1 / 0')));
    expect(list.find((c) => c.type === 'tool-output-error')?.errorText).toBe('Division by zero.');
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
    const list = await chunks(await POST(chatRequest('Tell me a story')));
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
    const list = await chunks(await POST(chatRequest('Hello')));
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
    const list = await chunks(await POST(chatRequest('Hello')));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'model-not-enabled' },
    });
  });
});

describe('POST /api/chat when the answer is cut short', () => {
  it('ends with an error part naming the cause: invalid request, disconnect, stall', async () => {
    const cases = [
      { fault: { exception: 'ValidationException', afterEvents: 4 }, code: 'invalid-request' },
      { fault: { disconnect: true, afterEvents: 4 }, code: 'disconnected' },
      // Silent for two minutes after a few events: the stall limit (5 s here) stops it.
      { fault: { delayMs: 120_000, afterEvents: 4 }, code: 'stalled' },
    ];
    for (const { fault, code } of cases) {
      signIn();
      await injectFault(emulator.url, fault);
      const response = await POST(chatRequest('Tell me a long story about a cat'));
      const list = await chunks(response); // a stream that fails itself would throw here
      expect(textOf(list)).not.toBe('');
      expect({ code, got: errorCode(list) }).toEqual({ code, got: code });
      expect(errors.at(-1)).toMatch(new RegExp(`^chat: ${code}:`));
    }
  });

  it('ends with "disconnected" when Bedrock goes away mid-answer (its process killed)', async () => {
    const doomed = await startEmulator({ port: 0 });
    try {
      const post = await route({ BEDROCK_MODE: 'emulator', BEDROCK_EMULATOR_PORT: String(doomed.port) });
      // A few events, then silence, during which every connection of the endpoint is destroyed.
      await injectFault(doomed.url, { delayMs: 120_000, afterEvents: 4 });
      const response = await post(chatRequest('Tell me a long story about a cat'));
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      while (reader) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!text.includes('text-delta') && value.includes('text-delta')) await doomed.close();
        text += value;
      }
      const list = await chunks(new Response(text));
      expect(textOf(list)).not.toBe('');
      expect(errorCode(list)).toBe('disconnected');
    } finally {
      await doomed.close();
    }
  });
});

describe('POST /api/chat with a broken Bedrock setup', () => {
  it('an expired short-term API key is reported as expired-key', async () => {
    const issuedAt = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const key = fakeShortTermKey({ region: 'us-east-1', issuedAt, expiresInSeconds: 3600 });
    const expired = await route(
      {
        BEDROCK_MODE: 'emulator',
        BEDROCK_EMULATOR_PORT: String(emulator.port),
        AWS_REGION: 'us-east-1',
        AWS_BEARER_TOKEN_BEDROCK: key,
      },
      // The config is read as at signing time (it would refuse an expired key); Bedrock sees it now.
      new Date(issuedAt.getTime() + 60_000),
    );
    const list = await chunks(await expired(chatRequest('Hello')));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'expired-key' },
    });
  });

  it('nothing listening at the endpoint is reported as unreachable', async () => {
    const closed = await route({ BEDROCK_MODE: 'emulator', BEDROCK_EMULATOR_PORT: String(await freePort()) });
    const list = await chunks(await closed(chatRequest('Hello')));
    expect(JSON.parse(String(list.find((c) => c.type === 'error')?.errorText))).toEqual({
      error: { code: 'unreachable' },
    });
  }, 20_000);
});

describe('POST /api/chat refusals', () => {
  it('401 JSON when signed out', async () => {
    session.user = null;
    const response = await POST(chatRequest('hi'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 'unauthenticated', message: { ja: expect.any(String) } },
    });
  });

  it('400 for a body that is not JSON, or not a chat request', async () => {
    const notJson = new Request('http://localhost/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect((await POST(notJson)).status).toBe(400);
    const wrong = await POST(chatRequest('hi', { messages: [{ id: 'x', role: 'system', parts: [] }] }));
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.detail.en).toContain('messages[0].role');
  });

  it('403 for a page of another site, 415 for a body not sent as JSON, in both languages', async () => {
    const crossSite = await POST(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-site', origin: 'http://localhost:1' },
        body: JSON.stringify({ messages: [] }),
      }),
    );
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error).toMatchObject({
      code: 'cross-site-request',
      message: { ja: expect.any(String) },
    });
    // A form of another site can post text/plain without a preflight.
    const text = await POST(new Request('http://localhost/api/chat', { method: 'POST', body: '{"messages":[]}' }));
    expect(text.status).toBe(415);
    expect((await text.json()).error.message.en).toContain('application/json');
  });

  it('400 without echoing the request when a tool part does not match its tool', async () => {
    const tool = { type: 'tool-calculator', toolCallId: 't1', state: 'input-available' };
    const big = { ...tool, input: { expression: 'x'.repeat(200_000) } };
    const response = await POST(
      chatRequest('hi', {
        messages: [
          { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Calculate' }] },
          { id: 'a1', role: 'assistant', parts: [big] },
          { id: 'u2', role: 'user', parts: [{ type: 'text', text: 'again' }] },
        ],
      }),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(2_000);
    expect(JSON.parse(text).error.detail.en).toContain('The messages are not valid');
  });

  it('413 for a body over the cap', async () => {
    const response = await POST(chatRequest('x'.repeat(CHAT_LIMITS.maxBodyBytes)));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('too-large');
  });

  it('429 with Retry-After once a user passes the limit', async () => {
    const statuses: number[] = [];
    const send = () =>
      POST(
        new Request('http://localhost/api/chat', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        }),
      );
    for (let i = 0; i < CHAT_LIMITS.requestsPerMinute; i++) statuses.push((await send()).status);
    const last = await send();
    statuses.push(last.status);
    expect(statuses).toEqual([...Array(CHAT_LIMITS.requestsPerMinute).fill(400), 429]);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last.json()).error.code).toBe('rate-limited');
  });
});

// The scripted model as the agent sees it, through the route: the question (either language) picks the tools it
// needs and only those, and fills their inputs from the question. The LangChain sample's route test asks the same.
describe('POST /api/chat: the questions choose the tools', () => {
  const toolsCalled = (list: Array<Record<string, unknown>>) =>
    list.filter((c) => c.type === 'tool-input-available').map((c) => c.toolName);

  it.each([
    ['Who am I?', ['get_user_info']],
    ['私は誰？', ['get_user_info']],
    ['Tell me my user info', ['get_user_info']],
    ['What time is it now?', ['current_time']],
    ['今何時ですか？', ['current_time']],
    ['What is on my calendar tomorrow?', ['get_calendar_events']],
    ['明日の予定は？', ['get_calendar_events']],
    ['Hello! Please introduce yourself.', []],
  ])('%s -> %j', async (question, expected) => {
    expect(toolsCalled(await chunks(await POST(chatRequest(question))))).toEqual(expected);
  });

  it('fills the calculator from the question: both numbers, the exact sum', async () => {
    const list = await chunks(await POST(chatRequest('What is 1836281973 + 19973286?')));
    expect(toolsCalled(list)).toEqual(['calculator']);
    const input = list.find((c) => c.type === 'tool-input-available')?.input as { expression: string };
    expect(input.expression.replace(/\s/g, '')).toBe('1836281973+19973286');
    expect(list.find((c) => c.type === 'tool-output-available')?.output).toMatchObject({ result: 1856255259 });
    expect(textOf(list).replace(/,/g, '')).toContain('1856255259');
  });
});
