// The purchase (asynchronous authorization) in Chromium against a built sample, the same for both samples:
// signed in as Alex, ask to buy, approve on the dev issuer's device page (opened from the card), see the order;
// ask again, deny, see the refusal; the same in Japanese; the conversation stays usable.
import { DEMO_USERS } from '@repo/dev-idp';
import { answerOnDevicePage, signInAs } from '@repo/dev-idp/testing';
import { launchChromium } from '@repo/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CARD_TEXT = {
  en: { waiting: 'Waiting for your approval on your device', declined: 'You declined the purchase on your device.' },
  ja: { waiting: 'お使いのデバイスで承認を待っています', declined: 'デバイスで購入が拒否されました。' },
};

export function describePurchaseInBrowser(appUrl: string): void {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Tokyo' })).newPage();
  });
  afterAll(() => browser?.close());

  /** Sends a message; returns the assistant's answer to it (still being written). */
  async function ask(text: string): Promise<Locator> {
    const before = await page.locator('[data-role=assistant]').count();
    await page.getByRole('textbox').fill(text);
    await page.keyboard.press('Enter');
    return page.locator('[data-role=assistant]').nth(before);
  }

  /** Asks to buy, answers on the device page the card links to, and returns the card once it has an outcome. */
  async function buy(text: string, lang: 'ja' | 'en', bindingMessage: RegExp, approve: boolean) {
    const card = (await ask(text)).locator('[data-tool=shop_online]');
    await expect.poll(() => card.getAttribute('data-state')).toBe('waiting');
    expect(await card.textContent()).toContain(CARD_TEXT[lang].waiting);
    expect(await card.locator('q').textContent()).toMatch(bindingMessage);
    const [device] = await Promise.all([page.context().waitForEvent('page'), card.getByRole('link').click()]);
    await device.waitForLoadState();
    expect(await device.getAttribute('html', 'lang')).toBe(lang);
    await answerOnDevicePage(device, bindingMessage, approve);
    await device.close();
    await expect.poll(() => card.getAttribute('data-state')).toBe(approve ? 'purchased' : 'declined');
    await page.locator('.a0-composer button[type=submit]').waitFor();
    return card;
  }

  describe('a purchase that waits for approval on the device', { timeout: 120_000 }, () => {
    it('signs in as Alex', async () => {
      await page.goto(appUrl);
      await page.getByRole('link', { name: 'Log in' }).click();
      await signInAs(page, DEMO_USERS.find((user) => user.email === 'alex@example.com') as (typeof DEMO_USERS)[0]);
      await page.waitForURL(`${appUrl}/`);
      await page.getByRole('textbox').waitFor();
    });

    it('buys after approval, and buys nothing when denied (English)', async () => {
      const bought = await buy(
        'Please buy 2 wireless headphones for 59.99 USD each',
        'en',
        /^Buy 2 .*USD 119\.98$/,
        true,
      );
      expect(await bought.textContent()).toMatch(/Approved and purchased: Order order_.* USD 119\.98/);
      const denied = await buy('Buy 1 notebook for 5 USD', 'en', /^Buy 1 notebook: total USD 5\.00$/, false);
      expect(await denied.textContent()).toContain(CARD_TEXT.en.declined);
    });

    it('does the same in Japanese, and the conversation goes on', async () => {
      await page.getByRole('button', { name: '日本語' }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ja');
      const bought = await buy(
        'ワイヤレスイヤホンを 1 個、9800 円で購入してください',
        'ja',
        /を 1 点購入: 合計 JPY 9,800$/,
        true,
      );
      expect(await bought.textContent()).toContain('承認されたので購入しました');
      const denied = await buy('ノートを 3 冊、200 円で買ってください', 'ja', /を 3 点購入: 合計 JPY 600$/, false);
      expect(await denied.textContent()).toContain(CARD_TEXT.ja.declined);

      const answer = await ask('(3 + 4) * 6 を計算してください');
      await expect.poll(() => answer.locator('[data-tool=calculator]').getAttribute('data-state')).toBe('done');
      expect(await answer.textContent()).toContain('42');
    });
  });
}
