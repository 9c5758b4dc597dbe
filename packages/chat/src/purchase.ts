// @repo/chat/purchase: what the purchase tool (`shop_online`, asynchronous authorization) and its card share.
// Browser-safe: no server code, no Node built-ins, so the card can show the same binding message the user's
// device shows.
import type { Lang } from '@repo/config';

export const PURCHASE_TOOL_NAME = 'shop_online';

/** What the model fills in for a purchase. The price is per item, in `currency` (ISO 4217). */
export interface PurchaseInput {
  product: string;
  quantity: number;
  price: number;
  currency?: string;
}

/** The Shop API's answer to an accepted order. */
export interface Order {
  orderId: string;
  product: string;
  quantity: number;
  price: number;
  currency: string;
  total: number;
}

/**
 * The tool's result. Declining and letting the request expire are ordinary answers, not errors: the model
 * reads `note`, the card shows its own text in the user's language.
 */
export type PurchaseOutcome =
  | { status: 'purchased'; order: Order; note: string }
  | { status: 'declined'; note: string }
  | { status: 'expired'; note: string };

/** The currency a price without one is in: the user's (Japanese: yen; English: US dollars). */
export function defaultCurrency(lang: Lang): string {
  return lang === 'ja' ? 'JPY' : 'USD';
}

/** Yen has no minor unit; other currencies are shown with two decimals. */
export function formatPrice(amount: number, currency: string): string {
  const digits = currency === 'JPY' ? 0 : 2;
  return `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** Auth0's binding_message rule: 1 to 64 characters, letters and digits of any script, spaces and `+-_.,:#`. */
export const BINDING_MESSAGE_PATTERN = /^[\p{L}\p{M}\p{N} +\-_.,:#]{1,64}$/u;
const BINDING_MESSAGE_MAX = 64;

/**
 * The text shown on the user's device and on the card, so they can tell it is this purchase. Characters
 * Auth0 refuses in a binding message (¥, $, quotes, brackets, ...) become spaces; the product name is cut so the
 * whole fits in 64 characters.
 */
export function purchaseBindingMessage(input: PurchaseInput, lang: Lang): string {
  const currency = input.currency ?? defaultCurrency(lang);
  const price = formatPrice(input.price * input.quantity, currency);
  const clean = (text: string) =>
    text
      .replace(/[^\p{L}\p{M}\p{N} +\-_.,:#]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const frame =
    lang === 'ja'
      ? (product: string) => `${product} を ${input.quantity} 点購入: 合計 ${price}`
      : (product: string) => `Buy ${input.quantity} ${product}: total ${price}`;
  const room = BINDING_MESSAGE_MAX - clean(frame('')).length - 1;
  const product = clean(input.product).slice(0, Math.max(room, 1)).trim() || '#';
  return clean(frame(product)).slice(0, BINDING_MESSAGE_MAX);
}
