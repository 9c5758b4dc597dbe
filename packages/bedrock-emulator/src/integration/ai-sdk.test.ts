// @ai-sdk/amazon-bedrock (fetch over HTTP/1.1) against the emulator.
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { cosineSimilarity, embed, embedMany, generateText, jsonSchema, stepCountIs, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { AUTH_MODES, type AuthMode, CLAUDE_PROFILE, COHERE_V3, TITAN_V2, useEmulator } from '../test/harness.ts';
import { IAM_USER_CREDENTIALS } from '../test/keys.ts';

const h = useEmulator();

function provider(mode: AuthMode) {
  const apiKey = h.bearerFor(mode);
  return createAmazonBedrock({
    baseURL: h.emulator.url,
    region: h.region,
    ...(apiKey
      ? { apiKey }
      : { accessKeyId: IAM_USER_CREDENTIALS.accessKeyId, secretAccessKey: IAM_USER_CREDENTIALS.secretAccessKey }),
  });
}

const calculator = tool({
  description: 'Evaluate an arithmetic expression',
  inputSchema: jsonSchema<{ expression: string }>({
    type: 'object',
    properties: { expression: { type: 'string' } },
    required: ['expression'],
  }),
  execute: async ({ expression }) => ({ value: expression === '12 * (3 + 4)' ? 84 : Number.NaN }),
});

const weather = tool({
  description: 'Get the current weather for a city',
  inputSchema: jsonSchema<{ city: string }>({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  }),
  execute: async ({ city }) => `${city}: sunny, 21°C`,
});

describe.each(AUTH_MODES)('AI SDK with %s', (mode) => {
  it('generateText answers Japanese in Japanese and stops at maxOutputTokens', async () => {
    const bedrock = provider(mode);
    const ja = await generateText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: '富士山について教えてください。',
      maxRetries: 0,
    });
    expect(ja.text).toMatch(/[ぁ-ん]/);
    expect(ja.finishReason).toBe('stop');
    expect(ja.usage.inputTokens).toBeGreaterThan(0);
    const short = await generateText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'Hello',
      maxOutputTokens: 3,
      maxRetries: 0,
    });
    expect(short.finishReason).toBe('length');
    expect(short.usage.outputTokens).toBe(3);
  });

  it('streamText runs multi-step tool calls and answers with the results', async () => {
    const bedrock = provider(mode);
    const result = streamText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'Compute 12 * (3 + 4), then tell me the weather in Tokyo.',
      tools: { calculator, weather },
      stopWhen: stepCountIs(5),
      maxRetries: 0,
    });
    let text = '';
    for await (const part of result.textStream) text += part;
    const steps = await result.steps;
    const calls = steps.flatMap((s) => s.toolCalls.map((c) => c.toolName));
    expect(calls).toEqual(['calculator', 'weather']);
    expect(text).toContain('84');
    expect(text).toContain('Tokyo: sunny, 21°C');
  });

  it('embed and embedMany with Titan v2 (dimensions) and Cohere', async () => {
    const bedrock = provider(mode);
    const one = await embed({
      model: bedrock.embedding(TITAN_V2),
      value: 'sunny weather in Tokyo',
      providerOptions: { bedrock: { dimensions: 512 } },
      maxRetries: 0,
    });
    expect(one.embedding).toHaveLength(512);
    const many = await embedMany({
      model: bedrock.embedding(TITAN_V2),
      values: ['sunny weather in Tokyo', 'Tokyo weather is sunny today', 'invoice payment terms'],
      maxRetries: 0,
    });
    const [a, b, c] = many.embeddings as [number[], number[], number[]];
    expect(a).toHaveLength(1024);
    expect(cosineSimilarity(a, b)).toBeGreaterThan(cosineSimilarity(a, c));
    const cohere = await embedMany({
      model: bedrock.embedding(COHERE_V3),
      values: ['一つ目', '二つ目'],
      maxRetries: 0,
    });
    expect(cohere.embeddings).toHaveLength(2);
  });
});
