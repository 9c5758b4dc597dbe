// `pnpm bench`: the chat route's own cost over running the agent directly (see @repo/devtools/route-cost).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { fgaConnection } from '@repo/auth/fga';
import { chatModel } from '@repo/auth/langchain';
import { CHAT_LIMITS } from '@repo/chat';
import { benchRouteCost } from '@repo/devtools/route-cost';
import { openDocumentStore } from '@repo/documents';
import { createAgent } from 'langchain';
import { toChatEvents, toLangChainMessages } from '../src/lib/chat/agent-events.ts';
import { SYSTEM_PROMPT } from '../src/lib/chat/system-prompt.ts';
import { documentEmbedder } from '../src/lib/documents.ts';
import { UNUSED_AGENT_AUTH } from '../src/lib/testing/unused-agent-auth.ts';
import { createTools } from '../src/lib/tools/index.ts';

await benchRouteCost('langchain-sample', {
  appDir: join(dirname(fileURLToPath(import.meta.url)), '..'),
  sessionCookie: generateSessionCookie,
  body: (question) => ({ messages: [{ role: 'user', text: question }], timeZone: 'Asia/Tokyo', lang: 'en' }),
  completed: (text) => text.includes('"type":"done"') && !text.includes('"type":"error"'),
  direct: (config) => {
    const model = chatModel(config);
    const store = openDocumentStore({ embedder: documentEmbedder(config), dataDir: 'memory://' });
    const tools = createTools({
      timeZone: 'Asia/Tokyo',
      lang: 'en',
      issuerBaseUrl: 'http://localhost:1',
      getAccessToken: async () => '',
      getRefreshToken: async () => undefined,
      user: { userId: 'bench|direct' },
      documents: () => store,
      fga: fgaConnection(config), // the questions ask for no document search
      ...UNUSED_AGENT_AUTH,
    });
    return async (question) => {
      const agent = createAgent({ model, tools, systemPrompt: SYSTEM_PROMPT });
      const stream = await agent.stream(
        { messages: toLangChainMessages([{ role: 'user', text: question }]) },
        { streamMode: ['messages', 'updates'], recursionLimit: CHAT_LIMITS.maxSteps * 2 + 1 },
      );
      let ok = false;
      for await (const event of toChatEvents(stream)) if (event.type === 'text') ok = true;
      return ok;
    };
  },
});
