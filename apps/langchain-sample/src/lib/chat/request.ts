// The body the chat page sends, checked before anything reaches the model. Answers say which field is
// wrong, in Japanese and English.
import type { Localized } from '@repo/config';
import { z } from 'zod';
import { LIMITS } from './limits.ts';

const message = z.object({
  // Only the user and the assistant speak; the system prompt is the server's.
  role: z.enum(['user', 'assistant']),
  text: z.string().max(LIMITS.maxTextChars * 4),
});

export const chatRequestSchema = z.object({
  messages: z.array(message).min(1),
  /** IANA time zone from the browser (Intl), for `current_time`. */
  timeZone: z.string().max(64).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;

export type ChatRequestCheck =
  | { ok: true; value: ChatRequest }
  | { ok: false; code: 'bad-request' | 'too-large'; detail: Localized };

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function checkChatRequest(body: unknown): ChatRequestCheck {
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? fieldPath(issue.path) || '(body)' : '(body)';
    return {
      ok: false,
      code: 'bad-request',
      detail: {
        ja: `リクエストの ${field} が正しくありません: ${issue?.message ?? '形式が違います'}`,
        en: `The request's ${field} is not valid: ${issue?.message ?? 'wrong shape'}`,
      },
    };
  }
  const { messages } = parsed.data;
  if (messages.length > LIMITS.maxMessages) {
    return {
      ok: false,
      code: 'too-large',
      detail: {
        ja: `会話のメッセージが ${messages.length} 件あります。1 回に送れるのは ${LIMITS.maxMessages} 件までです。`,
        en: `The conversation has ${messages.length} messages; at most ${LIMITS.maxMessages} can be sent at once.`,
      },
    };
  }
  for (const [i, item] of messages.entries()) {
    if (item.text.length > LIMITS.maxTextChars) {
      return {
        ok: false,
        code: 'too-large',
        detail: {
          ja: `messages[${i}].text が ${item.text.length} 文字あります。上限は ${LIMITS.maxTextChars} 文字です。`,
          en: `messages[${i}].text is ${item.text.length} characters; the limit is ${LIMITS.maxTextChars}.`,
        },
      };
    }
  }
  if (messages.at(-1)?.role !== 'user') {
    return {
      ok: false,
      code: 'bad-request',
      detail: {
        ja: '最後のメッセージはユーザーのメッセージである必要があります。',
        en: 'The last message must be from the user.',
      },
    };
  }
  return { ok: true, value: parsed.data };
}

export function bodyTooLargeDetail(bytes: number): Localized {
  const kb = (n: number) => Math.ceil(n / 1024);
  return {
    ja: `リクエストが大きすぎます（${kb(bytes)} KB 以上）。上限は ${kb(LIMITS.maxBodyBytes)} KB です。`,
    en: `The request is too large (${kb(bytes)} KB or more); the limit is ${kb(LIMITS.maxBodyBytes)} KB.`,
  };
}
