import type { Page } from 'playwright-core';
import { MESSAGES } from '../messages.ts';

/**
 * Cancels on the sign-in screen `page` shows (the issuer then answers the app's callback with
 * `error=access_denied`, as it does when consent is denied). Works in either language.
 */
export async function cancelSignIn(page: Page): Promise<void> {
  const lang = (await page.getAttribute('html', 'lang')) === 'ja' ? 'ja' : 'en';
  await page.getByRole('link', { name: MESSAGES.cancel[lang], exact: true }).click();
}
