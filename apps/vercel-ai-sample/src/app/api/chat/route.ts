// POST /api/chat: a chat on Amazon Bedrock with the Vercel AI SDK, for signed-in users only. It reads top to
// bottom: sign-in, rate limit, body check, then the AI SDK's own streamText call. The LangChain sample's
// route.ts has the same steps in the same order.
import { errorSerializer, interrupted, setAIContext } from '@repo/auth/auth0-ai/ai-sdk';
import {
  CHAT_LIMITS,
  CHAT_STREAM_HEADERS,
  chatErrorResponse,
  chatStreamErrorText,
  createRateLimiter,
  readChatRequest,
} from '@repo/chat';
import { refuseCrossSite } from '@repo/web-security';
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
} from 'ai';
import { checkChatRequest, checkUIMessages } from '@/lib/chat/request.ts';
import { SYSTEM_PROMPT } from '@/lib/chat/system-prompt.ts';
import { documentUser } from '@/lib/documents.ts';
import { serverContext } from '@/lib/server/context.ts';
import { accessToken, refreshToken, signedInUser } from '@/lib/server/session.ts';
import { createTools } from '@/lib/tools/index.ts';

// Streams for as long as the answer takes; never cached.
export const dynamic = 'force-dynamic';
export const maxDuration = 60;

// Per user, in memory (one server process; behind several instances use a shared store).
const limiter = createRateLimiter({ limit: CHAT_LIMITS.requestsPerMinute, windowMs: 60_000 });

export async function POST(request: Request) {
  // 0. Where it comes from: a page of another site cannot chat with this user's cookie (403).
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;

  // 1. Sign-in: the Auth0 session. An API answers 401 JSON, not a redirect to the login page.
  const user = await signedInUser();
  if (!user) return chatErrorResponse({ code: 'unauthenticated' });

  // 2. Rate limit: one user cannot slow the app for the others.
  const limit = limiter.check(user.sub);
  if (!limit.ok) return chatErrorResponse({ code: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds });

  // 3. Body check: JSON (415), size caps and the schema; a mistake is answered naming the field, in Japanese and English.
  const body = await readChatRequest(request, checkChatRequest);
  if (!body.ok) return body.response;
  const { timeZone = 'UTC', lang = 'en' } = body.value;
  const { config, bedrock, documents, fga, auth0AI, shop, tokenVault } = await serverContext();
  const tools = createTools({
    timeZone,
    lang,
    issuerBaseUrl: config.auth0.issuerBaseUrl,
    getAccessToken: accessToken,
    user: documentUser(user),
    documents,
    fga,
    auth0AI,
    shop,
    getRefreshToken: refreshToken,
    tokenVault,
  });
  const checked = await checkUIMessages(body.value.messages, tools);
  if (!checked.ok) return checked.response;

  // 4. The framework's own call: streamText on the Bedrock model, with the tools. Auth0 for AI Agents keeps what
  // it knows per conversation (the purchase tool's approvals) and may interrupt a tool: "connect Google first".
  setAIContext({ threadID: `${user.sub}/${body.value.id}` });
  let stopped: unknown; // why the AI SDK stopped the call, when its timeout did
  const result = streamText({
    model: bedrock(config.bedrock.chatModelId),
    system: SYSTEM_PROMPT,
    messages: await convertToModelMessages(checked.messages, { tools, ignoreIncompleteToolCalls: true }),
    tools,
    stopWhen: [stepCountIs(CHAT_LIMITS.maxSteps), interrupted],
    abortSignal: request.signal,
    // A Bedrock that goes silent (no first or next chunk) is stopped, then reported as `stalled` below.
    timeout: { firstChunkMs: CHAT_LIMITS.stallMs, chunkMs: CHAT_LIMITS.stallMs },
    onAbort: ({ reason }) => {
      stopped = reason;
    },
    // Reported once, classified, in the UI message stream below (the default would print a stack).
    onError: () => {},
  });

  // An interrupt goes to the browser as AUTH0_AI_INTERRUPTION:<json> (a card); a tool's own error (ToolError) as
  // its message; anything else stays in the server log and the browser gets a code it explains (throttled, ...).
  const onError = errorSerializer(chatStreamErrorText);
  // Every way an answer can be cut short ends with an error part the chat shows: an error from Bedrock, the
  // stream itself failing (a connection that breaks mid-answer), or the timeout above.
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      const parts = result.toUIMessageStream({ originalMessages: checked.messages, redactToolErrors: true, onError });
      for await (const part of parts) {
        const timedOut = part.type === 'abort' && !request.signal.aborted;
        writer.write(timedOut ? { type: 'error', errorText: onError(stopped) } : part);
      }
    },
    onError,
  });
  return createUIMessageStreamResponse({ stream, headers: CHAT_STREAM_HEADERS });
}
