// The scripted model as an agent sees it: which tools a question needs, with what input, and how the
// answer reads once the tools have run. The tools are shaped like the samples' and like common agent tools.
import { describe, expect, it } from 'vitest';
import type { ChatRequest, JsonSchema, ToolSpec } from './chat.ts';
import { scriptedReply } from './scripted-model.ts';
import { structuredValue } from './tools.ts';

const object = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  required,
});
const tool = (name: string, description: string, schema: JsonSchema = object({})): ToolSpec => ({
  name,
  description,
  schema,
});

const userInfo = tool(
  'get_user_info',
  "Get the signed-in user's profile (name, email, locale) from the identity provider.",
);
const calculator = tool(
  'calculator',
  'Calculate the result of an arithmetic expression, e.g. (12 + 30) * 2 or sqrt(2) ^ 2.',
  object({ expression: { type: 'string' } }, ['expression']),
);
const currentTime = tool('current_time', "Get the current date and time in the user's time zone.");
const searchDocuments = tool(
  'search_documents',
  "Search the signed-in user's documents (their own uploads and documents shared with them) for passages relevant to a question.",
  object({ query: { type: 'string', description: 'What to look for' } }, ['query']),
);
const shop = tool(
  'shop_online',
  'Buy a product from the online shop on behalf of the user.',
  object({ product: { type: 'string' }, quantity: { type: 'integer', minimum: 1 }, price: { type: 'number' } }, [
    'product',
    'quantity',
  ]),
);
const calendar = tool(
  'list_calendar_events',
  "List the events on the user's calendar for a date.",
  object({ date: { type: 'string', format: 'date' } }, ['date']),
);
const agentTools = [userInfo, calculator, currentTime, searchDocuments, shop, calendar];
const today = new Date('2026-12-02T03:00:00Z');

const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  system: '',
  messages: [{ role: 'user', content: [{ type: 'text', text }] }],
  tools: agentTools,
  toolChoice: { kind: 'auto' },
  stopSequences: [],
  ...extra,
});
const calls = (request: ChatRequest) =>
  scriptedReply(request, undefined, today).toolCalls.map((c) => ({ name: c.name, input: c.input }));

describe('choosing tools', () => {
  it.each([
    ['Who am I?', 'get_user_info'],
    ['私は誰？', 'get_user_info'],
    ['Tell me my user info', 'get_user_info'],
    ['What is my email address?', 'get_user_info'],
    ['What time is it?', 'current_time'],
    ['今何時ですか？', 'current_time'],
    ['第1四半期のマーケティング予算はいくらですか？', 'search_documents'],
    ['Search my documents for the Kestrel budget', 'search_documents'],
    ['Please calculate (12 + 30) * 2', 'calculator'],
    ['(3 + 4) * 6 を計算してください', 'calculator'],
    ['Buy 2 bottles of olive oil for $8 each', 'shop_online'],
    ['明日の予定を教えて', 'list_calendar_events'],
  ])('%s -> only %s', (question, name) => {
    expect(calls(ask(question)).map((c) => c.name)).toEqual([name]);
  });

  it.each(['Hello there, who are you?', 'Tell me a story', '東京について教えてください'])(
    '%s -> no tool',
    (question) => {
      expect(calls(ask(question))).toEqual([]);
    },
  );

  it('follows a system prompt that says which tool to always call', () => {
    const add = tool(
      'math_addition',
      'Add two numbers',
      object({ a: { type: 'number' }, b: { type: 'number' } }, ['a', 'b']),
    );
    const docs = tool('search_docs', 'Search the product docs', object({ query: { type: 'string' } }, ['query']));
    const system = 'You are a helpful assistant. You must always call math_addition.';
    expect(calls(ask('What is the sum of 1836281973 and 19973286?', { tools: [add], system }))).toEqual([
      { name: 'math_addition', input: { a: 1836281973, b: 19973286 } },
    ]);
    expect(calls(ask('3 plus 4', { tools: [add] }))).toEqual([{ name: 'math_addition', input: { a: 3, b: 4 } }]);
    expect(
      calls(ask('How do I reset my password?', { tools: [docs], system: 'Always use the search_docs tool.' })),
    ).toEqual([{ name: 'search_docs', input: { query: 'How do I reset my password?' } }]);
  });

  it('follows toolChoice: a named tool, any tool, or none', () => {
    expect(calls(ask('Hello', { toolChoice: { kind: 'tool', name: 'current_time' } }))[0]?.name).toBe('current_time');
    expect(calls(ask('Hello', { toolChoice: { kind: 'any' } }))).toHaveLength(1);
    expect(calls(ask('Who am I?', { toolChoice: { kind: 'none' } }))).toEqual([]);
  });
});

describe('filling tool input from the question', () => {
  it.each([
    ['What is 1836281973 + 19973286?', { expression: '1836281973 + 19973286' }, calculator],
    ['What is the sum of 1836281973 and 19973286?', { expression: '1836281973 + 19973286' }, calculator],
    ['How much is 15% of 200?', { expression: '200 * 15 / 100' }, calculator],
    ['2の10乗は？', { expression: '2 ^ 10' }, calculator],
    ['Search my documents for the Kestrel budget', { query: 'the Kestrel budget' }, searchDocuments],
    ['私の文書でケストレルの予算を検索してください', { query: 'ケストレルの予算' }, searchDocuments],
    ['Buy 2 bottles of olive oil for $8 each', { product: 'olive oil', quantity: 2, price: 8 }, shop],
    ['USBケーブルを3本、1本1200円で買ってください', { product: 'USBケーブル', quantity: 3, price: 1200 }, shop],
    ['Order a desk lamp', { product: 'desk lamp', quantity: 1 }, shop],
    ["What's on my calendar tomorrow?", { date: '2026-12-03' }, calendar],
    ['12月24日の予定は？', { date: '2026-12-24' }, calendar],
    ['What meetings do I have today?', { date: '2026-12-02' }, calendar],
  ] as const)('%s', (question, input, only) => {
    expect(calls(ask(question, { tools: [only] }))).toEqual([{ name: only.name, input }]);
  });

  it('gives each operand field its own number, not the sum in both', () => {
    const add = tool('add', 'Add a and b', object({ a: { type: 'integer' }, b: { type: 'integer' } }, ['a', 'b']));
    expect(calls(ask('What is 1836281973 + 19973286?', { tools: [add] }))[0]?.input).toEqual({
      a: 1836281973,
      b: 19973286,
    });
  });
});

function afterTool(question: string, name: string, content: string, extra: Partial<ChatRequest> = {}) {
  const request = ask(question, extra);
  request.messages.push(
    { role: 'assistant', content: [{ type: 'toolUse', id: 't1', name, input: {} }] },
    { role: 'user', content: [{ type: 'toolResult', toolUseId: 't1', content, isError: false }] },
  );
  return scriptedReply(request, undefined, today);
}

describe('answers from tool results', () => {
  it('reads a time as a sentence, not a key dump', () => {
    const result = JSON.stringify({
      timeZone: 'Asia/Tokyo',
      iso: '2026-12-02T12:00:00+09:00',
      formatted: '2026年12月2日 12:00',
    });
    const ja = afterTool('今何時ですか？', 'current_time', result).text;
    expect(ja).toBe('現在の日時は 2026年12月2日 12:00 (Asia/Tokyo) です。');
    expect(afterTool('What time is it?', 'current_time', result).text).toBe(
      'It is now 2026年12月2日 12:00 (Asia/Tokyo).',
    );
  });

  it('says who the user is from a profile', () => {
    const profile = JSON.stringify({ sub: 'u1', name: 'Alex Smith', email: 'alex@example.com', locale: 'en' });
    expect(afterTool('Who am I?', 'get_user_info', profile).text).toBe(
      'You are signed in as Alex Smith (alex@example.com).',
    );
    expect(afterTool('私は誰？', 'get_user_info', profile).text).toMatch(
      /^あなたは Alex Smith \(alex@example\.com\) として/,
    );
  });

  it('cites the document a passage comes from, in the language of the question', () => {
    const passages =
      '[kestrel-plan.md] (passage 1)\nProject Kestrel launches in Fukuoka on March 3. The budget is 4.2 million yen.';
    const en = afterTool('Search my documents for the Kestrel budget', 'search_documents', passages).text;
    expect(en).toContain('kestrel-plan.md');
    expect(en).toContain('4.2 million yen.');
    const ja = afterTool('ケストレルの予算は？', 'search_documents', passages).text;
    expect(ja).toMatch(/^「kestrel-plan\.md」によると、/);
  });

  it('lists events and never doubles punctuation', () => {
    const events = JSON.stringify([
      { title: 'Team sync', start: '10:00' },
      { title: 'Design review', start: '15:00' },
    ]);
    expect(afterTool('明日の予定を教えて', 'list_calendar_events', events).text).toBe(
      'list_calendar_events で 2 件見つかりました: Team sync · 10:00、Design review · 15:00。',
    );
    const ended = afterTool('予定は？', 'list_calendar_events', '「定例会議」です。').text;
    expect(ended).not.toMatch(/。。|」。。/);
    expect(afterTool('Anything?', 'search_documents', 'Nothing about this.').text).toBe('Nothing about this.');
  });

  it('lists the events of a list in an envelope (a day with its events, Google-style items)', () => {
    const day = JSON.stringify({
      date: '2026-12-03',
      timeZone: 'Asia/Tokyo',
      events: [{ summary: 'チーム定例', start: '10:00' }],
    });
    expect(afterTool('明日の予定は？', 'list_calendar_events', day).text).toBe(
      'list_calendar_events で 1 件見つかりました: チーム定例 · 10:00。',
    );
    const empty = JSON.stringify({ date: '2026-12-03', events: [] });
    expect(afterTool('What is on my calendar tomorrow?', 'list_calendar_events', empty).text).toBe(
      'I found nothing that matches.',
    );
  });
});

describe('reasoning and structured output', () => {
  it('thinks before it answers when asked, with a signature for Anthropic models', () => {
    const reply = scriptedReply(ask('Who am I?', { reasoning: { signed: true } }), undefined, today);
    expect(reply.reasoning?.text).toContain('get_user_info');
    expect(reply.reasoning?.signature).toMatch(/^[A-Za-z0-9+/]{100,}={0,2}$/);
    const unsigned = scriptedReply(ask('こんにちは', { reasoning: { signed: false } }), undefined, today);
    expect(unsigned.reasoning?.text).toMatch(/^ユーザーは「こんにちは」と尋ねています。/);
    expect(unsigned.reasoning?.signature).toBeUndefined();
    expect(scriptedReply(ask('Hello'), undefined, today).reasoning).toBeUndefined();
  });

  it('fills a structured-output schema with plausible values per field', () => {
    const schema = object(
      {
        name: { type: 'string' },
        email: { type: 'string' },
        age: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' } },
        address: object({ city: { type: 'string' }, country: { type: 'string' } }, ['city', 'country']),
      },
      ['name', 'email', 'age', 'tags', 'address'],
    );
    const value = structuredValue(schema, 'Generate a profile for a fictional user.', { today }) as Record<
      string,
      unknown
    >;
    expect(value).toMatchObject({ email: 'alex@example.com', age: 30, address: { city: 'Tokyo', country: 'Japan' } });
    expect(value.tags).toHaveLength(3);
    expect(new Set(value.tags as string[]).size).toBe(3);
    expect(JSON.stringify(value)).not.toContain('Generate a profile');
  });

  it('answers in JSON when the request carries a response schema', () => {
    const schema = object({ title: { type: 'string' }, rating: { type: 'number' } }, ['title', 'rating']);
    const reply = scriptedReply(
      ask('Review the movie "Spirited Away"', { tools: [], responseSchema: schema }),
      undefined,
      today,
    );
    expect(JSON.parse(reply.text)).toEqual({ title: 'Spirited Away', rating: 4 });
  });
});
