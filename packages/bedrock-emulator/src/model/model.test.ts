import { describe, expect, it } from 'vitest';
import type { ChatRequest, ToolSpec } from './chat.ts';
import { cosine, embed } from './embeddings.ts';
import { scriptedReply } from './scripted-model.ts';
import { chunkText, tokenize } from './tokens.ts';
import { arithmeticExpression, evaluate, matchTools, toolInput } from './tools.ts';

const calculator: ToolSpec = {
  name: 'calculator',
  description: 'Evaluate an arithmetic expression',
  schema: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
};
const weather: ToolSpec = {
  name: 'get_weather',
  description: 'Get the current weather for a city',
  schema: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      days: { type: 'integer', minimum: 1, maximum: 7 },
    },
    required: ['city'],
  },
};

const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  system: '',
  messages: [{ role: 'user', content: [{ type: 'text', text }] }],
  tools: [],
  toolChoice: { kind: 'auto' },
  stopSequences: [],
  ...extra,
});

describe('tokens', () => {
  it('splits so that pieces join back to the text, CJK per character', () => {
    const text = 'Hello, world!  東京は晴れです。';
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize('東京')).toEqual(['東', '京']);
    expect(chunkText(text).join('')).toBe(text);
  });
});

describe('tools', () => {
  it('evaluates arithmetic without eval', () => {
    expect(evaluate('12 * (3 + 4)')).toBe(84);
    expect(evaluate('2 ^ 10 - 1')).toBe(1023);
    expect(evaluate('1 + ')).toBeUndefined();
    expect(arithmeticExpression('What is 12 × (3 + 4)?')).toBe('12 * (3 + 4)');
  });

  it('matches tools by name and description, in English and Japanese', () => {
    expect(matchTools([weather, calculator], 'What is 12 * (3 + 4)?')[0]?.name).toBe('calculator');
    expect(matchTools([calculator, weather], "What's the weather in Tokyo?")[0]?.name).toBe('get_weather');
    expect(matchTools([calculator, weather], '大阪の天気を教えて')[0]?.name).toBe('get_weather');
    expect(matchTools([calculator, weather], 'Tell me a joke')).toEqual([]);
  });

  it('builds schema-valid input from the message', () => {
    expect(toolInput(calculator, 'What is 12 * (3 + 4)?')).toEqual({ expression: '12 * (3 + 4)' });
    expect(toolInput(weather, "What's the weather in San Francisco for 3 days?")).toEqual({
      city: 'San Francisco',
      unit: 'celsius',
      days: 3,
    });
    expect(toolInput(weather, '大阪の天気を 10 日分')).toMatchObject({ city: '大阪', days: 7 });
    expect(toolInput(weather, 'weather for "New York"').city).toBe('New York');
  });
});

describe('scripted model', () => {
  it('answers in the language of the latest user message', () => {
    expect(scriptedReply(ask('こんにちは、元気ですか？')).text).toMatch(/こんにちは。/);
    expect(scriptedReply(ask('Hello there')).text).toMatch(/^Hello!/);
  });

  it('follows a language instruction in the system prompt', () => {
    expect(scriptedReply(ask('Hello', { system: '日本語で答えてください。' })).text).toMatch(/こんにちは/);
  });

  it('keeps it short when the system prompt asks for brevity', () => {
    expect(scriptedReply(ask('Hello there', { system: 'Be concise.' })).text).toBe('Hello!');
    expect(scriptedReply(ask('こんにちは', { system: '簡潔に答えてください。' })).text).toBe('こんにちは。');
  });

  it('is deterministic', () => {
    const request = ask('What is 2 + 2?', { tools: [calculator] });
    expect(scriptedReply(request)).toEqual(scriptedReply(structuredClone(request)));
  });

  it('stops at maxTokens and at stop sequences', () => {
    const short = scriptedReply(ask('Hello there', { maxTokens: 5 }));
    expect(short).toMatchObject({ stopReason: 'max_tokens', outputTokens: 5 });
    const stopped = scriptedReply(ask('Hello there', { stopSequences: ['emulator'] }));
    expect(stopped.stopReason).toBe('stop_sequence');
    expect(stopped.stopSequence).toBe('emulator');
    expect(stopped.text).not.toContain('emulator');
  });

  it('calls tools one after another, then answers with their results', () => {
    const question = 'Compute 6 * 7 and tell me the weather in Paris';
    const first = scriptedReply(ask(question, { tools: [calculator, weather] }));
    expect(first.stopReason).toBe('tool_use');
    const call = first.toolCalls[0];
    expect(call?.name).toBeDefined();
    const afterFirst: ChatRequest = ask(question, { tools: [calculator, weather] });
    afterFirst.messages.push(
      {
        role: 'assistant',
        content: [{ type: 'toolUse', id: call?.id ?? '', name: call?.name ?? '', input: call?.input }],
      },
      { role: 'user', content: [{ type: 'toolResult', toolUseId: call?.id ?? '', content: '42', isError: false }] },
    );
    const second = scriptedReply(afterFirst);
    expect(second.stopReason).toBe('tool_use');
    expect(second.toolCalls[0]?.name).not.toBe(call?.name);
    const next = second.toolCalls[0];
    afterFirst.messages.push(
      {
        role: 'assistant',
        content: [{ type: 'toolUse', id: next?.id ?? '', name: next?.name ?? '', input: next?.input }],
      },
      {
        role: 'user',
        content: [{ type: 'toolResult', toolUseId: next?.id ?? '', content: 'sunny, 21°C', isError: false }],
      },
    );
    const final = scriptedReply(afterFirst);
    expect(final.stopReason).toBe('end_turn');
    expect(final.text).toContain('42');
    expect(final.text).toContain('sunny, 21°C');
  });

  it('reads a JSON tool result out as a sentence, in the language of the question', () => {
    for (const [question, expected] of [
      ['What is (12 + 30) * 2?', '(12 + 30) * 2 = 84.'],
      ['(12 + 30) * 2 を計算してください', '(12 + 30) * 2 の計算結果は 84 です。'],
    ] as const) {
      const request = ask(question, { tools: [calculator] });
      const call = scriptedReply(request).toolCalls[0];
      request.messages.push(
        {
          role: 'assistant',
          content: [{ type: 'toolUse', id: call?.id ?? '', name: 'calculator', input: call?.input }],
        },
        {
          role: 'user',
          content: [
            {
              type: 'toolResult',
              toolUseId: call?.id ?? '',
              content: JSON.stringify({ result: 84, expression: '(12 + 30) * 2' }),
              isError: false,
            },
          ],
        },
      );
      const answer = scriptedReply(request).text;
      expect(answer).toContain(expected);
      expect(answer).not.toContain('{');
      expect(answer).not.toMatch(/result:|expression:/);
    }
  });

  it('uses a queued reply verbatim', () => {
    const reply = scriptedReply(ask('anything'), {
      text: 'Exactly this.',
      toolCalls: [{ name: 'calculator', input: { expression: '1+1' } }],
    });
    expect(reply.text).toBe('Exactly this.');
    expect(reply.toolCalls[0]).toMatchObject({ name: 'calculator', input: { expression: '1+1' } });
    expect(reply.stopReason).toBe('tool_use');
  });
});

describe('embeddings', () => {
  it('puts texts that share words closer than unrelated texts (English)', () => {
    const a = embed('The cat sat on the warm mat', 1024, true);
    const b = embed('A cat sleeping on a mat', 1024, true);
    const c = embed('Quarterly revenue grew in Europe', 1024, true);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.2);
  });

  it('does the same for Japanese', () => {
    const a = embed('東京の天気は晴れです', 512, true);
    const b = embed('明日の東京の天気', 512, true);
    const c = embed('請求書の支払い方法', 512, true);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.2);
  });

  it('honours dimensions and normalize, and is deterministic', () => {
    const v = embed('hello world', 256, true);
    expect(v).toHaveLength(256);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(Math.hypot(...embed('hello world', 256, false))).not.toBeCloseTo(1, 2);
    expect(embed('hello world', 256, true)).toEqual(v);
  });
});
