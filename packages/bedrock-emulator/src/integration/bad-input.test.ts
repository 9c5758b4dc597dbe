// Bad requests get the ValidationException Bedrock gives, never a crash or a hang; clients that go away
// mid-stream leave the emulator healthy and leak no connections.
import { connect } from 'node:http2';
import { ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { CLAUDE_PROFILE, useEmulator } from '../test/harness.ts';
import { LONG_TERM_KEY } from '../test/keys.ts';

const h = useEmulator({ maxBodyBytes: 64 * 1024, pacing: { firstTokenMs: 5, tokensPerSecond: 50 } });

async function post(path: string, body: string, contentType = 'application/json') {
  const res = await fetch(`${h.emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${LONG_TERM_KEY}` },
    body,
  });
  return {
    status: res.status,
    type: res.headers.get('x-amzn-errortype') ?? '',
    body: (await res.json()) as { message?: string },
  };
}

const converse = (body: unknown) => post(`/model/${encodeURIComponent(CLAUDE_PROFILE)}/converse`, JSON.stringify(body));

describe('ValidationException for bad Converse input', () => {
  it.each([
    ['malformed JSON', () => post(`/model/${CLAUDE_PROFILE}/converse`, '{"messages": ['), /Malformed input request/],
    ['a JSON array', () => post(`/model/${CLAUDE_PROFILE}/converse`, '[]'), /Malformed input request/],
    ['the wrong content type', () => post(`/model/${CLAUDE_PROFILE}/converse`, 'hello', 'text/plain'), /content type/],
    ['missing messages', () => converse({}), /must start with a user message/],
    ['empty messages', () => converse({ messages: [] }), /must start with a user message/],
    [
      'an assistant first',
      () => converse({ messages: [{ role: 'assistant', content: [{ text: 'hi' }] }] }),
      /must start with a user message/,
    ],
    [
      'roles out of order',
      () =>
        converse({
          messages: [
            { role: 'user', content: [{ text: 'a' }] },
            { role: 'user', content: [{ text: 'b' }] },
          ],
        }),
      /alternate between user and assistant/,
    ],
    ['an unknown role', () => converse({ messages: [{ role: 'system', content: [{ text: 'a' }] }] }), /enum value set/],
    ['empty content', () => converse({ messages: [{ role: 'user', content: [] }] }), /content field .* is empty/],
    ['blank text', () => converse({ messages: [{ role: 'user', content: [{ text: '  ' }] }] }), /is blank/],
    [
      'maxTokens 0',
      () => converse({ messages: [{ role: 'user', content: [{ text: 'a' }] }], inferenceConfig: { maxTokens: 0 } }),
      /inferenceConfig.maxTokens/,
    ],
    [
      'temperature 3',
      () => converse({ messages: [{ role: 'user', content: [{ text: 'a' }] }], inferenceConfig: { temperature: 3 } }),
      /less than or equal to 1/,
    ],
    [
      'tool blocks without toolConfig',
      () =>
        converse({
          messages: [{ role: 'user', content: [{ toolResult: { toolUseId: 'x', content: [{ text: '1' }] } }] }],
        }),
      /toolConfig field must be defined/,
    ],
    [
      'an oversized body',
      () => converse({ messages: [{ role: 'user', content: [{ text: 'x'.repeat(100_000) }] }] }),
      /too long/,
    ],
  ])('%s', async (_name, send, message) => {
    const answer = await send();
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^ValidationException/);
    expect(answer.body.message).toMatch(message);
  });

  it('answers an unknown path with UnknownOperationException', async () => {
    const answer = await post('/model/x/teleport', '{}');
    expect(answer.status).toBe(404);
    expect(answer.type).toMatch(/^UnknownOperationException/);
  });

  it('answers bad input over raw HTTP/2 too', async () => {
    const session = connect(h.emulator.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const stream = session.request({
        ':method': 'POST',
        ':path': `/model/${encodeURIComponent(CLAUDE_PROFILE)}/converse`,
        'content-type': 'application/json',
        authorization: `Bearer ${LONG_TERM_KEY}`,
      });
      let status = 0;
      let body = '';
      stream.on('response', (headers) => {
        status = Number(headers[':status']);
      });
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        body += chunk;
      });
      stream.on('end', () => resolve({ status, body }));
      stream.on('error', reject);
      stream.end('{not json');
    });
    session.close();
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).message).toMatch(/Malformed input request/);
  });
});

/** Deterministic pseudo-random JSON values, shaped like Bedrock bodies often enough to reach deep code. */
function fuzzValues(count: number): unknown[] {
  let state = 12345;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const keys = [
    'messages',
    'role',
    'content',
    'text',
    'toolUse',
    'toolResult',
    'toolConfig',
    'tools',
    'toolSpec',
    'inputSchema',
    'json',
    'name',
    'input',
    'inferenceConfig',
    'maxTokens',
    'stopSequences',
    'system',
    'anthropic_version',
    'max_tokens',
    'inputText',
    'dimensions',
    'normalize',
    'embeddingTypes',
    'texts',
    'input_type',
    'converse',
    'invokeModel',
    'body',
    'toolUseId',
    'status',
    'type',
    'properties',
    'required',
    'items',
    'enum',
    'toolChoice',
    'any',
    'tool',
  ];
  const value = (depth: number): unknown => {
    const kind = depth > 4 ? Math.floor(rand() * 5) : Math.floor(rand() * 8);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return rand() > 0.5;
      case 2:
        return pick([0, -1, 1, 3.5, 1e12, 256, 512, 1024]);
      case 3:
        return pick([
          '',
          'user',
          'assistant',
          'hello 1 + 2',
          '東京の天気',
          'float',
          'search_query',
          'object',
          'string',
          'x'.repeat(300),
        ]);
      case 4:
        return [];
      case 5:
      case 6:
        return Object.fromEntries(
          Array.from({ length: 1 + Math.floor(rand() * 4) }, () => [pick(keys), value(depth + 1)]),
        );
      default:
        return Array.from({ length: 1 + Math.floor(rand() * 3) }, () => value(depth + 1));
    }
  };
  return Array.from({ length: count }, () => value(0));
}

describe('fuzzed bodies', () => {
  it('never crash the emulator: every answer is a 200 or a 4xx', async () => {
    const paths = ['converse', 'converse-stream', 'invoke', 'invoke-with-response-stream', 'count-tokens'];
    const models = [CLAUDE_PROFILE, 'amazon.titan-embed-text-v2:0', 'cohere.embed-v4:0', 'amazon.nova-lite-v1:0'];
    const bodies = fuzzValues(400);
    const statuses = new Set<number>();
    for (const [i, value] of bodies.entries()) {
      const path = `/model/${encodeURIComponent(models[i % models.length] ?? '')}/${paths[i % paths.length]}`;
      const res = await fetch(`${h.emulator.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${LONG_TERM_KEY}` },
        body: JSON.stringify(value),
      });
      await res.arrayBuffer();
      statuses.add(res.status);
      expect(res.status === 200 || (res.status >= 400 && res.status < 500), `${path} ${JSON.stringify(value)}`).toBe(
        true,
      );
    }
    expect(statuses.has(400)).toBe(true);
    expect((await h.api('health')).status).toBe(200);
  }, 60_000);
});

describe('clients that go away', () => {
  it('an aborted stream leaves the emulator healthy and closes its connection', async () => {
    await h.api('reset', { body: {} });
    const before = (await h.api('health')).json as unknown as { openConnections: number };
    for (let i = 0; i < 5; i++) {
      const client = h.runtime('long-term key');
      const controller = new AbortController();
      const out = await client.send(
        new ConverseStreamCommand({
          modelId: CLAUDE_PROFILE,
          messages: [{ role: 'user', content: [{ text: 'Tell me a long story' }] }],
        }),
        {
          abortSignal: controller.signal,
        },
      );
      let deltas = 0;
      for await (const event of out.stream ?? []) {
        if (event.contentBlockDelta) deltas++;
        if (deltas === 2) {
          controller.abort();
          break;
        }
      }
      expect(deltas).toBe(2);
      client.destroy();
    }
    // The emulator notices each client leaving: connections drop back to what they were.
    let open = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 100 && open > before.openConnections; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      open = ((await h.api('health')).json as unknown as { openConnections: number }).openConnections;
    }
    expect(open).toBeLessThanOrEqual(before.openConnections);
    const { json } = await h.api('requests');
    const streams = json.requests.filter((r) => r.operation === 'converse-stream');
    expect(streams).toHaveLength(5);
    expect(streams.every((r) => r.error === 'ClientDisconnected')).toBe(true);
  });
});
