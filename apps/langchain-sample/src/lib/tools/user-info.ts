// `get_user_info`: the issuer's /userinfo called with the signed-in user's access token (an API called on the
// user's behalf).
import { tool } from '@langchain/core/tools';
import { fetchUserInfo, TOOL_DESCRIPTIONS, type ToolContext } from '@repo/chat/tools';
import { z } from 'zod';

export function userInfoTool(context: ToolContext) {
  return tool(async () => fetchUserInfo(context.issuerBaseUrl, await context.getAccessToken()), {
    name: 'get_user_info',
    description: TOOL_DESCRIPTIONS.get_user_info,
    schema: z.object({}),
  });
}
