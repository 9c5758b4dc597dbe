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
