// The agent as the chat route builds it, over real sockets: createAgent with the tools, ChatBedrockConverse
// and BedrockEmbeddings (from @repo/auth) against the local Bedrock emulator, documents in PGlite, permissions in
// dev-fga through Auth0's FGAFilter (@openfga/sdk). No model or SDK is stubbed.
import { chatModel } from '@repo/auth/langchain';
import type { Config } from '@repo/config';
import type { DocumentStore } from '@repo/documents';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorAndStore, startEmulatorAndStore } from '../testing/emulator-and-store.ts';
import { UNUSED_AGENT_AUTH } from '../testing/unused-agent-auth.ts';
import { type Citation, createTools, type ToolContext } from '../tools/index.ts';
import { toChatEvents, toLangChainMessages } from './agent-events.ts';
import type { ChatEvent } from './protocol.ts';
import { SYSTEM_PROMPT } from './system-prompt.ts';

let fixture: EmulatorAndStore | undefined;
let config: Config;
let store: DocumentStore;
const alice = { userId: 'dev-idp|alice', email: 'alice@example.com' };
const bob = { userId: 'dev-idp|bob', email: 'bob@example.com' };

beforeAll(async () => {
  fixture = await startEmulatorAndStore();
  ({ config, store } = fixture);
});

afterAll(() => fixture?.close());

function context(user = alice): ToolContext {
  return {
    timeZone: 'Asia/Tokyo',
    lang: 'en',
    issuerBaseUrl: 'http://localhost:1',
    getAccessToken: async () => {
      throw new Error('not used here');
    },
    getRefreshToken: async () => undefined,
    user,
    documents: async () => store,
    fga: (fixture as EmulatorAndStore).fga,
    ...UNUSED_AGENT_AUTH,
  };
}

async function ask(question: string, user = alice): Promise<ChatEvent[]> {
  const agent = createAgent({
    model: chatModel(config),
    tools: createTools(context(user)),
    systemPrompt: SYSTEM_PROMPT,
  });
  const stream = await agent.stream(
    { messages: toLangChainMessages([{ role: 'user', text: question }]) },
    { streamMode: ['messages', 'updates'] },
  );
  const events: ChatEvent[] = [];
  for await (const event of toChatEvents(stream)) events.push(event);
  return events;
}

const textOf = (events: ChatEvent[]) => events.map((e) => (e.type === 'text' ? e.delta : '')).join('');

describe('the LangChain agent against the Bedrock emulator', () => {
  it('streams a plain answer in several text events', async () => {
    const events = await ask('Hello there, who are you?');
    expect(events.filter((e) => e.type === 'text').length).toBeGreaterThan(1);
    expect(textOf(events)).toContain('Hello');
    expect(events.some((e) => e.type === 'tool-call')).toBe(false);
  });

  it('calls the calculator and answers with its result', async () => {
    const events = await ask('Please calculate (12 + 30) * 2');
    const call = events.find((e) => e.type === 'tool-call');
    expect(call).toMatchObject({ name: 'calculator', input: { expression: '(12 + 30) * 2' } });
    const result = events.find((e) => e.type === 'tool-result');
    expect(result).toMatchObject({ id: call?.type === 'tool-call' ? call.id : '', output: { result: 84 } });
    expect(textOf(events)).toContain('84');
  });

  it("searches only the user's documents and cites the document", async () => {
    const doc = await store.addText(alice, {
      title: 'kestrel-plan.md',
      text: 'Project Kestrel launches in Fukuoka on March 3. The Kestrel budget is 4.2 million yen.',
    });
    await fixture?.tuples.grantOwner(doc.id, alice);
    const events = await ask('Search my documents: when does Project Kestrel launch?');
    const call = events.find((e) => e.type === 'tool-call');
    expect(call).toMatchObject({ name: 'search_documents' });
    const result = events.find((e) => e.type === 'tool-result');
    const citations = (result?.type === 'tool-result' ? result.output : []) as Citation[];
    expect(citations[0]).toMatchObject({ title: 'kestrel-plan.md', documentId: doc.id, access: 'owner' });
    expect(textOf(events)).toContain('kestrel-plan.md');

    // Bob asks the same: the query itself returns nothing of Alice's.
    const strangers = await ask('Search my documents: when does Project Kestrel launch?', bob);
    const strangerResult = strangers.find((e) => e.type === 'tool-result');
    expect(strangerResult?.type === 'tool-result' ? strangerResult.output : undefined).toEqual([]);
    expect(textOf(strangers)).not.toContain('kestrel-plan.md');
    expect(textOf(strangers)).not.toContain('Fukuoka');

    // Shared with Bob in FGA (a viewer tuple): his search finds it, marked shared.
    await fixture?.tuples.grantViewer(doc.id, bob.email);
    const shared = await ask('Search my documents: when does Project Kestrel launch?', bob);
    const sharedResult = shared.find((e) => e.type === 'tool-result');
    const sharedCitations = (sharedResult?.type === 'tool-result' ? sharedResult.output : []) as Citation[];
    expect(sharedCitations[0]).toMatchObject({ documentId: doc.id, access: 'shared' });
  });
});
