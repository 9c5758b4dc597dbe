// `current_time`: the date and time in the user's time zone (sent by the browser).
import { currentTime, TOOL_DESCRIPTIONS, type ToolContext } from '@repo/chat/tools';
import { tool } from 'ai';
import { z } from 'zod';

export function currentTimeTool(context: ToolContext) {
  return tool({
    description: TOOL_DESCRIPTIONS.current_time,
    inputSchema: z.object({}),
    execute: async () => currentTime(context.timeZone, context.lang),
  });
}
