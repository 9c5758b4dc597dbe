// Anthropic's own Bedrock client (@anthropic-ai/bedrock-sdk, fetch over HTTP/1.1) against the emulator:
// InvokeModel and its stream in Anthropic's Messages format, with API keys and SigV4.
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { describe, expect, it } from 'vitest';
import { CLAUDE_PROFILE, useEmulator } from '../test/harness.ts';
import { IAM_USER_CREDENTIALS, LONG_TERM_KEY } from '../test/keys.ts';

const h = useEmulator();

const clients = () => [
  new AnthropicBedrock({ baseURL: h.emulator.url, awsRegion: h.region, apiKey: LONG_TERM_KEY, maxRetries: 0 }),
  new AnthropicBedrock({
    baseURL: h.emulator.url,
    awsRegion: h.region,
    awsAccessKey: IAM_USER_CREDENTIALS.accessKeyId,
    awsSecretKey: IAM_USER_CREDENTIALS.secretAccessKey,
    maxRetries: 0,
  }),
];

const userInfo = {
  name: 'get_user_info',
  description: "Get the signed-in user's profile (name, email, locale).",
  input_schema: { type: 'object' as const, properties: {} },
};

describe('Anthropic Bedrock SDK', () => {
  it('messages.create answers in the language asked, with Anthropic IDs and cache usage fields', async () => {
    for (const client of clients()) {
      const message = await client.messages.create({
        model: CLAUDE_PROFILE,
        max_tokens: 200,
        messages: [{ role: 'user', content: 'こんにちは' }],
      });
      expect(message.id).toMatch(/^msg_bdrk_01[A-Za-z0-9]{22}$/);
      expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/[ぁ-ん]/) });
      expect(message.usage).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
      expect(message.usage.input_tokens).toBeGreaterThan(0);
    }
  });

  it('calls the tool a question needs', async () => {
    const [client] = clients();
    const message = await client!.messages.create({
      model: CLAUDE_PROFILE,
      max_tokens: 200,
      tools: [userInfo],
      messages: [{ role: 'user', content: 'Who am I?' }],
    });
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([
      {
        type: 'tool_use',
        id: expect.stringMatching(/^toolu_bdrk_01[A-Za-z0-9]{22}$/),
        name: 'get_user_info',
        input: {},
      },
    ]);
  });

  it('thinks first with extended thinking, streamed with thinking and signature deltas', async () => {
    const [client] = clients();
    const request = {
      model: CLAUDE_PROFILE,
      max_tokens: 2048,
      thinking: { type: 'enabled' as const, budget_tokens: 1024 },
      messages: [{ role: 'user' as const, content: 'What is 6 * 7?' }],
    };
    const message = await client!.messages.create(request);
    expect(message.content[0]).toMatchObject({ type: 'thinking', thinking: expect.stringContaining('6 * 7') });
    expect((message.content[0] as { signature: string }).signature.length).toBeGreaterThan(100);

    const stream = client!.messages.stream(request);
    const kinds = new Set<string>();
    stream.on('streamEvent', (event) => {
      if (event.type === 'content_block_delta') kinds.add(event.delta.type);
    });
    const streamed = await stream.finalMessage();
    expect(kinds).toEqual(new Set(['thinking_delta', 'signature_delta', 'text_delta']));
    expect(streamed.content).toEqual(message.content);
  });

  it('refuses a thinking budget Bedrock refuses, with its wording', async () => {
    const [client] = clients();
    const ask = (thinking: { type: 'enabled'; budget_tokens: number }, extra: object = {}) =>
      client!.messages.create({
        model: CLAUDE_PROFILE,
        max_tokens: 2000,
        thinking,
        messages: [{ role: 'user', content: 'Hi' }],
        ...extra,
      });
    await expect(ask({ type: 'enabled', budget_tokens: 500 })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('budget_tokens: Input should be greater than or equal to 1024'),
    });
    await expect(ask({ type: 'enabled', budget_tokens: 4000 })).rejects.toMatchObject({
      message: expect.stringContaining('`max_tokens` must be greater than `thinking.budget_tokens`'),
    });
    await expect(ask({ type: 'enabled', budget_tokens: 1024 }, { temperature: 0.2 })).rejects.toMatchObject({
      message: expect.stringContaining('`temperature` may only be set to 1 when thinking is enabled'),
    });
  });
});
