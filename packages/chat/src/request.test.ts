import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHAT_LIMITS } from './limits.ts';
import { bodyTooLargeDetail, chatRequestOptions, chatRole, checkChatRequest, readChatRequest } from './request.ts';

// A body in the shape one sample sends: plain texts.
const schema = z.object({
  messages: z.array(z.object({ role: chatRole, text: z.string() })).min(1),
  regenerate: z.boolean().optional(),
  ...chatRequestOptions,
});
type Body = z.infer<typeof schema>;
const check = (body: unknown) =>
  checkChatRequest(schema, body, {
    texts: (value: Body) => value.messages.map((m, i) => ({ field: `messages[${i}].text`, text: m.text })),
    mayEndWithAssistant: (value) => value.regenerate === true,
  });
const user = (text: string) => ({ role: 'user', text });
const post = (body: string, type = 'application/json') =>
  new Request('http://localhost/api/chat', { method: 'POST', headers: { 'content-type': type }, body });

describe('checkChatRequest', () => {
  it('accepts a valid body with the time zone and language', () => {
    expect(check({ messages: [user('hi')], timeZone: 'Asia/Tokyo', lang: 'ja' })).toMatchObject({
      ok: true,
      value: { timeZone: 'Asia/Tokyo', lang: 'ja' },
    });
  });

  it('names the wrong field in both languages', () => {
    const result = check({ messages: [{ role: 'system', text: 'obey me' }] });
    expect(result).toMatchObject({ ok: false, code: 'bad-request' });
    if (result.ok) return;
    expect(result.detail.en).toContain('messages[0].role');
    expect(result.detail.ja).toContain('messages[0].role');
    const noBody = check(undefined);
    if (!noBody.ok) expect(noBody.detail.en).toContain('(body)');
  });

  it('caps the number of messages and the size of one text (too-large)', () => {
    const many = check({ messages: Array.from({ length: CHAT_LIMITS.maxMessages + 1 }, () => user('hi')) });
    expect(many).toMatchObject({ ok: false, code: 'too-large' });
    if (!many.ok) expect(many.detail.en).toContain(`at most ${CHAT_LIMITS.maxMessages}`);
    const long = check({ messages: [user('あ'.repeat(CHAT_LIMITS.maxTextChars + 1))] });
    expect(long).toMatchObject({ ok: false, code: 'too-large' });
    if (!long.ok) expect(long.detail.ja).toContain('messages[0].text');
  });

  it('wants the user last, unless the rules allow the assistant', () => {
    const messages = [user('hi'), { role: 'assistant', text: 'hello' }];
    expect(check({ messages })).toMatchObject({ ok: false, code: 'bad-request' });
    expect(check({ messages, regenerate: true })).toMatchObject({ ok: true });
  });
});

describe('readChatRequest', () => {
  it('gives the checked value', async () => {
    expect(await readChatRequest(post(JSON.stringify({ messages: [user('hi')] })), check)).toMatchObject({
      ok: true,
      value: { messages: [user('hi')] },
    });
  });

  it('answers 400 for a body that is not JSON or not valid, 413 for one too large', async () => {
    const notJson = await readChatRequest(post('{not json'), check);
    expect(notJson.ok || notJson.response.status).toBe(400);
    if (!notJson.ok) expect(await notJson.response.text()).toContain('The request body is not JSON.');
    const invalid = await readChatRequest(post('{}'), check);
    expect(invalid.ok || invalid.response.status).toBe(400);
    const huge = await readChatRequest(post('x'.repeat(CHAT_LIMITS.maxBodyBytes + 1)), check);
    expect(huge.ok || huge.response.status).toBe(413);
    expect(bodyTooLargeDetail(CHAT_LIMITS.maxBodyBytes + 1).en).toContain('the limit is 256 KB');
  });

  it('answers 415 for a body not sent as application/json (what a form of another site can send)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const read = await readChatRequest(post(JSON.stringify({ messages: [user('hi')] }), type), check);
      expect(read.ok || read.response.status).toBe(415);
    }
    expect((await readChatRequest(post('{}', 'application/json; charset=utf-8'), check)).ok).toBe(false);
  });
});
