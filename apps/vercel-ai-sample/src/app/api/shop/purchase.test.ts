// Asynchronous authorization on the server, over real sockets: the chat route (streamText against the Bedrock
// emulator) calls shop_online; @auth0/ai asks a dev issuer (CIBA) and polls; the user answers through the
// issuer's device API; the tool calls this sample's Shop API route with the token. Then the Shop API's token
// checks. The checks are shared with the LangChain sample (@repo/devtools/purchase-checks). Only the session
// lookup is given directly.
import { describePurchaseChecks } from '@repo/devtools/purchase-checks';
import { vi } from 'vitest';

const HANAKO = 'dev-idp|hanako';
vi.mock('@/lib/server/session.ts', () => ({
  signedInUser: async () => ({ sub: 'dev-idp|hanako', profile: { name: '山田 花子' } }),
  accessToken: async () => 'not-used-here',
  // The calendar tool is bound but not used here.
  refreshToken: async () => undefined,
}));

let chats = 0;

describePurchaseChecks({
  userId: HANAKO,
  emulatorEnv: (emulator) => ({ BEDROCK_EMULATOR_PORT: String(emulator.port) }),
  routes: async () => ({ chat: (await import('../chat/route.ts')).POST, shop: (await import('./route.ts')).POST }),
  // One chat turn, read as the browser reads the AI SDK's UI message stream.
  ask: async (chat, text, lang) => {
    chats += 1;
    const response = await chat(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: `purchase-${chats}`,
          trigger: 'submit-message',
          messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }],
          timeZone: 'Asia/Tokyo',
          lang,
        }),
      }),
    );
    const chunks = (await response.text())
      .split('\n')
      .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
      .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
    const call = chunks.find((c) => c.type === 'tool-input-available' && c.toolName === 'shop_online');
    const output = chunks.find((c) => c.type === 'tool-output-available' && c.toolCallId === call?.toolCallId);
    return {
      output: output?.output as Record<string, unknown> | undefined,
      failed: chunks.some((c) => c.type === 'error' || c.type === 'tool-output-error'),
      finished: chunks.at(-1)?.type === 'finish',
    };
  },
});
