// InvokeModel in each text model family's own body format, as AWS documents it, through the AWS SDK.
import {
  ConverseCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../test/harness.ts';

const h = useEmulator();
const LLAMA = 'us.meta.llama3-3-70b-instruct-v1:0';

async function invoke(modelId: string, body: unknown) {
  const out = await h
    .runtime('long-term key')
    .send(new InvokeModelCommand({ modelId, body: JSON.stringify(body), contentType: 'application/json' }));
  return JSON.parse(new TextDecoder().decode(out.body)) as Record<string, unknown>;
}

async function stream(modelId: string, body: unknown) {
  const out = await h.runtime('long-term key').send(
    new InvokeModelWithResponseStreamCommand({
      modelId,
      body: JSON.stringify(body),
      contentType: 'application/json',
    }),
  );
  const chunks: Record<string, unknown>[] = [];
  for await (const event of out.body ?? []) {
    if (event.chunk?.bytes) chunks.push(JSON.parse(new TextDecoder().decode(event.chunk.bytes)));
  }
  return chunks;
}

describe('Meta Llama (prompt with the Llama 3 chat template)', () => {
  const prompt =
    '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nAnswer in Japanese.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWhat is Bedrock?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n';

  it('answers with generation, token counts and stop_reason, following the template', async () => {
    const body = await invoke(LLAMA, { prompt, max_gen_len: 512, temperature: 0.5 });
    expect(body).toMatchObject({ generation: expect.stringMatching(/What is Bedrock\?/), stop_reason: 'stop' });
    expect(body.generation).toMatch(/[ぁ-ん]/);
    expect(body.prompt_token_count).toBeGreaterThan(0);
    expect(body.generation_token_count).toBeGreaterThan(0);
    expect((await invoke(LLAMA, { prompt, max_gen_len: 3 })).stop_reason).toBe('length');
  });

  it('streams generation chunks, the last with stop_reason and invocation metrics', async () => {
    const chunks = await stream(LLAMA, { prompt });
    const whole = await invoke(LLAMA, { prompt });
    expect(chunks.map((c) => c.generation).join('')).toBe(whole.generation);
    expect(chunks.at(-1)).toMatchObject({
      stop_reason: 'stop',
      'amazon-bedrock-invocationMetrics': { outputTokenCount: whole.generation_token_count },
    });
  });

  it('refuses a body without its prompt', async () => {
    await expect(invoke(LLAMA, { messages: [] })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('the other text families over the wire', () => {
  it('Cohere Command R (the ID clients test with) answers its own body and Converse', async () => {
    const body = await invoke('cohere.command-r-v1:0', { message: 'Who am I?', chat_history: [], max_tokens: 300 });
    expect(body).toMatchObject({ text: expect.stringContaining('Who am I?'), finish_reason: 'COMPLETE' });
    const chunks = await stream('cohere.command-r-plus-v1:0', { message: 'Hello' });
    expect(chunks.map((c) => c.event_type).at(-1)).toBe('stream-end');
    expect(chunks.at(-1)?.['amazon-bedrock-invocationMetrics']).toBeDefined();
  });

  it('Mistral answers a prompt with outputs and messages with choices', async () => {
    const text = await invoke('mistral.mistral-large-2402-v1:0', {
      prompt: '<s>[INST] Hello [/INST]',
      max_tokens: 200,
    });
    expect(text).toMatchObject({ outputs: [{ text: expect.stringMatching(/^Hello!/), stop_reason: 'stop' }] });
    const chat = await invoke('mistral.mistral-large-2402-v1:0', { messages: [{ role: 'user', content: 'Hello' }] });
    expect(chat).toMatchObject({ choices: [{ message: { role: 'assistant' }, stop_reason: 'stop' }] });
  });

  it('DeepSeek-R1 reasons before it answers, natively and through Converse', async () => {
    const body = await invoke('us.deepseek.r1-v1:0', {
      prompt: '<｜User｜>Hello<｜Assistant｜><think>\n',
      max_tokens: 500,
    });
    expect((body.choices as { text: string }[])[0]?.text).toContain('</think>');
    const out = await h.runtime('long-term key').send(
      new ConverseCommand({
        modelId: 'us.deepseek.r1-v1:0',
        messages: [{ role: 'user', content: [{ text: 'Hello' }] }],
      }),
    );
    expect(out.output?.message?.content?.[0]?.reasoningContent?.reasoningText?.text).toContain('Hello');
  });
});
