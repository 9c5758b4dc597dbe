// @ai-sdk/amazon-bedrock (fetch over HTTP/1.1) against the emulator.
import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import {
  cosineSimilarity,
  embed,
  embedMany,
  generateText,
  jsonSchema,
  Output,
  stepCountIs,
  streamText,
  tool,
} from 'ai';
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

describe('AI SDK: reasoning, structured output and instructions', () => {
  const reasoning = { bedrock: { reasoningConfig: { type: 'enabled' as const, budgetTokens: 1024 } } };

  it('generateText and streamText return the reasoning, with its signature', async () => {
    const bedrock = provider('long-term key');
    const result = await generateText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'How many r are in strawberry?',
      providerOptions: reasoning,
      maxRetries: 0,
    });
    expect(result.reasoningText).toContain('strawberry');
    expect(result.reasoning[0]?.providerMetadata?.bedrock?.signature).toEqual(expect.any(String));
    expect(result.text).toContain('strawberry');

    const stream = streamText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'How many r are in strawberry?',
      providerOptions: reasoning,
      maxRetries: 0,
    });
    let streamed = '';
    for await (const part of stream.fullStream) if (part.type === 'reasoning-delta') streamed += part.text;
    expect(streamed).toBe(result.reasoningText);
  });

  it('structured output fills each field with a plausible value', async () => {
    const bedrock = provider('long-term key');
    const schema = jsonSchema<{ name: string; ingredients: { name: string; amount: string }[]; steps: string[] }>({
      type: 'object',
      properties: {
        name: { type: 'string' },
        ingredients: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, amount: { type: 'string' } },
            required: ['name', 'amount'],
          },
        },
        steps: { type: 'array', items: { type: 'string' } },
      },
      required: ['name', 'ingredients', 'steps'],
    });
    const { output } = await generateText({
      model: bedrock(CLAUDE_PROFILE),
      prompt: 'Generate a lasagna recipe.',
      output: Output.object({ schema }),
      maxRetries: 0,
    });
    expect(output.name).toBe('Lasagna recipe');
    expect(output.ingredients).toHaveLength(3);
    expect(new Set(output.steps).size).toBe(output.steps.length);
    expect(JSON.stringify(output)).not.toContain('Generate a lasagna');
  });

  it('calls the tool the system prompt says to always call, with each number in its own field', async () => {
    const bedrock = provider('long-term key');
    const add = tool({
      description: 'Add two numbers',
      inputSchema: jsonSchema<{ a: number; b: number }>({
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' } },
        required: ['a', 'b'],
      }),
      execute: async ({ a, b }) => a + b,
    });
    const result = await generateText({
      model: bedrock(CLAUDE_PROFILE),
      system: 'You must always call math_addition.',
      prompt: 'What is the sum of 1836281973 and 19973286?',
      tools: { math_addition: add },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(result.steps[0]?.toolCalls[0]).toMatchObject({
      toolName: 'math_addition',
      input: { a: 1836281973, b: 19973286 },
    });
    expect(result.text).toContain('1856255259');
  });
});
