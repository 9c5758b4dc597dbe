import { CHAT_LIMITS, createRateLimiter } from '@repo/ui/server';
import type { ChatDeps } from '../chat/handle-chat.ts';
import { serverContext } from './context.ts';

const limiter = createRateLimiter({ limit: CHAT_LIMITS.requestsPerMinute, windowMs: 60_000 });

export async function chatDeps(): Promise<ChatDeps> {
  const { config, auth0, model } = await serverContext();
  return {
    getUser: async () => {
      const session = await auth0.getSession();
      return session ? { sub: session.user.sub } : null;
    },
    getAccessToken: async () => (await auth0.getAccessToken()).token,
    model,
    issuerBaseUrl: config.auth0.issuerBaseUrl,
    limiter,
    logError: (message) => console.error(message),
  };
}
