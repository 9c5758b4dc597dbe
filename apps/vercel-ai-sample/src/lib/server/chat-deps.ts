import { CHAT_LIMITS, createRateLimiter, oncePerProcess } from '@repo/ui/server';
import type { ChatDeps } from '../chat/handle-chat.ts';
import { serverContext } from './context.ts';

/**
 * The chat route's dependencies, built once per process like the server context (a failure is retried).
 * The session and the token are read per call: the Auth0 SDK finds the request through Next.js.
 */
export const chatDeps: () => Promise<ChatDeps> = oncePerProcess(async () => {
  const { config, auth0, model } = await serverContext();
  return {
    getUser: async () => {
      const session = await auth0.getSession();
      return session ? { sub: session.user.sub } : null;
    },
    getAccessToken: async () => (await auth0.getAccessToken()).token,
    model,
    issuerBaseUrl: config.auth0.issuerBaseUrl,
    limiter: createRateLimiter({ limit: CHAT_LIMITS.requestsPerMinute, windowMs: 60_000 }),
    logError: (message) => console.error(message),
  };
});
