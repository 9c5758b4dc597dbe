// The AI SDK 7 and LangChain 1 adapters over @auth0/ai, with real tools of each framework, against the dev
// issuer over real sockets (CIBA approved through the issuer's device API, Token Vault not connected).

import { AuthorizationPendingInterrupt, TokenVaultInterrupt } from '@auth0/ai/interrupts';
import { tool as langchainTool } from '@langchain/core/tools';
import { isGraphInterrupt } from '@langchain/langgraph';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET, type DevIdp, startDevIdp } from '@repo/dev-idp';
import { trustDevIdp } from '@repo/dev-idp/trust';
import { tool, type UIMessage } from 'ai';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as aiSdk from './ai-sdk.ts';
import * as lc from './langchain.ts';

const HANAKO = 'dev-idp|hanako';
const SHOP_API = 'https://shop.example.jp/api';
const CALENDAR = 'https://www.googleapis.com/auth/calendar.events.readonly';

let idp: DevIdp;
let auth0: { domain: string; clientId: string; clientSecret: string };
beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  await trustDevIdp(idp.issuer);
  auth0 = { domain: `localhost:${idp.port}`, clientId: DEV_CLIENT_ID, clientSecret: DEV_CLIENT_SECRET };
});
afterAll(() => idp?.close());

async function approveWhenAsked(bindingMessage: string): Promise<void> {
  for (;;) {
    const request = idp.pendingRequests(HANAKO).find((pending) => pending.bindingMessage === bindingMessage);
    if (request) {
      await idp.answerRequest(HANAKO, request.id, true);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const options = (toolCallId: string) => ({ toolCallId, messages: [], context: {} });

describe('AI SDK 7 adapter', () => {
  const buyTool = () =>
    tool({
      description: 'Buy a product for the user',
      inputSchema: z.object({ product: z.string() }),
      execute: async ({ product }) => {
        const { accessToken } = aiSdk.getAsyncAuthorizationCredentials() as { accessToken: string };
        return { product, scope: decodeJwt(accessToken).scope };
      },
    });

  it('holds an AI SDK tool until the user approves, then runs it with the API token', async () => {
    const ai = new aiSdk.Auth0AI({ auth0 });
    const buy = ai.withAsyncAuthorization({
      userID: HANAKO,
      bindingMessage: async (input: unknown) => `${(input as { product: string }).product} を購入`,
      scopes: ['openid', 'product:buy'],
      audience: SHOP_API,
      onAuthorizationRequest: 'block',
    })(buyTool());
    aiSdk.setAIContext({ threadID: 'thread-1' });
    const result = buy.execute?.({ product: 'ノートPC' }, options('call-1'));
    await approveWhenAsked('ノートPC を購入');
    expect(await result).toEqual({ product: 'ノートPC', scope: expect.stringContaining('product:buy') });
  });

  it('in interrupt mode, throws the pending interrupt, which errorSerializer hands to the UI', async () => {
    const ai = new aiSdk.Auth0AI({ auth0 });
    const buy = ai.withAsyncAuthorization({
      userID: HANAKO,
      bindingMessage: 'Buy a pen',
      scopes: ['product:buy'],
      audience: SHOP_API,
    })(buyTool());
    aiSdk.setAIContext({ threadID: 'thread-2' });
    const error = await Promise.resolve(buy.execute?.({ product: 'pen' }, options('call-2'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationPendingInterrupt);
    const text = aiSdk.errorSerializer()(error);
    expect(text.startsWith(aiSdk.InterruptionPrefix)).toBe(true);
    expect(JSON.parse(text.slice(aiSdk.InterruptionPrefix.length))).toMatchObject({
      code: 'ASYNC_AUTHORIZATION_AUTHORIZATION_PENDING',
    });
    expect(aiSdk.errorSerializer(() => 'other')(new Error('boom'))).toBe('other');
  });

  it('interrupts a Token Vault tool while the account is not connected, and resumes tools the UI unblocked', async () => {
    const ai = new aiSdk.Auth0AI({ auth0 });
    const calendar = ai.withTokenVault({
      connection: 'google-oauth2',
      scopes: [CALENDAR],
      refreshToken: async () => 'not-a-refresh-token',
    })(
      tool({
        description: 'Read the calendar',
        inputSchema: z.object({}),
        execute: async () => aiSdk.getAccessTokenFromTokenVault(),
      }),
    );
    aiSdk.setAIContext({ threadID: 'thread-3' });
    const error = await Promise.resolve(calendar.execute?.({}, options('call-3'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVaultInterrupt);
    expect((error as TokenVaultInterrupt).connection).toBe('google-oauth2');

    const echo = tool({
      description: 'Echo',
      inputSchema: z.object({ text: z.string() }),
      execute: async ({ text }) => text,
    });
    const messages = [
      {
        id: 'm1',
        role: 'assistant',
        parts: [
          {
            type: 'tool-echo',
            toolCallId: 'call-4',
            state: 'output-available',
            input: { text: 'again' },
            output: { continueInterruption: true, toolName: 'echo' },
          },
        ],
      },
    ] as unknown as UIMessage[];
    await aiSdk.invokeTools({ messages, tools: { echo } });
    expect(messages[0]?.parts[0]).toMatchObject({ output: { result: 'again', toolName: 'echo' } });
  });
});

describe('LangChain 1 adapter', () => {
  const buyTool = () =>
    langchainTool(
      async ({ product }: { product: string }) => {
        const { accessToken } = lc.getAsyncAuthorizationCredentials() as { accessToken: string };
        return `${product}: ${decodeJwt(accessToken).scope}`;
      },
      { name: 'shop_online', description: 'Buy a product for the user', schema: z.object({ product: z.string() }) },
    );

  it('raises a LangGraph interrupt while pending, and runs the tool once the user approved', async () => {
    const ai = new lc.Auth0AI({ auth0 });
    const buy = ai.withAsyncAuthorization({
      userID: HANAKO,
      bindingMessage: 'Buy a lamp',
      scopes: ['openid', 'product:buy'],
      audience: SHOP_API,
    })(buyTool());
    const config = { configurable: { thread_id: 'lc-thread' } };
    const error = await buy.invoke({ product: 'lamp' }, config).catch((e: unknown) => e);
    expect(isGraphInterrupt(error)).toBe(true);
    expect((error as { interrupts: { value: unknown }[] }).interrupts[0]?.value).toBeInstanceOf(
      AuthorizationPendingInterrupt,
    );
    await approveWhenAsked('Buy a lamp');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await buy.invoke({ product: 'lamp' }, config)).toMatch(/^lamp: .*product:buy/);
  });

  it('raises a LangGraph interrupt carrying TokenVaultInterrupt when the account is not connected', async () => {
    const ai = new lc.Auth0AI({ auth0 });
    const calendar = ai.withTokenVault({
      connection: 'google-oauth2',
      scopes: [CALENDAR],
      refreshToken: async () => 'not-a-refresh-token',
    })(
      langchainTool(async () => lc.getAccessTokenFromTokenVault(), {
        name: 'calendar',
        description: 'Read the calendar',
        schema: z.object({}),
      }),
    );
    const error = await calendar.invoke({}, { configurable: { thread_id: 'lc-2' } }).catch((e: unknown) => e);
    expect(isGraphInterrupt(error)).toBe(true);
    expect((error as { interrupts: { value: unknown }[] }).interrupts[0]?.value).toBeInstanceOf(TokenVaultInterrupt);
  });
});
