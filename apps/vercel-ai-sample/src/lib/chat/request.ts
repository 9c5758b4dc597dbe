// The body useChat sends (`{ id, messages, trigger, messageId }` plus our `timeZone` and `lang`). The caps,
// the field-naming answers and the rest of the checks are the ones every sample shares (@repo/chat).
import {
  type ChatRequestCheck,
  chatErrorResponse,
  chatRequestOptions,
  chatRole,
  checkChatRequest as checkAgainst,
} from '@repo/chat';
import { type ToolSet, TypeValidationError, type UIMessage, validateUIMessages } from 'ai';
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
  const checked = checkAgainst(chatRequestSchema, body, {
    texts: ({ messages }) =>
      messages.flatMap((msg, m) =>
        msg.parts.flatMap((item, p) =>
          typeof item.text === 'string' ? [{ field: `messages[${m}].parts[${p}].text`, text: item.text }] : [],
        ),
      ),
    // Regenerating asks for the last answer again: the conversation then ends with it.
    mayEndWithAssistant: ({ trigger }) => trigger === 'regenerate-message',
  });
  return checked.ok ? (refuseFileUrls(checked.value) ?? checked) : checked;
}

/**
 * A `file` part may carry a URL, which the AI SDK downloads on the server before the model call: a user could
 * make the server fetch an address on its own network (`http://127.0.0.1.nip.io/...` resolves to this machine).
 * The chat sends files inline (`data:` URLs, as useChat's file input makes them); any other URL is refused.
 */
function refuseFileUrls({ messages }: ChatRequest): ChatRequestCheck<ChatRequest> | undefined {
  for (const [m, msg] of messages.entries()) {
    for (const [p, item] of msg.parts.entries()) {
      if (item.type !== 'file' || (typeof item.url === 'string' && item.url.startsWith('data:'))) continue;
      const field = `messages[${m}].parts[${p}].url`;
      return {
        ok: false,
        code: 'bad-request',
        detail: {
          ja: `${field}: ファイルは data: URL で本文に含めて送ってください。サーバーは URL の先をダウンロードしません（内部ネットワークへのアクセスに使われるのを防ぐため）。`,
          en: `${field}: send files inline as data: URLs. The server does not download URLs (they could make it reach its own network).`,
        },
      };
    }
  }
  return undefined;
}

const MAX_REASON_CHARS = 300;

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
    // The AI SDK's message repeats the whole value it checked (a 200 KB body, twice as JSON): keep only why.
    const why = TypeValidationError.isInstance(error) ? error.cause : error;
    const reason = (why instanceof Error ? why.message : String(why)).slice(0, MAX_REASON_CHARS);
    return {
      ok: false,
      response: chatErrorResponse({
        code: 'bad-request',
        detail: { ja: `メッセージの形式が正しくありません: ${reason}`, en: `The messages are not valid: ${reason}` },
      }),
    };
  }
}
