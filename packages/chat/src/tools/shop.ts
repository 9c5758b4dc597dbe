// The `shop_online` tool's logic, shared by both samples (each wraps it in its framework's tool and in Auth0's
// asynchronous authorization): the input schema, the Shop API call with the token the user's approval produced,
// and what a refusal or a timeout means for the conversation.
import { type Config, DEFAULT_SHOP_API_AUDIENCE, type Lang } from '@repo/config';
import { z } from 'zod';
import { defaultCurrency, type Order, type PurchaseInput, type PurchaseOutcome } from '../purchase.ts';

/** The scopes the purchase asks the user to approve (Auth0's sample asks for the same). */
export const PURCHASE_SCOPES = ['openid', 'product:buy'];

/** How long the user has to answer on their device (Auth0's `requested_expiry`, 1 to 300 seconds). */
export const APPROVAL_WINDOW_SECONDS = 120;

export const purchaseInputSchema = z.object({
  product: z.string().trim().min(1).max(100).describe('The product to buy, e.g. wireless headphones'),
  quantity: z.number().int().min(1).max(99).describe('How many items to buy'),
  price: z.number().positive().max(10_000_000).describe("The price of one item, in the user's currency"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe("ISO 4217 code of the price's currency, e.g. JPY or USD; default: the user's"),
});

/** Where the purchase tool sends orders, and the API its tokens are for. */
export interface ShopSettings {
  apiUrl: string;
  audience: string;
}

/**
 * SHOP_API_URL, else the sample's own Shop API (`/api/shop` on the app's base URL, the first when there are
 * several); SHOP_API_AUDIENCE.
 */
export function shopSettings(config: Config, appBaseUrl: string | readonly string[]): ShopSettings {
  const base = typeof appBaseUrl === 'string' ? appBaseUrl : (appBaseUrl[0] ?? 'http://localhost');
  return {
    apiUrl: config.shop?.apiUrl ?? new URL('/api/shop', base).href,
    audience: config.shop?.audience ?? DEFAULT_SHOP_API_AUDIENCE,
  };
}

/**
 * Offline mode: the dev issuer's device page, where the user approves (the stand-in for Guardian push on their
 * phone). With a tenant: none, the request goes to the user's phone.
 */
export function approvalDeviceUrl(config: Config, lang: Lang): string | undefined {
  if (config.auth0.mode !== 'dev') return undefined;
  return `${new URL('/device', config.auth0.issuerBaseUrl).href}?lang=${lang}`;
}

export class ShopApiError extends Error {
  override name = 'ShopApiError';
}

/** Places the order at the Shop API with the access token from the user's approval. */
export async function placeOrder(
  apiUrl: string,
  accessToken: string,
  input: PurchaseInput,
  lang: Lang,
  fetchImpl: typeof fetch = fetch,
): Promise<Order> {
  const res = await fetchImpl(apiUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...input, currency: input.currency ?? defaultCurrency(lang) }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error_description?: unknown };
    const reason = typeof body.error_description === 'string' ? `: ${body.error_description}` : '.';
    throw new ShopApiError(`The Shop API refused the order (HTTP ${res.status})${reason}`);
  }
  return (await res.json()) as Order;
}

export function purchased(order: Order): PurchaseOutcome {
  return { status: 'purchased', order, note: `Order ${order.orderId} placed after the user approved it.` };
}

/**
 * What the tool answers when the user did not approve: `declined` (they said no on their device), `expired`
 * (no answer in time). Anything else (no CIBA grant, no device enrolled, a network failure) is a real error and
 * is thrown on. Reads @auth0/ai's interrupt codes and the raw `expired_token` answer by shape.
 */
export function notApproved(error: unknown): PurchaseOutcome {
  const { code, error: oauthError } = (error ?? {}) as { code?: unknown; error?: unknown };
  if (code === 'ASYNC_AUTHORIZATION_ACCESS_DENIED' || oauthError === 'access_denied') {
    return { status: 'declined', note: 'The user declined the purchase on their device. Nothing was bought.' };
  }
  if (code === 'ASYNC_AUTHORIZATION_AUTHORIZATION_REQUEST_EXPIRED' || oauthError === 'expired_token') {
    return {
      status: 'expired',
      note: 'The user did not answer on their device in time. Nothing was bought; they can ask again.',
    };
  }
  throw error;
}
