// `pnpm bench`: chat time to first token against the Bedrock emulator (human pacing), measured side by
// side in one run: a direct ChatBedrockConverse stream and the LangChain agent as the chat route builds it
// (createAgent with the four tools bound). Prints the medians and the ratios to direct; asserts nothing.
// The route itself (session, limits, body check, NDJSON) is measured by route-cost.ts on the built app.
import { performance } from 'node:perf_hooks';
import { HumanMessage } from '@langchain/core/messages';
import { fgaConnection } from '@repo/auth/fga';
import { chatModel } from '@repo/auth/langchain';
import { startEmulator } from '@repo/bedrock-emulator';
import { resolveConfig } from '@repo/config';
import { openDocumentStore } from '@repo/documents';
import { createAgent } from 'langchain';
import { toChatEvents, toLangChainMessages } from '../src/lib/chat/agent-events.ts';
import { SYSTEM_PROMPT } from '../src/lib/chat/system-prompt.ts';
import { documentEmbedder } from '../src/lib/documents.ts';
import { UNUSED_AGENT_AUTH } from '../src/lib/testing/unused-agent-auth.ts';
import { createTools } from '../src/lib/tools/index.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const QUESTION = 'Hello! Please introduce yourself in two sentences.';

const emulator = await startEmulator({ port: 0, pacing: 'human' });
const resolved = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url });
if (!resolved.config) throw new Error('emulator config did not resolve');
const config = resolved.config;
const store = await openDocumentStore({ embedder: documentEmbedder(config), dataDir: 'memory://' });
const user = { userId: 'bench|user', email: 'bench@example.com' };
const toolContext = {
  timeZone: 'Asia/Tokyo',
  lang: 'en' as const,
  issuerBaseUrl: 'http://localhost:1',
  getAccessToken: async () => 'unused',
  getRefreshToken: async () => undefined,
  user,
  documents: async () => store,
  fga: fgaConnection(config), // the question asks for no document search
  ...UNUSED_AGENT_AUTH,
};
const model = chatModel(config);

async function direct(): Promise<number> {
  const start = performance.now();
  let first = 0;
  for await (const chunk of await model.stream([new HumanMessage(QUESTION)])) {
    if (!first && chunk.text) first = performance.now() - start;
  }
  return first;
}

async function agent(): Promise<number> {
  const start = performance.now();
  let first = 0;
  const run = createAgent({ model, tools: createTools(toolContext), systemPrompt: SYSTEM_PROMPT });
  const stream = await run.stream(
    { messages: toLangChainMessages([{ role: 'user', text: QUESTION }]) },
    { streamMode: ['messages', 'updates'] },
  );
  for await (const event of toChatEvents(stream)) {
    if (!first && event.type === 'text') first = performance.now() - start;
  }
  return first;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Warm up every path once (module loading, connection set-up), then interleave the rounds.
await direct();
await agent();
const times = { direct: [] as number[], agent: [] as number[] };
for (let i = 0; i < ROUNDS; i++) {
  times.direct.push(await direct());
  times.agent.push(await agent());
}

const base = median(times.direct);
console.log(`langchain-sample: time to first token, ${ROUNDS} rounds, emulator pacing "human" (450 ms first token)`);
for (const [name, values] of Object.entries(times)) {
  const p50 = median(values);
  console.log(`  ${name.padEnd(7)} p50 ${p50.toFixed(1)} ms   ratio to direct ${(p50 / base).toFixed(3)}x`);
}
console.log('  target: agent at most 1.15x direct');

await store.close();
await emulator.close();
