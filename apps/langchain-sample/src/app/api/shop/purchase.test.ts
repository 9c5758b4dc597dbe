// Asynchronous authorization on the server, over real sockets: the chat route (a LangChain agent against the
// Bedrock emulator) calls shop_online; @auth0/ai asks a dev issuer (CIBA) and polls; the user answers through the
// issuer's device API; the tool calls this sample's Shop API route with the token. Then the Shop API's token
// checks. The checks are shared with the Vercel AI SDK sample (@repo/devtools/purchase-checks). Only the session
// lookup is given directly.
import { describePurchaseChecks } from '@repo/devtools/purchase-checks';
import { vi } from 'vitest';
import { type ChatEvent, readEvents } from '@/lib/chat/protocol.ts';

const HANAKO = 'dev-idp|hanako';
vi.mock('@/lib/server/session.ts', () => ({
  signedInUser: async () => ({ sub: 'dev-idp|hanako', profile: { name: '山田 花子' } }),
  accessToken: async () => 'not-used-here',
  // The calendar tool is bound but not used here.
  refreshToken: async () => undefined,
}));

describePurchaseChecks({
  userId: HANAKO,
  emulatorEnv: (emulator) => ({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url }),
  routes: async () => ({ chat: (await import('../chat/route.ts')).POST, shop: (await import('./route.ts')).POST }),
  // One chat turn, read as the browser reads the route's NDJSON events.
  ask: async (chat, text, lang) => {
    const response = await chat(
      new Request('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', text }], lang, timeZone: 'Asia/Tokyo' }),
      }),
    );
    const events: ChatEvent[] = [];
    if (response.body) for await (const event of readEvents(response.body)) events.push(event);
    const call = events.find((e) => e.type === 'tool-call' && e.name === 'shop_online');
    const result = events.find((e) => e.type === 'tool-result' && call?.type === 'tool-call' && e.id === call.id);
    return {
      output: result?.type === 'tool-result' ? (result.output as Record<string, unknown> | undefined) : undefined,
      failed: events.some((e) => e.type === 'error' || (e.type === 'tool-result' && e.errorText !== undefined)),
      finished: events.at(-1)?.type === 'done',
    };
  },
});
