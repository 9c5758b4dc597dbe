// The body the chat page sends: plain texts plus `timeZone` and `lang`. The caps, the field-naming answers
// and the rest of the checks are the ones every sample shares (@repo/chat).
import {
  CHAT_LIMITS,
  type ChatRequestCheck,
  chatRequestOptions,
  chatRole,
  checkChatRequest as checkAgainst,
} from '@repo/chat';
import { z } from 'zod';

const message = z.object({
  role: chatRole,
  // A loose cap against absurd bodies; over maxTextChars is answered with 413 and the text's size.
  text: z.string().max(CHAT_LIMITS.maxTextChars * 4),
});

export const chatRequestSchema = z.object({
  messages: z.array(message).min(1),
  ...chatRequestOptions,
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export function checkChatRequest(body: unknown): ChatRequestCheck<ChatRequest> {
  return checkAgainst(chatRequestSchema, body, {
    texts: ({ messages }) => messages.map((item, i) => ({ field: `messages[${i}].text`, text: item.text })),
  });
}
