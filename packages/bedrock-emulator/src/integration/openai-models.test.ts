// OpenAI's open-weight models where Bedrock serves them (us-west-2): Chat Completions bodies and Converse.
import { ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/harness.ts';

const h = useEmulator({ region: 'us-west-2' });
const GPT_OSS = 'openai.gpt-oss-20b-1:0';

describe('gpt-oss', () => {
  it('answers a chat completion with its reasoning, usage and finish_reason', async () => {
    const out = await h.runtime('long-term key').send(
      new InvokeModelCommand({
        modelId: GPT_OSS,
        contentType: 'application/json',
        body: JSON.stringify({ messages: [{ role: 'user', content: 'Hello' }], max_completion_tokens: 400 }),
      }),
    );
    const body = JSON.parse(new TextDecoder().decode(out.body));
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: GPT_OSS,
      choices: [
        { finish_reason: 'stop', message: { role: 'assistant', content: expect.stringMatching(/^<reasoning>/) } },
      ],
    });
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
  });

  it('returns reasoning content through Converse, unsigned', async () => {
    const out = await h
      .runtime('long-term key')
      .send(new ConverseCommand({ modelId: GPT_OSS, messages: [{ role: 'user', content: [{ text: 'Who am I?' }] }] }));
    const reasoning = out.output?.message?.content?.[0]?.reasoningContent?.reasoningText;
    expect(reasoning?.text).toContain('Who am I?');
    expect(reasoning?.signature).toBeUndefined();
  });
});
