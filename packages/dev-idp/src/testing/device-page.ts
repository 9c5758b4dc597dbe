// Drives the issuer's device page (the stand-in for Guardian push) in a browser, so tests elsewhere do not need
// to know its markup and button labels.
import type { Page } from 'playwright-core';
import { MESSAGES } from '../messages.ts';

/**
 * On the device page `page` shows (already signed in), approves or denies the request whose binding message
 * matches, and waits for the page's confirmation. Works in either language.
 */
export async function answerOnDevicePage(page: Page, bindingMessage: RegExp, approve: boolean): Promise<void> {
  const lang = (await page.getAttribute('html', 'lang')) === 'ja' ? 'ja' : 'en';
  const card = page.getByTestId('pending-request').filter({ has: page.getByText(bindingMessage) });
  const label = approve ? MESSAGES.approve[lang] : MESSAGES.denyRequest[lang];
  await card.getByRole('button', { name: label }).click();
  await page.getByTestId('device-notice').waitFor();
}
