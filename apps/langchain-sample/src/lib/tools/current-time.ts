// `current_time`: the date and time in the user's time zone (sent by the browser).
import { tool } from '@langchain/core/tools';
import { currentTime, TOOL_DESCRIPTIONS, type ToolContext } from '@repo/chat/tools';
import { z } from 'zod';

export function currentTimeTool(context: ToolContext) {
  return tool(async () => currentTime(context.timeZone, context.lang), {
    name: 'current_time',
    description: TOOL_DESCRIPTIONS.current_time,
    schema: z.object({}),
  });
}
