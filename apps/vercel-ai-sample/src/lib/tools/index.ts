// The chat's tools, as AI SDK tools. One file per tool, each a function of the request's ToolContext; to add
// a tool, write its file here and list it below. The LangChain sample's src/lib/tools/ has the same files.
import type { ToolContext } from '@repo/chat/tools';
import { calculatorTool } from './calculator.ts';
import { currentTimeTool } from './current-time.ts';
import { userInfoTool } from './user-info.ts';

export type { ToolContext } from '@repo/chat/tools';

export function createTools(context: ToolContext) {
  return {
    get_user_info: userInfoTool(context),
    calculator: calculatorTool(),
    current_time: currentTimeTool(context),
  };
}
