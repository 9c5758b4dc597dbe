import { describe, expect, it } from 'vitest';
import { readJsonBody } from './read-body.ts';

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/chat', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readJsonBody', () => {
  it('parses JSON within the cap', async () => {
    expect(await readJsonBody(post('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses a declared length over the cap before reading', async () => {
    const result = await readJsonBody(post('{}', { 'content-length': '5000' }), 100);
    expect(result).toEqual({ ok: false, reason: 'too-large', bytes: 5000 });
  });

  it('stops reading a streamed body once it passes the cap', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64));
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(chunk);
      },
    });
    const result = await readJsonBody(post(stream), 200);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(pulls).toBeLessThan(10);
  });

  it('reports invalid JSON', async () => {
    expect(await readJsonBody(post('{nope'), 100)).toEqual({ ok: false, reason: 'invalid-json' });
  });
});
