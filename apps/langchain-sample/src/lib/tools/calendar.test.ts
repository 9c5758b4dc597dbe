// The calendar tool as the chat route builds it, against the dev issuer over real sockets: @auth0/ai's Token
// Vault exchange (a refresh token for the user's Google token), the demo calendar's events.list, and the
// interrupt the chat turns into a "connect" card: not connected, connected, missing scope, disconnected. Then
// the agent over the Bedrock emulator: the question stops at the card, and is answered once connected.
import { TokenVaultInterrupt } from '@auth0/ai/interrupts';
import { Auth0AI } from '@repo/auth/auth0-ai/langchain';
import { auth0AIReady, auth0AISettings } from '@repo/auth/auth0-ai/settings';
import { fgaConnection } from '@repo/auth/fga';
import { chatModel } from '@repo/auth/langchain';
import { devAuth0Config } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { CALENDAR_SCOPES, type CalendarDay, calendarApiUrl } from '@repo/chat/tools';
import { type Config, resolveConfig } from '@repo/config';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { connectAccount, disconnectAccounts, refreshTokenFor } from '@repo/dev-idp/testing';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChatEvents, toLangChainMessages } from '../chat/agent-events.ts';
import type { ChatEvent } from '../chat/protocol.ts';
import { SYSTEM_PROMPT } from '../chat/system-prompt.ts';
import { calendarTool } from './calendar.ts';
import { createTools, type ToolContext } from './index.ts';

let idp: DevIdp;
let emulator: RunningEmulator;
let config: Config;
let refreshToken: string;
let context: ToolContext;

beforeAll(async () => {
  [idp, emulator] = await Promise.all([startDevIdp({ port: 0, pollInterval: 1 }), startEmulator({ port: 0 })]);
  const resolved = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url });
  if (!resolved.config) throw new Error(JSON.stringify(resolved.findings));
  config = { ...resolved.config, auth0: devAuth0Config(idp.port) };
  await auth0AIReady(config);
  refreshToken = await refreshTokenFor(idp, 'dev-idp|hanako');
  context = {
    timeZone: 'Asia/Tokyo',
    lang: 'ja',
    issuerBaseUrl: idp.issuer,
    getAccessToken: async () => 'unused',
    getRefreshToken: async () => refreshToken,
    // One Auth0AI for both tools, as the server context builds it.
    auth0AI: new Auth0AI({ auth0: auth0AISettings(config) }),
    tokenVault: {
      connection: 'google-oauth2',
      calendarApiUrl: calendarApiUrl(config.auth0),
    },
    user: { userId: 'dev-idp|hanako', email: 'hanako@example.jp' },
    documents: async () => {
      throw new Error('not used here');
    },
    fga: fgaConnection({}),
    // Not used by the calendar tool (the purchase tool's settings).
    shop: { apiUrl: 'http://localhost:1/api/shop', audience: 'https://shop.example.com/api' },
  };
}, 60_000);
afterAll(async () => {
  await idp?.close();
  await emulator?.close();
});

let calls = 0;
/** One call of the tool, as LangGraph's tool node runs it: its result, or the Auth0 interrupt it raised. */
async function ask(day: string): Promise<CalendarDay | unknown> {
  calls += 1;
  const config = { configurable: { thread_id: `dev-idp|hanako/${calls}` } };
  try {
    return await calendarTool(context).invoke({ day }, config);
  } catch (error) {
    // The LangChain adapter raises Auth0's interrupt as a LangGraph interrupt (GraphInterrupt) that carries it.
    const { name, interrupts } = error as { name?: string; interrupts?: { value: unknown }[] };
    return name === 'GraphInterrupt' ? interrupts?.[0]?.value : error;
  }
}

/** The agent as the chat route runs it, on one question. */
async function chat(question: string): Promise<ChatEvent[]> {
  const agent = createAgent({ model: chatModel(config), tools: createTools(context), systemPrompt: SYSTEM_PROMPT });
  const stream = await agent.stream(
    { messages: toLangChainMessages([{ role: 'user', text: question }]) },
    { streamMode: ['messages', 'updates'], configurable: { thread_id: 'dev-idp|hanako' } },
  );
  const events: ChatEvent[] = [];
  for await (const event of toChatEvents(stream)) events.push(event);
  return events;
}

describe('get_calendar_events with Token Vault against the dev issuer', () => {
  it('interrupts while the Google account is not connected; in a chat, the call ends in the card', async () => {
    const interrupt = await ask('tomorrow');
    expect(interrupt).toBeInstanceOf(TokenVaultInterrupt);
    expect(interrupt).toMatchObject({ connection: 'google-oauth2', requiredScopes: CALENDAR_SCOPES });

    const events = await chat('明日の予定は？');
    const call = events.find((e) => e.type === 'tool-call');
    expect(call).toMatchObject({ name: 'get_calendar_events' });
    const result = events.find((e) => e.type === 'tool-result');
    expect(result).toMatchObject({
      id: call?.type === 'tool-call' ? call.id : '',
      interrupt: { code: 'TOKEN_VAULT_ERROR', connection: 'google-oauth2', requiredScopes: CALENDAR_SCOPES },
    });
  });

  it('lists the day’s events in the user’s time zone once connected, and the agent answers with them', async () => {
    await connectAccount(idp, refreshToken, CALENDAR_SCOPES);
    const day = (await ask('tomorrow')) as CalendarDay;
    expect(day.timeZone).toBe('Asia/Tokyo');
    expect(day.events.map((event) => event.summary)).toEqual(['チーム定例', '歯医者', '佐藤さんと夕食']);

    const events = await chat('明日の予定は？');
    expect(events.find((e) => e.type === 'tool-result')).toMatchObject({ output: { timeZone: 'Asia/Tokyo' } });
    const text = events.map((e) => (e.type === 'text' ? e.delta : '')).join('');
    expect(text).toMatch(/チーム定例|歯医者|佐藤さんと夕食|デザインレビュー|1on1/);
  });

  it('interrupts again, asking for the calendar scope, when the account was connected without it', async () => {
    await connectAccount(idp, refreshToken, ['openid']);
    const interrupt = await ask('today');
    expect(interrupt).toBeInstanceOf(TokenVaultInterrupt);
    expect((interrupt as TokenVaultInterrupt).requiredScopes).toEqual(expect.arrayContaining(CALENDAR_SCOPES));
  });

  it('interrupts after the user disconnects the account (the issued Google tokens are revoked)', async () => {
    await connectAccount(idp, refreshToken, CALENDAR_SCOPES);
    expect(await ask('today')).toMatchObject({ timeZone: 'Asia/Tokyo' });
    await disconnectAccounts(idp, refreshToken);
    expect(await ask('today')).toBeInstanceOf(TokenVaultInterrupt);
  });
});
