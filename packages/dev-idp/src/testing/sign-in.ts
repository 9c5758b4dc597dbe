// Drives the issuer's own screens in a browser, so tests elsewhere (@repo/auth, the samples) do not need to
// know their fields and button labels.

import type { Page } from 'playwright-core';
import { MESSAGES } from '../messages.ts';
import type { DemoUser } from '../users.ts';

/**
 * Signs `user` in on the sign-in screen `page` shows, then allows access on the consent screen.
 * Works in either language: the labels come from the page's own `lang`.
 */
export async function signInAs(page: Page, user: Pick<DemoUser, 'email' | 'password'>): Promise<void> {
  const lang = (await page.getAttribute('html', 'lang')) === 'ja' ? 'ja' : 'en';
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.getByRole('button', { name: MESSAGES.signInButton[lang], exact: true }).click();
  await page.getByRole('button', { name: MESSAGES.allow[lang] }).click();
}

/**
 * Signs `user` in and waits until the browser is back at `appOrigin`, allowing access only if the issuer asks
 * (it asks once per user and app while it runs, so other tests may already have answered).
 */
export async function signInBackTo(
  page: Page,
  user: Pick<DemoUser, 'email' | 'password'>,
  appOrigin: string,
): Promise<void> {
  const lang = (await page.getAttribute('html', 'lang')) === 'ja' ? 'ja' : 'en';
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.getByRole('button', { name: MESSAGES.signInButton[lang], exact: true }).click();
  const back = page.waitForURL((url) => url.origin === appOrigin);
  const allow = page.getByRole('button', { name: MESSAGES.allow[lang] });
  // The consent screen may never come: its wait must not outlive the race as an unhandled rejection.
  const consent = allow.waitFor().then(
    () => allow.click(),
    () => undefined,
  );
  await Promise.race([back, consent]);
  await back;
}
