import { describe, expect, it } from 'vitest';
import { decodeChatError, encodeChatError } from './chat-errors.ts';

describe('chat error payloads', () => {
  it('round-trips a code and a wait time', () => {
    expect(decodeChatError(encodeChatError({ code: 'throttled' }))).toEqual({ code: 'throttled' });
    expect(decodeChatError(encodeChatError({ code: 'rate-limited', retryAfterSeconds: 12 }))).toEqual({
      code: 'rate-limited',
      retryAfterSeconds: 12,
    });
  });

  it('keeps a bilingual detail from an HTTP error body', () => {
    const body = JSON.stringify({
      error: { code: 'too-large', detail: { ja: 'messages は 100 件までです。', en: 'messages: at most 100.' } },
    });
    expect(decodeChatError(body).detail?.en).toBe('messages: at most 100.');
  });

  it('turns anything else into unknown, never echoing it', () => {
    expect(decodeChatError('<html>502 Bad Gateway</html>')).toEqual({ code: 'unknown' });
    expect(decodeChatError(JSON.stringify({ error: { code: 'made-up' } }))).toEqual({ code: 'unknown' });
    expect(decodeChatError(undefined)).toEqual({ code: 'unknown' });
  });
});
