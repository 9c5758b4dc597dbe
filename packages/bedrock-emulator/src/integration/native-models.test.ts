// InvokeModel in each text model family's own body format, as AWS documents it, through the AWS SDK.
import { InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
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
