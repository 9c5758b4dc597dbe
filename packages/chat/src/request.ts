// The checks every sample's chat body goes through before anything reaches the model: its schema (the
// message shape is the sample's, as its AI framework sends it), the caps, and a conversation that ends with
// the user. Answers say which field is wrong, in Japanese and English.
import type { Localized } from '@repo/config';
import { refuseBodyType } from '@repo/web-security';
import { z } from 'zod';
import { CHAT_LIMITS } from './limits.ts';
import { readJsonBody } from './read-body.ts';
import { chatErrorResponse } from './responses.ts';

/** Who may speak in a conversation: only the user and the assistant (the system prompt is the server's). */
export const chatRole = z.enum(['user', 'assistant']);

/** The fields every sample's chat body has besides its messages. */
export const chatRequestOptions = {
  /** IANA time zone from the browser (Intl), for `current_time`. */
  timeZone: z.string().max(64).optional(),
  lang: z.enum(['ja', 'en']).optional(),
};

export interface ChatRequestRules<T> {
  /** Every text in the request with the field it is in, for the size cap. */
  texts: (value: T) => Iterable<{ field: string; text: string }>;
  /** Whether this request may end with the assistant's message (asking for that answer again). */
  mayEndWithAssistant?: (value: T) => boolean;
}

export type ChatRequestCheck<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'bad-request' | 'too-large'; detail: Localized };

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function checkChatRequest<T extends { messages: readonly { role: string }[] }>(
  schema: z.ZodType<T>,
  body: unknown,
  rules: ChatRequestRules<T>,
): ChatRequestCheck<T> {
  const parsed = schema.safeParse(body);
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
  if (messages.length > CHAT_LIMITS.maxMessages) {
    return {
      ok: false,
      code: 'too-large',
      detail: {
        ja: `会話のメッセージが ${messages.length} 件あります。1 回に送れるのは ${CHAT_LIMITS.maxMessages} 件までです。`,
        en: `The conversation has ${messages.length} messages; at most ${CHAT_LIMITS.maxMessages} can be sent at once.`,
      },
    };
  }
  for (const { field, text } of rules.texts(parsed.data)) {
    if (text.length > CHAT_LIMITS.maxTextChars) {
      return {
        ok: false,
        code: 'too-large',
        detail: {
          ja: `${field} が ${text.length} 文字あります。上限は ${CHAT_LIMITS.maxTextChars} 文字です。`,
          en: `${field} is ${text.length} characters; the limit is ${CHAT_LIMITS.maxTextChars}.`,
        },
      };
    }
  }
  if (messages.at(-1)?.role !== 'user' && !rules.mayEndWithAssistant?.(parsed.data)) {
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
    ja: `リクエストが大きすぎます（${kb(bytes)} KB 以上）。上限は ${kb(CHAT_LIMITS.maxBodyBytes)} KB です。`,
    en: `The request is too large (${kb(bytes)} KB or more); the limit is ${kb(CHAT_LIMITS.maxBodyBytes)} KB.`,
  };
}

export type ChatRequestRead<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads the body (capped at CHAT_LIMITS.maxBodyBytes) and checks it: the value, or the error response to send
 * (415 not sent as application/json, 413 too large, 400 not JSON or not valid).
 */
export async function readChatRequest<T>(
  request: Request,
  check: (body: unknown) => ChatRequestCheck<T>,
): Promise<ChatRequestRead<T>> {
  // A form or a `no-cors` fetch of another site can only send text/plain and friends: the contract is JSON.
  const wrongType = refuseBodyType(request, 'json');
  if (wrongType) return { ok: false, response: wrongType };
  const body = await readJsonBody(request, CHAT_LIMITS.maxBodyBytes);
  if (!body.ok) {
    const response =
      body.reason === 'too-large'
        ? chatErrorResponse({ code: 'too-large', detail: bodyTooLargeDetail(body.bytes) })
        : chatErrorResponse({
            code: 'bad-request',
            detail: { ja: 'リクエストの本文が JSON ではありません。', en: 'The request body is not JSON.' },
          });
    return { ok: false, response };
  }
  const checked = check(body.value);
  return checked.ok
    ? checked
    : { ok: false, response: chatErrorResponse({ code: checked.code, detail: checked.detail }) };
}
