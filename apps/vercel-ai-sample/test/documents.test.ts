// Authorization for RAG in Chromium against the built app, two users: Alex (English) uploads a document; 山田 花子
// (Japanese) cannot find it until he shares it with her address, then her search cites it. FGA (dev-fga) decides
// each search; the test reads its tuples through @openfga/sdk. Also the page's notices: a refusal, then a success
// that replaces it, the busy Share and Delete buttons while the server works, the success notices after both.
import { OpenFgaClient } from '@openfga/sdk';
import { launchChromium } from '@repo/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const appUrl = inject('appUrl');
const TITLE = 'osprey-plan.md';
const CONTENT = '# Project Osprey\n\nProject Osprey opens in Sendai on May 8. The Osprey budget is 3.1 million yen.';

let browser: Browser;
let alex: Page;
let hanako: Page;

async function signIn(page: Page, user: { email: string; password: string; lang: 'ja' | 'en' }) {
  const ja = user.lang === 'ja';
  await page.goto(appUrl);
  await page.getByRole('link', { name: ja ? 'ログイン' : 'Log in' }).click();
  await page.waitForURL((url) => url.origin !== new URL(appUrl).origin);
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.getByRole('button', { name: ja ? 'サインイン' : 'Sign in', exact: true }).click();
  const allow = page.getByRole('button', { name: ja ? '許可する' : 'Allow' });
  await Promise.race([allow.waitFor().then(() => allow.click()), page.waitForURL(`${appUrl}/`)]);
  await page.waitForURL(`${appUrl}/`);
}

/** Starts a new conversation, asks, and waits for the search card to finish. */
async function search(page: Page, text: string): Promise<Locator> {
  await page.goto(appUrl);
  await page.getByRole('textbox').fill(text);
  await page.keyboard.press('Enter');
  const answer = page.locator('[data-role=assistant]').first();
  await answer.locator('[data-tool=search_documents][data-state=done]').waitFor();
  await page.locator('.a0-composer button[type=submit]').waitFor();
  return answer;
}

/**
 * Holds the page's next request to `url` while `check` looks at the page (what a slow server shows: the busy
 * state), then lets it through. The request itself reaches the real route unchanged.
 */
async function whileHeld(page: Page, url: string, action: () => Promise<void>, check: () => Promise<void>) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    url,
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  await action();
  try {
    await check();
  } finally {
    release();
  }
}

/** The row's one busy button, and its label: the action in progress. */
async function busyLabel(row: Locator): Promise<string | null> {
  const busy = row.locator('button[aria-busy=true]');
  await busy.waitFor();
  expect(await busy.count()).toBe(1);
  return busy.textContent();
}

async function fgaTuplesOf(documentId: string): Promise<string[]> {
  const apiUrl = inject('fgaUrl');
  const { stores } = await new OpenFgaClient({ apiUrl }).listStores({ name: 'auth0-ai-samples' });
  const { tuples } = await new OpenFgaClient({ apiUrl, storeId: stores[0]?.id }).read({ object: `doc:${documentId}` });
  return tuples.map((t) => `${t.key.relation}:${t.key.user}`).sort();
}

beforeAll(async () => {
  browser = await launchChromium();
  const options = { timezoneId: 'Asia/Tokyo', viewport: { width: 1100, height: 820 } };
  alex = await (await browser.newContext({ ...options, locale: 'en-US' })).newPage();
  hanako = await (await browser.newContext({ ...options, locale: 'ja-JP' })).newPage();
  await signIn(alex, { email: 'alex@example.com', password: 'alex-demo-password', lang: 'en' });
  await signIn(hanako, { email: 'hanako@example.jp', password: 'hanako-demo-password', lang: 'ja' });
}, 120_000);
afterAll(() => browser?.close());

describe('documents authorized by FGA in a browser', { timeout: 180_000 }, () => {
  it('lets Alex upload after a refusal, and shares only when he says so', async () => {
    await alex.getByRole('link', { name: 'Documents' }).click();
    await alex.locator('[data-testid=documents-empty], .a0-document-list').first().waitFor();
    await alex.setInputFiles('#document-file', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89]),
    });
    await alex.getByRole('button', { name: 'Upload', exact: true }).click();
    await alex.locator('[data-kind=error]').waitFor();

    await alex.setInputFiles('#document-file', {
      name: TITLE,
      mimeType: 'text/markdown',
      buffer: Buffer.from(CONTENT),
    });
    await alex.getByRole('button', { name: 'Upload', exact: true }).click();
    await alex.locator(`[data-document="${TITLE}"]`).waitFor();
    expect(await alex.textContent('[data-kind=ok]')).toMatch(/Added "osprey-plan\.md" \(\d+ chunks?\)/);
    expect(await alex.locator('[data-kind=error]').count()).toBe(0);
  });

  it('finds nothing of his for 花子 before he shares it', async () => {
    const answer = await search(hanako, '私の文書でオスプレイの予算を検索してください');
    expect(await answer.textContent()).not.toContain(TITLE);
  });

  it('lets 花子 find and cite it once Alex shares it with her address', async () => {
    const row = alex.locator(`[data-document="${TITLE}"]`);
    const documentId = (await row.getAttribute('data-document-id')) ?? '';
    await row.getByRole('textbox', { name: `E-mail address to share "${TITLE}" with` }).fill('hanako@example.jp');
    await whileHeld(
      alex,
      `**/api/documents/${documentId}/shares`,
      () => row.getByRole('button', { name: 'Share', exact: true }).click(),
      async () => expect(await busyLabel(row)).toBe('Sharing…'),
    );
    await alex.locator('.a0-share-chip', { hasText: 'hanako@example.jp' }).waitFor();
    expect(await alex.textContent('[data-kind=ok]')).toContain(`Shared "${TITLE}" with hanako@example.jp.`);
    expect(await fgaTuplesOf(documentId)).toEqual(['owner:user:alex@example.com', 'viewer:user:hanako@example.jp']);

    const answer = await search(hanako, '私の文書でオスプレイの予算を検索してください');
    expect(await answer.locator('[data-tool=search_documents]').textContent()).toContain(TITLE);

    alex.once('dialog', (dialog) => void dialog.accept());
    await whileHeld(
      alex,
      `**/api/documents/${documentId}`,
      () => row.getByRole('button', { name: `Delete "${TITLE}"` }).click(),
      async () => expect(await busyLabel(row)).toBe('Deleting…'),
    );
    await alex.locator('[data-testid=documents-empty]').waitFor();
    expect(await alex.textContent('[data-kind=ok]')).toContain(`Deleted "${TITLE}".`);
    expect(await fgaTuplesOf(documentId)).toEqual([]);
  });
});
