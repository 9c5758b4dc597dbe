// JSON error responses for chat APIs, built on the web-standard Response (Next.js, Hono, any fetch
// handler). The body names the problem in both languages; the browser decodes it with decodeChatError.
import { CHAT_ERRORS, type ChatErrorPayload } from './errors.ts';

const STATUS: Partial<Record<ChatErrorPayload['code'], number>> = {
  unauthenticated: 401,
  'rate-limited': 429,
  'too-large': 413,
  'bad-request': 400,
};

export function chatErrorResponse(payload: ChatErrorPayload): Response {
  const info = CHAT_ERRORS[payload.code];
  const body = {
    error: {
      ...payload,
      message: { ja: info.ja.message, en: info.en.message },
      fix: { ja: info.ja.action, en: info.en.action },
    },
  };
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  if (payload.retryAfterSeconds) headers.set('retry-after', String(payload.retryAfterSeconds));
  return new Response(JSON.stringify(body), { status: STATUS[payload.code] ?? 500, headers });
}
