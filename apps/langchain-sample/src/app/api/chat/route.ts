import { oncePerProcess } from '@repo/ui/server';
import { createChatHandler } from '../../../lib/chat/handler.ts';
import { serverContext } from '../../../lib/server/context.ts';
import { accessToken, signedInUser } from '../../../lib/server/session.ts';

// The agent streams for as long as it needs; never cache.
export const dynamic = 'force-dynamic';

// Built once (with its rate limiter); a failed server context (a .env mistake) is retried on the next request.
const chatHandler = oncePerProcess(async () => {
  const context = await serverContext();
  return createChatHandler({
    config: context.config,
    user: signedInUser,
    accessToken,
    model: () => context.model,
    documents: context.documents,
  });
});

export async function POST(request: Request) {
  return (await chatHandler())(request);
}
