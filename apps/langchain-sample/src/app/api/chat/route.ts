// POST /api/chat: a chat on Amazon Bedrock with a LangChain.js agent, for signed-in users only. It reads top to
// bottom: sign-in, rate limit, body check, then LangChain's own calls. The Vercel AI SDK sample's route.ts has
// the same steps in the same order.
import { CHAT_LIMITS, chatErrorResponse, createRateLimiter, readChatRequest } from '@repo/chat';
import { refuseCrossSite } from '@repo/web-security';
import { createAgent } from 'langchain';
import { toChatEvents, toLangChainMessages } from '@/lib/chat/agent-events.ts';
import { eventStreamResponse } from '@/lib/chat/event-stream.ts';
import { checkChatRequest } from '@/lib/chat/request.ts';
import { SYSTEM_PROMPT } from '@/lib/chat/system-prompt.ts';
import { documentUser } from '@/lib/documents.ts';
import { serverContext } from '@/lib/server/context.ts';
import { accessToken, refreshToken, signedInUser } from '@/lib/server/session.ts';
import { createTools } from '@/lib/tools/index.ts';

// The agent streams for as long as it needs; never cached.
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
  const { config, model, documents, fga, auth0AI, shop, tokenVault } = await serverContext();
  const tools = createTools({
    timeZone,
    lang,
    issuerBaseUrl: config.auth0.issuerBaseUrl,
    getAccessToken: accessToken,
    getRefreshToken: refreshToken,
    tokenVault,
    user: documentUser(user),
    documents,
    fga,
    auth0AI,
    shop,
  });

  // 4. The framework's own calls: an agent (a ReAct loop on LangGraph) over ChatBedrockConverse with the tools.
  // Auth0 for AI Agents may interrupt a tool ("connect your Google account first"): the graph then stops there.
  const agent = createAgent({ model, tools, systemPrompt: SYSTEM_PROMPT });
  // Not awaited here: the response's stream runs it, so a failure (throttled, ...) becomes an error event.
  const stream = agent.stream(
    { messages: toLangChainMessages(body.value.messages) },
    // LangGraph counts each node: two per model/tool round trip, plus one.
    // thread_id: what Auth0 for AI Agents keeps for this run stays the user's own.
    {
      streamMode: ['messages', 'updates'],
      signal: request.signal,
      recursionLimit: CHAT_LIMITS.maxSteps * 2 + 1,
      configurable: { thread_id: user.sub },
    },
  );
  return eventStreamResponse(toChatEvents(stream), request.signal);
}
