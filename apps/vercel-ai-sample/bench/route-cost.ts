// `pnpm bench`: the chat route's own cost over a direct streamText call (see @repo/devtools/route-cost). It runs
// after bench/run.ts in the same `pnpm bench` and serves the build that script has just made.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { bedrockProvider } from '@repo/auth/ai-sdk';
import { fgaConnection } from '@repo/auth/fga';
import { CHAT_LIMITS } from '@repo/chat';
import { benchRouteCost } from '@repo/devtools/route-cost';
import { stepCountIs, streamText } from 'ai';
import { SYSTEM_PROMPT } from '../src/lib/chat/system-prompt.ts';
import { UNUSED_AGENT_AUTH } from '../src/lib/testing/unused-agent-auth.ts';
import { createTools } from '../src/lib/tools/index.ts';

/** The questions ask for no document search: the search tool is bound, never run. */
const NO_DOCUMENTS = {
  user: { userId: 'bench|user' },
  documents: () => Promise.reject(new Error('the bench asks for no document search')),
  fga: fgaConnection({}),
};

await benchRouteCost('vercel-ai-sample', {
  appDir: join(dirname(fileURLToPath(import.meta.url)), '..'),
  sessionCookie: generateSessionCookie,
  build: false,
  body: (question) => ({
    id: crypto.randomUUID(),
    trigger: 'submit-message',
    messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: question }] }],
    timeZone: 'Asia/Tokyo',
    lang: 'en',
  }),
  completed: (text) => text.includes('"type":"finish"') && !text.includes('"type":"error"'),
  direct: (config) => {
    const model = bedrockProvider(config)(config.bedrock.chatModelId);
    const tools = createTools({
      timeZone: 'Asia/Tokyo',
      lang: 'en',
      issuerBaseUrl: 'http://localhost:1',
      getAccessToken: async () => '',
      ...NO_DOCUMENTS,
      ...UNUSED_AGENT_AUTH,
      getRefreshToken: async () => undefined,
    });
    return async (question) => {
      let ok = true;
      const result = streamText({
        model,
        system: SYSTEM_PROMPT,
        messages: [{ role: 'user', content: question }],
        tools,
        stopWhen: stepCountIs(CHAT_LIMITS.maxSteps),
        onError: () => {
          ok = false;
        },
      });
      for await (const part of result.fullStream) if (part.type === 'error') ok = false;
      return ok;
    };
  },
});
