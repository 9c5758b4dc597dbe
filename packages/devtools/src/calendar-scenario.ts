// Token Vault end to end in Chromium, the same story for both samples (each app's test/calendar.test.ts runs it
// against its own build): 山田 花子 asks for tomorrow's calendar, gets the connect card, connects her Google
// account in the window the card opens (@auth0/nextjs-auth0's /auth/connect and the dev issuer's connect screen),
// and the same question is answered with her events without retyping. After she disconnects (through the app's
// My Account proxy), asking again shows the card again; then the same in English.
import { allowConnection, disconnectThroughApp, signInAs } from '@repo/dev-idp/testing';
import { launchChromium } from '@repo/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events.readonly';
/** Her seeded events (yesterday to three days ahead): "tomorrow" is one of these days in any time zone. */
const HER_EVENTS = /四半期の振り返り|デザインレビュー|チーム定例|歯医者|佐藤さんと夕食|1on1|お客様との打ち合わせ/;

let browser: Browser;
let page: Page;

/** Sends a message and waits until the answer is complete (the Send button is back). */
async function ask(text: string): Promise<Locator> {
  const before = await page.locator('[data-role=assistant]').count();
  await page.getByRole('textbox').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('[data-role=assistant]').nth(before).waitFor();
  await page.locator('.a0-composer button[type=submit]').waitFor();
  return page.locator('[data-role=assistant]').nth(before);
}

/** Connects from the card in the connect window; the chat then asks again by itself. */
async function connectFromCard(answer: Locator, button: string) {
  const popup = page.waitForEvent('popup');
  await answer.getByRole('button', { name: button }).click();
  const window = await popup;
  await allowConnection(window, [CALENDAR_SCOPE]);
  await window.waitForEvent('close');
}

export function calendarScenario(appUrl: string): void {
  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    page = await context.newPage();
    await page.goto(`${appUrl}/auth/login?ui_locales=ja`);
    await signInAs(page, { email: 'hanako@example.jp', password: 'hanako-demo-password' });
    await page.waitForURL(`${appUrl}/`);
  });
  afterAll(() => browser?.close());

  describe('the calendar through Token Vault in a browser', { timeout: 120_000 }, () => {
    it('asks to connect Google, connects in a window, then answers the same question', async () => {
      const answer = await ask('明日の予定は？');
      const card = answer.locator('[data-tool=get_calendar_events][data-state=interrupted]');
      await card.waitFor();
      expect(await card.textContent()).toContain('Google アカウントの連携が必要です');
      expect(await card.textContent()).toContain(CALENDAR_SCOPE);

      await connectFromCard(answer, 'Google アカウントを連携する');
      const done = page.locator('[data-role=assistant] [data-tool=get_calendar_events][data-state=done]');
      await done.waitFor();
      await page.locator('.a0-composer button[type=submit]').waitFor();
      expect(await page.locator('[data-role=user]').count()).toBe(1);
      expect(await page.locator('[data-role=assistant]').last().textContent()).toMatch(HER_EVENTS);
    });

    it('shows the card again after she disconnects the account', async () => {
      expect(await disconnectThroughApp(page)).toBe(1);
      await page.getByRole('button', { name: '新しい会話' }).click();
      const answer = await ask('明日の予定は？');
      await answer.locator('[data-tool=get_calendar_events][data-state=interrupted]').waitFor();
    });

    it('does the same in English', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
      // A fresh page in English (the choice is a cookie), so the count of answers starts again.
      await page.goto(appUrl);
      await page.getByRole('textbox', { name: 'Message' }).waitFor();
      const answer = await ask('What is on my calendar tomorrow?');
      const card = answer.locator('[data-tool=get_calendar_events][data-state=interrupted]');
      await card.waitFor();
      expect(await card.textContent()).toContain('Connect your Google account');
      await connectFromCard(answer, 'Connect Google');
      await page
        .locator('[data-role=assistant]')
        .last()
        .locator('[data-tool=get_calendar_events][data-state=done]')
        .waitFor();
      await page.locator('.a0-composer button[type=submit]').waitFor();
      expect(await page.locator('[data-role=assistant]').last().textContent()).toMatch(HER_EVENTS);
    });
  });
}
