// The pages around a sample's chat, in Chromium against the built app, in both languages: a cancelled sign-in
// lands on a page that explains it and offers the way back, an unknown address gets the app's own 404 with
// its header, and the icon every page asks for exists. Both samples run these same checks (their
// `test/pages.test.ts`), with the app under test from `startSampleUnderTest`.
import { cancelSignIn } from '@repo/dev-idp/testing';
import { launchChromium } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Lang = 'ja' | 'en';

/** The few UI strings the checks look for (the samples pass @repo/ui's). */
export interface SamplePageStrings {
  ui: Record<Lang, { logIn: string }>;
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

export function describeSamplePages({ ui, pages }: SamplePageStrings): void {
  const appUrl = inject('appUrl');
  const issuer = inject('issuer');
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function pageIn(lang: Lang) {
    const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    return context.newPage();
  }

  describe.each(['ja', 'en'] as const)('pages around the chat (%s)', { timeout: 90_000 }, (lang) => {
    const t = pages[lang];

    it('explains a cancelled sign-in in the user language and offers to sign in again or go back', async () => {
      const page = await pageIn(lang);
      await page.goto(appUrl);
      await page.getByRole('link', { name: ui[lang].logIn }).click();
      await page.waitForURL((url) => url.origin === issuer);
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
