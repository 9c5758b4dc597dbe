// POST /api/shop: the Shop API the purchase tool calls once the user has approved (a resource server, as it
// would be in a real shop). It reads top to bottom: the access token (signature against the issuer's JWKS,
// issuer, audience, expiry, the product:buy scope), then the order. No session: the token is the only
// credential. The Vercel AI SDK sample's api/shop/route.ts is the same.

import { tokenIssuer } from '@repo/auth/auth0-ai/settings';
import { createTokenVerifier, tokenErrorResponse } from '@repo/auth/auth0-ai/verify-token';
import { oncePerProcess, PRODUCT_BUY_SCOPE, readOrder } from '@repo/chat';
import { serverContext } from '@/lib/server/context.ts';

export const dynamic = 'force-dynamic';

/** One verifier per process: it caches the issuer's keys. */
const verifier = oncePerProcess(async () => {
  const { config, shop } = await serverContext();
  return createTokenVerifier({
    issuer: tokenIssuer(config.auth0),
    audience: shop.audience,
    requiredScopes: [PRODUCT_BUY_SCOPE],
  });
});

export async function POST(request: Request) {
  // 1. The access token: 401 (missing, forged, expired, another issuer or API) or 403 (no product:buy).
  const verify = await verifier();
  const check = await verify(request.headers.get('authorization'));
  if (!check.ok) return tokenErrorResponse(check, [PRODUCT_BUY_SCOPE]);

  // 2. The order: 400/413 naming the field, in Japanese and English.
  const order = await readOrder(request);
  if (!order.ok) return order.response;

  // A demo shop: the confirmation is the whole purchase (nothing is charged or stored).
  return Response.json(order.order, { headers: { 'cache-control': 'no-store' } });
}
