// The body useChat sends (`{ id, messages, trigger, messageId }` plus our `timeZone` and `lang`). The caps,
// the field-naming answers and the rest of the checks are the ones every sample shares (@repo/ui/server).
import { type ChatRequestCheck, chatRequestOptions, chatRole, checkChatRequest as checkAgainst } from '@repo/ui/server';
import { z } from 'zod';

const part = z.looseObject({ type: z.string().min(1).max(64) });

const message = z.looseObject({
  id: z.string().max(200),
  role: chatRole,
  parts: z.array(part).max(100),
});

export const chatRequestSchema = z.object({
  id: z.string().min(1).max(200),
  messages: z.array(message).min(1),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().max(200).optional(),
  ...chatRequestOptions,
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export function checkChatRequest(body: unknown): ChatRequestCheck<ChatRequest> {
  return checkAgainst(chatRequestSchema, body, {
    texts: ({ messages }) =>
      messages.flatMap((msg, m) =>
        msg.parts.flatMap((item, p) =>
          typeof item.text === 'string' ? [{ field: `messages[${m}].parts[${p}].text`, text: item.text }] : [],
        ),
      ),
    // Regenerating asks for the last answer again: the conversation then ends with it.
    mayEndWithAssistant: ({ trigger }) => trigger === 'regenerate-message',
  });
}
