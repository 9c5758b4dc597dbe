// The calendar tool as the chat route builds it, against the dev issuer over real sockets: @auth0/ai's Token
// Vault exchange (a refresh token for the user's Google token), the demo calendar's events.list, and the
// interrupt the chat turns into a "connect" card: not connected, connected, missing scope, disconnected.
import { TokenVaultInterrupt } from '@auth0/ai/interrupts';
import { Auth0AI, errorSerializer, setAIContext } from '@repo/auth/auth0-ai/ai-sdk';
import { auth0AIReady, auth0AISettings } from '@repo/auth/auth0-ai/settings';
import { fgaConnection } from '@repo/auth/fga';
import { devAuth0Config } from '@repo/auth/testing';
import { chatStreamErrorText } from '@repo/chat';
import { parseInterruption } from '@repo/chat/errors';
import { CALENDAR_SCOPES, type CalendarDay, calendarApiUrl } from '@repo/chat/tools';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { connectAccount, disconnectAccounts, refreshTokenFor } from '@repo/dev-idp/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarTool } from './calendar.ts';
import type { ToolContext } from './index.ts';

let idp: DevIdp;
let refreshToken: string;
let context: ToolContext;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  const config = { auth0: devAuth0Config(idp.port) };
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
    // Not used by the calendar tool.
    user: { userId: 'dev-idp|hanako', email: 'hanako@example.jp' },
    documents: () => Promise.reject(new Error('not used here')),
    fga: fgaConnection({}),
    // Not used by the calendar tool (the purchase tool's settings).
    shop: { apiUrl: 'http://localhost:1/api/shop', audience: 'https://shop.example.com/api' },
  };
}, 60_000);
afterAll(() => idp?.close());

let calls = 0;
/** One call of the tool, as streamText runs it: its result, or what it threw. */
async function ask(day: string): Promise<CalendarDay | unknown> {
  calls += 1;
  setAIContext({ threadID: `dev-idp|hanako/chat-${calls}` });
  const options = { toolCallId: `call-${calls}`, messages: [], context: {} };
  return Promise.resolve(calendarTool(context).execute?.({ day }, options)).catch((error: unknown) => error);
}

describe('get_calendar_events with Token Vault against the dev issuer', () => {
  it('interrupts while the Google account is not connected, and the chat gets a card for it', async () => {
    const error = await ask('tomorrow');
    expect(error).toBeInstanceOf(TokenVaultInterrupt);
    // What the route's errorSerializer sends, and what the browser reads back for the card.
    const interrupt = parseInterruption(errorSerializer(chatStreamErrorText)(error));
    expect(interrupt).toMatchObject({
      code: 'TOKEN_VAULT_ERROR',
      connection: 'google-oauth2',
      requiredScopes: CALENDAR_SCOPES,
    });
  });

  it('lists the day’s events in the user’s time zone once connected', async () => {
    await connectAccount(idp, refreshToken, CALENDAR_SCOPES);
    const day = (await ask('tomorrow')) as CalendarDay;
    expect(day.timeZone).toBe('Asia/Tokyo');
    expect(day.date).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(Date.now() + 864e5));
    expect(day.events.map((event) => event.summary)).toEqual(['チーム定例', '歯医者', '佐藤さんと夕食']);
    expect(day.events[0]).toEqual({ summary: 'チーム定例', start: '10:00', end: '10:30', location: '会議室 A' });
  });

  it('interrupts again, asking for the calendar scope, when the account was connected without it', async () => {
    await connectAccount(idp, refreshToken, ['openid']);
    const error = await ask('today');
    expect(error).toBeInstanceOf(TokenVaultInterrupt);
    expect((error as TokenVaultInterrupt).requiredScopes).toEqual(expect.arrayContaining(CALENDAR_SCOPES));
  });

  it('interrupts after the user disconnects the account (the issued Google tokens are revoked)', async () => {
    await connectAccount(idp, refreshToken, CALENDAR_SCOPES);
    expect(await ask('today')).toMatchObject({ timeZone: 'Asia/Tokyo' });
    await disconnectAccounts(idp, refreshToken);
    expect(await ask('today')).toBeInstanceOf(TokenVaultInterrupt);
  });

  it('answers a day it cannot read with a message for the model, not an interrupt', async () => {
    await connectAccount(idp, refreshToken, CALENDAR_SCOPES);
    const error = await ask('next full moon');
    expect(error).not.toBeInstanceOf(TokenVaultInterrupt);
    expect(chatStreamErrorText(error)).toContain('YYYY-MM-DD');
  });
});
