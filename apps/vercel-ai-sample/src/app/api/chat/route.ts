import { handleChat } from '@/lib/chat/handle-chat.ts';
import { chatDeps } from '@/lib/server/chat-deps.ts';

// Streams for as long as the answer takes; never cached.
export const dynamic = 'force-dynamic';
export const maxDuration = 60;

export async function POST(request: Request) {
  return handleChat(request, await chatDeps());
}
