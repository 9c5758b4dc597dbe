// The AWS SDK over HTTP/1.1 (its NodeHttpHandler instead of the default h2 handler): the same answers, and a
// stream fault that promises K events delivers exactly those before the connection is cut.
import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttp2Handler, NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { CLAUDE_PROFILE, useEmulator } from '../test/harness.ts';

const h = useEmulator();
const messages = [{ role: 'user' as const, content: [{ text: 'Tell me about the sea in a few words' }] }];

const handlers = {
  'HTTP/1.1': () => new NodeHttpHandler(),
  h2: () => new NodeHttp2Handler(),
};

describe.each(Object.keys(handlers) as (keyof typeof handlers)[])('AWS SDK over %s', (protocol) => {
  const client = () => h.runtime('long-term key', { requestHandler: handlers[protocol](), maxAttempts: 1 });

  it('Converse and ConverseStream give the same answer', async () => {
    const runtime = client();
    const whole = await runtime.send(new ConverseCommand({ modelId: CLAUDE_PROFILE, messages }));
    const out = await runtime.send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages }));
    let text = '';
    for await (const event of out.stream ?? []) text += event.contentBlockDelta?.delta?.text ?? '';
    expect(text).toBe(whole.output?.message?.content?.[0]?.text);
    const { json } = await h.api('requests');
    expect(json.requests.at(-1)?.protocol).toBe(protocol === 'h2' ? 'h2' : 'http/1.1');
  });

  it('a disconnect after 3 events delivers those 3, then fails the stream', async () => {
    await h.api('reset', { method: 'POST' });
    await h.api('faults', { body: { operation: 'converse-stream', afterEvents: 3, disconnect: true } });
    const out = await client().send(new ConverseStreamCommand({ modelId: CLAUDE_PROFILE, messages }));
    const seen: string[] = [];
    const consume = async () => {
      for await (const event of out.stream ?? []) seen.push(Object.keys(event)[0] ?? '');
    };
    await expect(consume()).rejects.toBeInstanceOf(Error);
    expect(seen).toEqual(['messageStart', 'contentBlockDelta', 'contentBlockDelta']);
    const { json } = await h.api('requests');
    expect(json.requests).toHaveLength(1);
    const health = await h.api('health');
    expect(health.json.status).toBe('ok');
  });
});
