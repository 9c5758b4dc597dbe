import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PURCHASE_STRINGS } from '../i18n/purchase-strings.ts';
import { LANGS } from '../i18n/strings.ts';
import { MessageList } from './MessageList.tsx';

const input = { product: 'Wireless headphones', quantity: 2, price: 59.5, currency: 'USD' };
const part = (state: 'running' | 'done' | 'error', extra: Record<string, unknown> = {}) => ({
  type: 'tool' as const,
  id: 'p1',
  name: 'shop_online',
  state,
  input,
  ...extra,
});

function render(lang: 'ja' | 'en', toolPart: ReturnType<typeof part>, deviceUrl?: string) {
  return renderToStaticMarkup(
    <MessageList
      lang={lang}
      status="ready"
      approvalDeviceUrl={deviceUrl}
      messages={[{ id: 'a1', role: 'assistant', parts: [toolPart] }]}
    />,
  );
}

describe('PurchaseCard', () => {
  it.each(LANGS)('waits for approval with the binding message and the device link (%s)', (lang) => {
    const html = render(lang, part('running'), 'http://localhost:4455/device');
    expect(html).toContain('data-state="waiting"');
    expect(html).toContain(PURCHASE_STRINGS[lang].waiting);
    expect(html).toContain(
      lang === 'ja' ? 'Wireless headphones を 2 点購入: 合計 USD 119.00' : 'Buy 2 Wireless headphones',
    );
    expect(html).toContain('href="http://localhost:4455/device"');
  });

  it('has no device link with a tenant (Guardian push on the phone)', () => {
    expect(render('en', part('running'))).not.toContain('<a ');
  });

  it.each(LANGS)('shows the order, a refusal and a timeout as outcomes, not errors (%s)', (lang) => {
    const t = PURCHASE_STRINGS[lang];
    const order = { orderId: 'order_1', product: input.product, quantity: 2, price: 59.5, currency: 'USD', total: 119 };
    const bought = render(lang, part('done', { output: { status: 'purchased', order, note: '' } }));
    expect(bought).toContain('data-state="purchased"');
    expect(bought).toContain('order_1');
    expect(bought).toContain('USD 119.00');
    expect(render(lang, part('done', { output: { status: 'declined', note: '' } }))).toContain(t.declined);
    expect(render(lang, part('done', { output: { status: 'expired', note: '' } }))).toContain(t.expired);
  });

  it('shows a real failure as one', () => {
    const html = render('en', part('error', { errorText: 'The Shop API refused the order (HTTP 403).' }));
    expect(html).toContain('data-state="failed"');
    expect(html).toContain('HTTP 403');
  });

  it('has every string in both languages', () => {
    expect(Object.keys(PURCHASE_STRINGS.ja)).toEqual(Object.keys(PURCHASE_STRINGS.en));
    for (const [key, value] of Object.entries(PURCHASE_STRINGS.ja)) {
      const ja = typeof value === 'function' ? value(2) : value;
      const en = PURCHASE_STRINGS.en[key as keyof typeof PURCHASE_STRINGS.en];
      expect(ja).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(ja).not.toBe(typeof en === 'function' ? en(2) : en);
    }
  });
});
