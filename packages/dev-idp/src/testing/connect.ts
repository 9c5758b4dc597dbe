// Browser steps of Token Vault's connected accounts, for the samples' end-to-end tests: allowing a connection on
// the issuer's connect screen (in the window the app opened), and disconnecting every account through the app's
// own My Account proxy (@auth0/nextjs-auth0 forwards `/me/*` to the issuer with the session's token).

import type { Page } from 'playwright-core';
import { MESSAGES } from '../messages.ts';

/** On the issuer's connect screen (in either language): checks it asks for `scopes`, then allows. */
export async function allowConnection(page: Page, scopes: readonly string[] = []): Promise<void> {
  await page.waitForSelector('[data-testid=connect-scopes]');
  const listed = (await page.textContent('[data-testid=connect-scopes]')) ?? '';
  for (const scope of scopes) if (!listed.includes(scope)) throw new Error(`connect screen lacks ${scope}`);
  const lang = (await page.getAttribute('html', 'lang')) === 'ja' ? 'ja' : 'en';
  await page.getByRole('button', { name: MESSAGES.allow[lang] }).click();
}

/** Disconnects the signed-in user's connected accounts from the app's page; returns how many there were. */
export async function disconnectThroughApp(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = await fetch('/me/v1/connected-accounts/accounts', {
      headers: { scope: 'read:me:connected_accounts' },
    });
    if (!list.ok) throw new Error(`list connected accounts: HTTP ${list.status}`);
    const { accounts } = (await list.json()) as { accounts: { id: string }[] };
    for (const { id } of accounts) {
      const removed = await fetch(`/me/v1/connected-accounts/accounts/${id}`, {
        method: 'DELETE',
        headers: { scope: 'delete:me:connected_accounts' },
      });
      if (removed.status !== 204) throw new Error(`disconnect: HTTP ${removed.status}`);
    }
    return accounts.length;
  });
}
