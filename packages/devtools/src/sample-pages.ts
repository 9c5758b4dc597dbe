// What a first visit to a sample meets, in Chromium against the built app, in both languages: the badge names
// what the offline emulator stands in for and links to the guide's way to Amazon Bedrock; Japanese breaks lines
// between phrases; the empty chat offers a question per tool and one click shows the tool at work (a purchase is
// declined on the dev issuer's device page); a cancelled sign-in lands on a page that explains it and offers the
// way back; an unknown address gets the app's own 404 with its header; the icon exists. Both samples run these
// same checks (their `test/pages.test.ts`), with the app under test from `startSampleUnderTest`.
import { CONNECT_BEDROCK_DOCS, docsUrl, resolveConfig } from '@repo/config';
import { answerOnDevicePage, cancelSignIn, signInBackTo } from '@repo/dev-idp/testing';
import { launchChromium } from '@repo/testing';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Lang = 'ja' | 'en';

/** The few UI strings the checks look for (the samples pass @repo/ui's). */
export interface SamplePageStrings {
  ui: Record<
    Lang,
    {
      logIn: string;
      sourceStandsIn: (region: string, model: string) => string;
      connectBedrock: string;
      newConversation: string;
    }
  >;
  pages: Record<
    Lang,
    {
      signInErrorTitle: string;
      signInError: Record<'access_denied' | 'other', { message: string }>;
      signInAgain: string;
      backToStart: string;
      notFoundTitle: string;
    }
  >;
}

/** The sample's suggested questions: its tools in order (`SUGGESTED_TOOLS`) and @repo/ui's texts. */
export interface SampleSuggestions {
  tools: readonly string[];
  questions: Record<string, Record<Lang, string>>;
}

const DEMO_USERS = {
  ja: { email: 'hanako@example.jp', password: 'hanako-demo-password' },
  en: { email: 'alex@example.com', password: 'alex-demo-password' },
} as const;

export function describeSamplePages({
  ui,
  pages,
  suggestions,
}: SamplePageStrings & { suggestions: SampleSuggestions }): void {
  const appUrl = inject('appUrl');
  const issuer = inject('issuer');
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /**
   * A purchase waits for the user's answer on their device: decline it on the dev issuer's device page the card
   * links to (nothing is bought, nothing is left pending for other tests), and wait for the card to say so.
   */
  async function declineOnDevice(card: Locator) {
    const [device] = await Promise.all([card.page().context().waitForEvent('page'), card.getByRole('link').click()]);
    // The card shows the input while it streams in; the device page lists the request once the whole input has
    // arrived (it reloads until one waits), so by then the card's binding message is the final one.
    await device.getByTestId('pending-request').first().waitFor();
    const bindingMessage = (await card.locator('q').textContent()) ?? '';
    await answerOnDevicePage(device, new RegExp(`^${bindingMessage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), false);
    await device.close();
    await expect.poll(() => card.getAttribute('data-state')).toBe('declined');
  }

  async function pageIn(lang: Lang) {
    const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    return context.newPage();
  }

  /** A fresh page at the dev issuer's sign-in screen, reached through the app's Log in link. */
  async function signInPageIn(lang: Lang) {
    const page = await pageIn(lang);
    await page.goto(appUrl);
    await page.getByRole('link', { name: ui[lang].logIn }).click();
    await page.waitForURL((url) => url.origin === issuer);
    return page;
  }

  describe.each(['ja', 'en'] as const)('pages around the chat (%s)', { timeout: 90_000 }, (lang) => {
    const t = pages[lang];

    it('names the model and region the offline emulator stands in for, links to the guide, breaks lines by phrase', async () => {
      const { config } = resolveConfig({ BEDROCK_MODE: 'emulator' });
      if (!config) throw new Error('the default configuration did not resolve');
      const page = await pageIn(lang);
      await page.goto(appUrl);
      const badge = page.locator('.a0-badge');
      expect(await badge.textContent()).toContain(
        ui[lang].sourceStandsIn(config.bedrock.region, config.bedrock.chatModelId),
      );
      const link = badge.getByRole('link', { name: ui[lang].connectBedrock });
      expect(await link.getAttribute('href')).toBe(docsUrl(CONNECT_BEDROCK_DOCS[lang], lang));
      // Japanese breaks lines between phrases (「パスワ／ード」 never), English as usual.
      const wordBreak = await badge.evaluate((element) => getComputedStyle(element).wordBreak);
      expect(wordBreak).toBe(lang === 'ja' ? 'auto-phrase' : 'normal');
      await page.context().close();
    });

    it('offers a question per tool in the empty chat, and one click sends it and shows the tool at work', async () => {
      const page = await signInPageIn(lang);
      await signInBackTo(page, DEMO_USERS[lang], new URL(appUrl).origin);
      const offered = page.locator('button.a0-suggestion');
      await offered.first().waitFor();
      const questions = suggestions.tools.map((tool) => suggestions.questions[tool]?.[lang]);
      expect(await offered.allTextContents()).toEqual(questions);
      for (const [index, tool] of suggestions.tools.entries()) {
        await page.getByRole('button', { name: questions[index], exact: true }).click();
        expect(await page.locator('[data-role=user]').last().textContent()).toContain(questions[index]);
        const card = page.locator(`[data-role=assistant] [data-tool=${tool}]`);
        await card.waitFor();
        if ((await card.getAttribute('data-state')) === 'waiting') await declineOnDevice(card);
        await page.locator('.a0-composer button[type=submit]').waitFor();
        await page.getByRole('button', { name: ui[lang].newConversation }).click();
        await offered.first().waitFor();
      }
      await page.context().close();
    });

    it('explains a cancelled sign-in in the user language and offers to sign in again or go back', async () => {
      const page = await signInPageIn(lang);
      await cancelSignIn(page);
      await page.waitForURL((url) => url.pathname === '/sign-in-error');
      expect(new URL(page.url()).search).toBe('?code=access_denied');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(t.signInErrorTitle);
      const body = await page.textContent('main');
      expect(body).toContain(t.signInError.access_denied.message);
      expect(body).toContain('access_denied');
      await page.locator('.a0-header .a0-badge').waitFor();
      expect(await page.getByRole('link', { name: t.backToStart }).getAttribute('href')).toBe('/');

      await page.getByRole('link', { name: t.signInAgain }).click();
      await page.waitForURL((url) => url.origin === issuer);
      await page.context().close();
    });

    it('shows only a code-shaped error code, never other text from the URL', async () => {
      const page = await pageIn(lang);
      await page.goto(`${appUrl}/sign-in-error?code=${encodeURIComponent('Call +1 555 0100 to unlock')}`);
      expect(await page.textContent('main')).not.toContain('555');
      expect(await page.textContent('main')).toContain(t.signInError.other.message);
      await page.context().close();
    });

    it('answers an unknown address with the app header, a localized message and the way back', async () => {
      const page = await pageIn(lang);
      const res = await page.goto(`${appUrl}/no-such-page`);
      expect(res?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(t.notFoundTitle);
      await page.locator('.a0-header .a0-badge').waitFor();
      expect(await page.getByRole('link', { name: t.backToStart }).getAttribute('href')).toBe('/');
      await page.context().close();
    });

    it('declares an icon that exists, and nothing a page loads answers 404', async () => {
      const page = await pageIn(lang);
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      await page.goto(appUrl);
      await page.getByRole('link', { name: ui[lang].logIn }).waitFor();
      const href = await page.locator('link[rel=icon]').first().getAttribute('href');
      const icon = await fetch(new URL(href ?? '', appUrl));
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toContain('image/svg+xml');
      expect(missing).toEqual([]);
      await page.context().close();
    });
  });
}
