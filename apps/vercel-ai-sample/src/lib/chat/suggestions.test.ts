// Each question the empty chat suggests, in both languages, makes the model call its tool: the AI SDK's own
// generateText on @repo/auth's provider, against the Bedrock emulator over a real socket, with the route's
// system prompt and tools (not executed: the tool call is what the suggestion is for).
import { bedrockProvider } from '@repo/auth/ai-sdk';
import { fgaConnection } from '@repo/auth/fga';
import { emulatorModeConfig } from '@repo/auth/testing';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import type { Config } from '@repo/config';
import { TOOL_SUGGESTIONS } from '@repo/ui/i18n';
import { generateText, stepCountIs } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSED_AGENT_AUTH } from '../testing/unused-agent-auth.ts';
import { createTools } from '../tools/index.ts';
import { SUGGESTED_TOOLS } from './suggestions.ts';
import { SYSTEM_PROMPT } from './system-prompt.ts';

let tools: ReturnType<typeof createTools>;
let emulator: RunningEmulator;
let config: Config;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  config = emulatorModeConfig(emulator.url);
  // Only the tools' names, descriptions and schemas reach the model here: nothing they would call is used.
  tools = createTools({
    timeZone: 'Asia/Tokyo',
    lang: 'en',
    issuerBaseUrl: 'http://localhost:1',
    getAccessToken: async () => 'not-used-here',
    getRefreshToken: async () => undefined,
    user: { userId: 'dev-idp|alice', email: 'alice@example.com' },
    documents: async () => {
      throw new Error('not used here');
    },
    fga: fgaConnection(config),
    ...UNUSED_AGENT_AUTH,
  });
});
afterAll(() => emulator?.close());

describe('suggested questions', () => {
  it('suggest a question for every tool of the chat, and for no other', () => {
    expect([...SUGGESTED_TOOLS].sort()).toEqual(Object.keys(tools).sort());
    for (const tool of SUGGESTED_TOOLS) expect(TOOL_SUGGESTIONS[tool], tool).toBeDefined();
  });

  it.each(SUGGESTED_TOOLS.flatMap((tool) => (['ja', 'en'] as const).map((lang) => [tool, lang] as const)))(
    'make the model call %s (%s)',
    async (tool, lang) => {
      const withoutExecute = Object.fromEntries(
        Object.entries(tools).map(([name, definition]) => [name, { ...definition, execute: undefined }]),
      );
      const result = await generateText({
        model: bedrockProvider(config)(config.bedrock.chatModelId),
        system: SYSTEM_PROMPT,
        prompt: TOOL_SUGGESTIONS[tool]?.[lang] ?? '',
        tools: withoutExecute,
        stopWhen: stepCountIs(1),
      });
      expect(result.toolCalls.map((call) => call.toolName)).toEqual([tool]);
    },
  );
});
