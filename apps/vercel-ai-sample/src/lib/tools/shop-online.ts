// `shop_online`: buys a product for the user, but only once they approve it on their phone. Auth0's
// asynchronous authorization (CIBA) holds the call: @auth0/ai asks Auth0 to send the user a request with the
// binding message, polls until they answer, and only then runs `execute` with an access token for the Shop API.
// Declined or unanswered, the tool answers so instead of buying.
import { getAsyncAuthorizationCredentials } from '@repo/auth/auth0-ai/ai-sdk';
import { purchaseBindingMessage } from '@repo/chat/purchase';
import {
  APPROVAL_WINDOW_SECONDS,
  notApproved,
  PURCHASE_SCOPES,
  placeOrder,
  purchased,
  purchaseInputSchema,
  TOOL_DESCRIPTIONS,
} from '@repo/chat/tools';
import { tool } from 'ai';
import type { ToolContext } from './index.ts';

export function shopOnlineTool(context: ToolContext) {
  const withPurchaseApproval = context.auth0AI.withAsyncAuthorization({
    userID: async () => context.user.userId,
    bindingMessage: async (input) => purchaseBindingMessage(purchaseInputSchema.parse(input), context.lang),
    scopes: PURCHASE_SCOPES,
    audience: context.shop.audience,
    requestedExpiry: APPROVAL_WINDOW_SECONDS,
    // Wait in this request until the user answers (Auth0's samples do the same; see the guide for the
    // interrupt mode that suits long waits on serverless hosts).
    onAuthorizationRequest: 'block',
    onUnauthorized: (error) => notApproved(error),
  });

  return withPurchaseApproval(
    tool({
      description: TOOL_DESCRIPTIONS.shop_online,
      inputSchema: purchaseInputSchema,
      execute: async (input) => {
        const credentials = getAsyncAuthorizationCredentials();
        const order = await placeOrder(context.shop.apiUrl, credentials?.accessToken ?? '', input, context.lang);
        return purchased(order);
      },
    }),
  );
}
