// The native bodies of Mistral, Cohere Command R/R+, DeepSeek and gpt-oss, read and answered as AWS documents
// them (Llama goes over the wire in the integration tests).
import { describe, expect, it } from 'vitest';
import { scriptedReply } from '../model/scripted-model.ts';
import { parseTextBody, readPrompt, textFamilyOf, textResponse, textStreamChunks } from './native-text.ts';

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

describe('native text bodies', () => {
  it('knows each family by its model ID', () => {
    expect(
      [
        'us.meta.llama3-3-70b-instruct-v1:0',
        'mistral.mistral-large-2402-v1:0',
        'cohere.command-r-plus-v1:0',
        'us.deepseek.r1-v1:0',
        'openai.gpt-oss-120b-1:0',
        'amazon.nova-lite-v1:0',
      ].map(textFamilyOf),
    ).toEqual(['llama', 'mistral', 'cohere-command', 'deepseek', 'openai', undefined]);
  });

  it('reads the latest user turn and the system text out of chat templates', () => {
    expect(
      readPrompt('<s>[INST] <<SYS>> Be brief. <</SYS>> Hi [/INST] Hello</s>[INST] 東京の天気は？ [/INST]'),
    ).toEqual({
      system: 'Be brief.',
      user: '東京の天気は？',
    });
    expect(readPrompt('<｜begin▁of▁sentence｜><｜User｜>What is 2 + 2?<｜Assistant｜><think>\n').user).toBe(
      'What is 2 + 2?',
    );
  });

  it('Mistral chat: OpenAI-style messages and tools, answered with choices and tool_calls', () => {
    const request = parseTextBody(
      'mistral',
      { messages: [{ role: 'user', content: "What's the weather in Paris?" }], tools: [weatherTool], max_tokens: 200 },
      'mistral.mistral-large-2407-v1:0',
    );
    const body = textResponse('mistral', scriptedReply(request), 'mistral.mistral-large-2407-v1:0', 'r1');
    expect(body).toMatchObject({
      choices: [
        {
          index: 0,
          stop_reason: 'tool_calls',
          message: {
            role: 'assistant',
            tool_calls: [{ function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
          },
        },
      ],
    });
  });

  it('Cohere Command R: message and chat history in, text and finish_reason out, streamed as Cohere events', () => {
    const request = parseTextBody(
      'cohere-command',
      {
        message: 'こんにちは',
        chat_history: [
          { role: 'USER', message: 'Hi' },
          { role: 'CHATBOT', message: 'Hello' },
        ],
      },
      'cohere.command-r-v1:0',
    );
    expect(request.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    const reply = scriptedReply(request);
    expect(textResponse('cohere-command', reply, 'cohere.command-r-v1:0', 'r1')).toMatchObject({
      text: expect.stringMatching(/[ぁ-ん]/),
      finish_reason: 'COMPLETE',
    });
    const events = textStreamChunks('cohere-command', reply, false, 'cohere.command-r-v1:0', 'r1').map(
      (c) => c.payload.event_type,
    );
    expect(events[0]).toBe('stream-start');
    expect(events.at(-1)).toBe('stream-end');
    expect(new Set(events.slice(1, -1))).toEqual(new Set(['text-generation']));
  });

  it('DeepSeek-R1 reasons first, then answers after </think>; gpt-oss answers a chat completion with usage', () => {
    const r1 = parseTextBody(
      'deepseek',
      { prompt: '<｜User｜>Hello<｜Assistant｜><think>\n', max_tokens: 500 },
      'us.deepseek.r1-v1:0',
    );
    const text = (
      textResponse('deepseek', scriptedReply(r1), 'us.deepseek.r1-v1:0', 'r1') as { choices: { text: string }[] }
    ).choices[0]?.text;
    expect(text).toMatch(/^The user asks: "Hello"\. .*\n<\/think>\n\nHello!/s);

    const oss = parseTextBody(
      'openai',
      {
        messages: [
          { role: 'developer', content: 'Answer in Japanese.' },
          { role: 'user', content: 'Hello' },
        ],
        max_completion_tokens: 300,
      },
      'openai.gpt-oss-20b-1:0',
    );
    const body = textResponse('openai', scriptedReply(oss), 'openai.gpt-oss-20b-1:0', 'abc-def') as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'openai.gpt-oss-20b-1:0',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: expect.stringMatching(/^<reasoning>.*<\/reasoning>こんにちは/s) },
        },
      ],
      usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) },
    });
  });
});
