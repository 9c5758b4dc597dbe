// `get_user_info`: the issuer's /userinfo called with the signed-in user's access token (an API called on the
// user's behalf).
import { fetchUserInfo, TOOL_DESCRIPTIONS, type ToolContext } from '@repo/chat/tools';
import { tool } from 'ai';
import { z } from 'zod';

export function userInfoTool(context: ToolContext) {
  return tool({
    description: TOOL_DESCRIPTIONS.get_user_info,
    inputSchema: z.object({}),
    execute: async () => fetchUserInfo(context.issuerBaseUrl, await context.getAccessToken()),
  });
}
