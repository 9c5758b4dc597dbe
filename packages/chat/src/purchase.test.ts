import { describe, expect, it } from 'vitest';
import { BINDING_MESSAGE_PATTERN, purchaseBindingMessage } from './purchase.ts';

describe('purchaseBindingMessage', () => {
  it('names the purchase in the user language within Auth0 rules', () => {
    const en = purchaseBindingMessage({ product: 'USB-C cable', quantity: 3, price: 12.5, currency: 'USD' }, 'en');
    expect(en).toBe('Buy 3 USB-C cable: total USD 37.50');
    const ja = purchaseBindingMessage({ product: 'ワイヤレスイヤホン', quantity: 1, price: 9800 }, 'ja');
    expect(ja).toBe('ワイヤレスイヤホン を 1 点購入: 合計 JPY 9,800');
    for (const message of [en, ja]) expect(message).toMatch(BINDING_MESSAGE_PATTERN);
  });

  it('drops characters Auth0 refuses and keeps long names within 64 characters', () => {
    const odd = purchaseBindingMessage({ product: '「特製」$ノート <PC> ¥', quantity: 1, price: 98000 }, 'ja');
    expect(odd).toMatch(BINDING_MESSAGE_PATTERN);
    expect(odd).toContain('特製 ノート PC');
    const long = purchaseBindingMessage({ product: 'x'.repeat(200), quantity: 99, price: 1e6, currency: 'EUR' }, 'en');
    expect(long).toMatch(BINDING_MESSAGE_PATTERN);
    expect(long).toContain('total EUR 99,000,000.00');
    expect(purchaseBindingMessage({ product: '¥¥¥', quantity: 1, price: 1 }, 'en')).toMatch(BINDING_MESSAGE_PATTERN);
  });
});
