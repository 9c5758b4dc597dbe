import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES } from '@repo/config';
import { ONLINE_FINDINGS } from '@repo/doctor/findings';
import { describe, expect, it } from 'vitest';
import { CHAT_ERRORS, decodeChatError, encodeChatError } from './errors.ts';

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

describe('troubleshooting links', () => {
  // Every `troubleshooting/#<code>` anchor in the UI's source must be a finding code the docs site has an entry
  // for: one of @repo/config's FINDING_CODES or doctor's ONLINE_FINDINGS (codes get renamed; links must follow).
  const known = new Set([...Object.keys(FINDING_CODES), ...Object.keys(ONLINE_FINDINGS)]);
  const sources = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));
  const linked = sources.flatMap((text) => [...text.matchAll(/troubleshooting\/#([a-z0-9-]+)/g)].map((m) => m[1]));

  it('point at finding codes that exist', () => {
    expect(linked.length).toBeGreaterThanOrEqual(Object.values(CHAT_ERRORS).filter((info) => info.docs).length);
    expect(linked.filter((code) => !code || !known.has(code))).toEqual([]);
  });

  it('cover every chat error that has a docs link', () => {
    for (const [code, info] of Object.entries(CHAT_ERRORS)) {
      if (info.docs) expect(info.docs, code).toMatch(/^troubleshooting\/#[a-z0-9-]+$/);
      if (info.docs) expect(known.has(info.docs.split('#')[1] ?? ''), info.docs).toBe(true);
    }
  });
});

describe('retrying', () => {
  it('offers the Retry button wherever the message tells the user to retry', () => {
    for (const [code, info] of Object.entries(CHAT_ERRORS)) {
      const saysRetry = /retry/i.test(info.en.action) || info.ja.action.includes('再試行');
      if (saysRetry) expect({ code, retryable: info.retryable }).toEqual({ code, retryable: true });
    }
  });
});
