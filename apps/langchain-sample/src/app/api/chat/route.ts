import { createChatHandler } from '../../../lib/chat/handler.ts';
import { serverContext } from '../../../lib/server/context.ts';
import { accessToken, signedInUser } from '../../../lib/server/session.ts';

// The agent streams for as long as it needs; never cache.
export const dynamic = 'force-dynamic';

let handler: Promise<ReturnType<typeof createChatHandler>> | undefined;

async function chatHandler() {
  handler ??= serverContext().then((context) =>
    createChatHandler({
      config: context.config,
      user: signedInUser,
      accessToken,
      model: () => context.model,
      documents: context.documents,
    }),
  );
  return handler;
}

export async function POST(request: Request) {
  return (await chatHandler())(request);
}
