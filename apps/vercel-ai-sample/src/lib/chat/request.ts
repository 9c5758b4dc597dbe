// The body useChat sends (`{ id, messages, trigger, messageId }` plus our `timeZone` and `lang`). The caps,
// the field-naming answers and the rest of the checks are the ones every sample shares (@repo/chat).
import {
  type ChatRequestCheck,
  chatErrorResponse,
  chatRequestOptions,
  chatRole,
  checkChatRequest as checkAgainst,
} from '@repo/chat';
import { type ToolSet, type UIMessage, validateUIMessages } from 'ai';
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

/**
 * The AI SDK's own check of the messages against the tools (a tool part must match a tool's schema): only this
 * sample has it, because only the AI SDK sends tool calls back in the conversation.
 */
export async function checkUIMessages(
  messages: unknown[],
  tools: ToolSet,
): Promise<{ ok: true; messages: UIMessage[] } | { ok: false; response: Response }> {
  try {
    return { ok: true, messages: await validateUIMessages({ messages, tools }) };
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      response: chatErrorResponse({
        code: 'bad-request',
        detail: { ja: `メッセージの形式が正しくありません: ${reason}`, en: `The messages are not valid: ${reason}` },
      }),
    };
  }
}
