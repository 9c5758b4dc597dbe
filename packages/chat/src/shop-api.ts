// The Shop API's own part (after the token check, which is @repo/auth/auth0-ai/verify-token's): read the order,
// answer with a confirmation. A demo shop: nothing is charged or stored.
import { randomUUID } from 'node:crypto';
import type { Localized } from '@repo/config';
import type { Order } from './purchase.ts';
import { readJsonBody } from './read-body.ts';
import { purchaseInputSchema } from './tools/shop.ts';

/** The scope every order needs. */
export const PRODUCT_BUY_SCOPE = 'product:buy';

const MAX_ORDER_BYTES = 4096;

function refusal(status: number, error: string, message: Localized): Response {
  return Response.json(
    { error, error_description: message.en, message },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/** The order in the body, or a 400/413 answer naming the field in Japanese and English. */
export async function readOrder(
  request: Request,
): Promise<{ ok: true; order: Order } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, MAX_ORDER_BYTES);
  if (!body.ok) {
    return {
      ok: false,
      response:
        body.reason === 'too-large'
          ? refusal(413, 'invalid_request', {
              ja: `注文が大きすぎます (最大 ${MAX_ORDER_BYTES} バイト)。`,
              en: `The order is too large (at most ${MAX_ORDER_BYTES} bytes).`,
            })
          : refusal(400, 'invalid_request', {
              ja: '本文は JSON の注文 { product, quantity, price, currency } にしてください。',
              en: 'The body must be a JSON order { product, quantity, price, currency }.',
            }),
    };
  }
  const parsed = purchaseInputSchema.required({ currency: true }).safeParse(body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(body)';
    return {
      ok: false,
      response: refusal(400, 'invalid_request', {
        ja: `注文の ${field} が正しくありません: ${issue?.message ?? ''}`,
        en: `The order's ${field} is not valid: ${issue?.message ?? ''}`,
      }),
    };
  }
  const { product, quantity, price, currency } = parsed.data;
  const total = Math.round(price * quantity * 100) / 100;
  return { ok: true, order: { orderId: `order_${randomUUID()}`, product, quantity, price, currency, total } };
}
