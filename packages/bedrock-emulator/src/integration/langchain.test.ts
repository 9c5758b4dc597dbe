// @langchain/aws against the emulator: ChatBedrockConverse with a passed client (h2c), BedrockEmbeddings.
import { BedrockEmbeddings, ChatBedrockConverse } from '@langchain/aws';
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { cosine } from '../model/embeddings.ts';
import { AUTH_MODES, CLAUDE_PROFILE, TITAN_V2, useEmulator } from '../test/harness.ts';

const h = useEmulator();

const calculatorSchema = {
  name: 'calculator',
  description: 'Evaluate an arithmetic expression',
  schema: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
};

describe.each(AUTH_MODES)('LangChain with %s', (mode) => {
  const chat = () =>
    new ChatBedrockConverse({ model: CLAUDE_PROFILE, region: h.region, client: h.runtime(mode), maxRetries: 0 });

  it('invoke answers in Japanese', async () => {
    const reply = await chat().invoke([new HumanMessage('おすすめの本を教えてください')]);
    expect(String(reply.content)).toMatch(/[ぁ-ん]/);
    expect(reply.usage_metadata?.input_tokens).toBeGreaterThan(0);
  });

  it('stream yields several chunks that add up to the Converse answer', async () => {
    const model = chat();
    let text = '';
    let chunks = 0;
    for await (const chunk of await model.stream('Tell me about the sea')) {
      text += String(chunk.content);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text).toBe(String((await model.invoke('Tell me about the sea')).content));
  });

  it('bindTools: calls the tool, then answers with its result', async () => {
    const model = chat().bindTools([calculatorSchema]);
    const question = new HumanMessage('What is 6 * 7?');
    const first = await model.invoke([question]);
    const call = first.tool_calls?.[0];
    expect(call).toMatchObject({ name: 'calculator', args: { expression: '6 * 7' } });
    const answer = await model.invoke([
      question,
      new AIMessage({ content: '', tool_calls: first.tool_calls ?? [] }),
      new ToolMessage({ content: '42', tool_call_id: call?.id ?? '' }),
    ]);
    expect(String(answer.content)).toContain('42');
  });

  it('BedrockEmbeddings embeds documents and queries', async () => {
    const embeddings = new BedrockEmbeddings({ model: TITAN_V2, region: h.region, client: h.runtime(mode) });
    const [doc1, doc2] = await embeddings.embedDocuments(['東京の天気は晴れ', '大阪の請求書']);
    const query = await embeddings.embedQuery('東京の天気');
    expect(query).toHaveLength(1024);
    expect(cosine(query, doc1 ?? [])).toBeGreaterThan(cosine(query, doc2 ?? []));
  });
});

it('BedrockEmbeddings also works with clientOptions.endpoint and bedrockBearerToken (no client)', async () => {
  const embeddings = new BedrockEmbeddings({
    model: TITAN_V2,
    region: h.region,
    clientOptions: { endpoint: h.emulator.url },
    bedrockBearerToken: h.shortTermKey,
  });
  expect(await embeddings.embedQuery('東京の天気')).toHaveLength(1024);
  const { json } = await h.api('requests');
  expect(json.requests.at(-1)?.auth.kind).toBe('api-key-short-term');
});

describe('LangChain: reasoning, structured output and tool choice', () => {
  const converse = (options: Partial<ConstructorParameters<typeof ChatBedrockConverse>[0]> = {}) =>
    new ChatBedrockConverse({
      model: CLAUDE_PROFILE,
      region: h.region,
      client: h.runtime('long-term key'),
      maxRetries: 0,
      ...options,
    });
  const thinking = () =>
    converse({ maxTokens: 2048, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } } });

  it('invoke and stream return reasoning blocks before the answer', async () => {
    const reply = await thinking().invoke('What is the capital of France?');
    const blocks = reply.content as { type: string; reasoning?: string; signature?: string }[];
    expect(blocks[0]?.type).toBe('reasoning');
    expect(blocks[0]?.reasoning).toContain('capital of France');
    expect(blocks[0]?.signature).toEqual(expect.any(String));
    expect(blocks.some((b) => b.type === 'text')).toBe(true);

    let reasoning = '';
    for await (const chunk of await thinking().stream('What is the capital of France?')) {
      for (const block of Array.isArray(chunk.content) ? chunk.content : []) {
        const part = block as { type: string; reasoning?: string };
        if (part.type === 'reasoning') reasoning += part.reasoning ?? '';
      }
    }
    expect(reasoning).toBe(blocks[0]?.reasoning);
  });

  it('refuses a thinking budget below 1024 with Bedrock wording', async () => {
    const model = converse({ additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 100 } } });
    await expect(model.invoke('Hi')).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        'The model returned the following errors: thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
    });
  });

  it('withStructuredOutput fills the schema with plausible values', async () => {
    const model = converse();
    const structured = model.withStructuredOutput({
      title: 'joke',
      description: 'A joke with its setup and punchline',
      type: 'object',
      properties: { setup: { type: 'string' }, punchline: { type: 'string' }, rating: { type: 'integer' } },
      required: ['setup', 'punchline', 'rating'],
    });
    const joke = (await structured.invoke('Tell me a joke about cats')) as Record<string, unknown>;
    expect(joke).toMatchObject({ setup: 'setup', punchline: 'punchline', rating: 4 });
  });

  it('bindTools picks the tool a Japanese question needs, and only that one', async () => {
    const tools = [
      {
        name: 'get_user_info',
        description: "Get the signed-in user's profile.",
        schema: { type: 'object', properties: {} },
      },
      {
        name: 'current_time',
        description: "Get the current date and time in the user's time zone.",
        schema: { type: 'object', properties: {} },
      },
    ];
    const model = converse().bindTools(tools);
    const reply = await model.invoke('私は誰？');
    expect(reply.tool_calls?.map((c) => c.name)).toEqual(['get_user_info']);
  });
});
