// The chat's tools as AI SDK tools. The logic lives in @repo/ui/tools (shared with the LangChain sample);
// this file only declares schemas and binds each call to the signed-in user.
import { calculate, currentTime, fetchUserInfo, TOOL_DESCRIPTIONS, type ToolContext } from '@repo/ui/tools';
import { tool } from 'ai';
import { z } from 'zod';

export function createTools(context: ToolContext) {
  return {
    get_user_info: tool({
      description: TOOL_DESCRIPTIONS.get_user_info,
      inputSchema: z.object({}),
      execute: async () => fetchUserInfo(context.issuerBaseUrl, await context.getAccessToken()),
    }),
    calculator: tool({
      description: TOOL_DESCRIPTIONS.calculator,
      inputSchema: z.object({
        expression: z.string().min(1).max(200).describe('The arithmetic expression, e.g. (12 + 30) * 2'),
      }),
      execute: async ({ expression }) => calculate(expression),
    }),
    current_time: tool({
      description: TOOL_DESCRIPTIONS.current_time,
      inputSchema: z.object({}),
      execute: async () => currentTime(context.timeZone, context.lang),
    }),
  };
}
