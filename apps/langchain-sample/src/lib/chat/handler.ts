// POST /api/chat, framework-free so tests drive it with real Requests: check the session, the body and
// the rate limit, then stream the agent's events as NDJSON. Errors become codes the UI explains.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '@repo/config';
import type { DocumentStore } from '@repo/documents';
import {
  CHAT_LIMITS,
  chatErrorResponse,
  classifyChatError,
  createRateLimiter,
  type RateLimiter,
  readChatRequest,
} from '@repo/ui/server';
import { createChatAgent, runAgent } from '../agent/agent.ts';
import type { SignedInUser } from '../server/session.ts';
import { CHAT_CONTENT_TYPE, type ChatEvent, encodeEvent } from './protocol.ts';
import { checkChatRequest } from './request.ts';

export interface ChatHandlerDeps {
  config: Config;
  user: () => Promise<SignedInUser | null>;
  accessToken: () => Promise<string>;
  model: () => BaseChatModel;
  documents: () => Promise<DocumentStore>;
  rateLimiter?: RateLimiter;
}

export function createChatHandler(deps: ChatHandlerDeps) {
  const limiter = deps.rateLimiter ?? createRateLimiter({ limit: CHAT_LIMITS.requestsPerMinute, windowMs: 60_000 });

  return async function handleChat(request: Request): Promise<Response> {
    const user = await deps.user();
    if (!user) return chatErrorResponse({ code: 'unauthenticated' });

    const checked = await readChatRequest(request, checkChatRequest);
    if (!checked.ok) return checked.response;

    const decision = limiter.check(user.documents.userId);
    if (!decision.ok) return chatErrorResponse({ code: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds });

    const { messages, timeZone, lang } = checked.value;
    const agent = createChatAgent(deps.model(), {
      timeZone: timeZone ?? 'UTC',
      lang: lang ?? 'en',
      issuerBaseUrl: deps.config.auth0.issuerBaseUrl,
      getAccessToken: deps.accessToken,
      user: user.documents,
      documents: deps.documents,
    });

    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: ChatEvent) => controller.enqueue(encoder.encode(encodeEvent(event)));
        try {
          for await (const event of runAgent(agent, messages, request.signal)) send(event);
          send({ type: 'done' });
        } catch (error) {
          if (!request.signal.aborted) {
            // The provider's own message stays in the server log; the browser gets a code it can explain.
            console.error('chat stream failed:', error instanceof Error ? error.message : error);
            send({ type: 'error', error: { code: classifyChatError(error) } });
          }
        } finally {
          try {
            controller.close();
          } catch {
            // the browser went away (stop button, closed tab): nothing left to close
          }
        }
      },
    });
    return new Response(stream, {
      headers: { 'content-type': CHAT_CONTENT_TYPE, 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
    });
  };
}
