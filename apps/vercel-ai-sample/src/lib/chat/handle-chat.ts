// POST /api/chat: signed-in check (401), per-user rate limit (429), size caps (413), body schema (400), then
// streamText with the tools, streamed to useChat. Model errors reach the browser as a code it can explain
// (throttled, access denied, ...), never as the provider's raw message.

import { encodeChatError } from '@repo/ui';
import { CHAT_LIMITS, chatErrorResponse, classifyChatError, type RateLimiter, readChatRequest } from '@repo/ui/server';
import {
  convertToModelMessages,
  type LanguageModel,
  stepCountIs,
  streamText,
  type UIMessage,
  validateUIMessages,
} from 'ai';
import { checkChatRequest } from './request-schema.ts';
import { SYSTEM_PROMPT } from './system-prompt.ts';
import { createTools } from './tools.ts';

export interface ChatDeps {
  /** The signed-in user, or null. */
  getUser: () => Promise<{ sub: string } | null>;
  getAccessToken: () => Promise<string>;
  model: LanguageModel;
  issuerBaseUrl: string;
  limiter: RateLimiter;
  /** Where server-side details of a failure go (never to the browser). */
  logError?: (message: string) => void;
}

export async function handleChat(request: Request, deps: ChatDeps): Promise<Response> {
  const user = await deps.getUser();
  if (!user) return chatErrorResponse({ code: 'unauthenticated' });

  const limit = deps.limiter.check(user.sub);
  if (!limit.ok) return chatErrorResponse({ code: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds });

  const checked = await readChatRequest(request, checkChatRequest);
  if (!checked.ok) return checked.response;

  const { timeZone = 'UTC', lang = 'en' } = checked.value;
  const tools = createTools({ timeZone, lang, issuerBaseUrl: deps.issuerBaseUrl, getAccessToken: deps.getAccessToken });

  let messages: UIMessage[];
  try {
    messages = await validateUIMessages({ messages: checked.value.messages, tools });
  } catch (error) {
    return chatErrorResponse({
      code: 'bad-request',
      detail: {
        ja: `メッセージの形式が正しくありません: ${(error as Error).message}`,
        en: `The messages are not valid: ${(error as Error).message}`,
      },
    });
  }

  const result = streamText({
    model: deps.model,
    system: SYSTEM_PROMPT,
    messages: await convertToModelMessages(messages, { tools, ignoreIncompleteToolCalls: true }),
    tools,
    stopWhen: stepCountIs(CHAT_LIMITS.maxSteps),
    abortSignal: request.signal,
    // Reported once, classified, in toUIMessageStreamResponse below (the default would print a stack).
    onError: () => {},
  });

  return result.toUIMessageStreamResponse({
    // no-transform: proxies and `next start` must not gzip a token stream (buffering, CPU per stream).
    headers: { 'cache-control': 'no-cache, no-transform' },
    originalMessages: messages,
    // Tool failures are our own messages (CalculatorError, UserInfoError): the model and the card may show them.
    redactToolErrors: false,
    onError: (error) => {
      const code = classifyChatError(error);
      deps.logError?.(`chat: ${code}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      return encodeChatError({ code });
    },
  });
}
