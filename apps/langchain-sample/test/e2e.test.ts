// End to end in Chromium against the built app, two users: 山田 花子 (Japanese) uploads a document and
// asks about it (the answer cites it); Alex (English) cannot find it until she shares it with him, then
// can; after she deletes it, it is gone from his answers too. FGA (dev-fga) decides each search; the test reads
// its tuples through @openfga/sdk. Saves screenshots for the docs site.
import { join } from 'node:path';
import { OpenFgaClient } from '@openfga/sdk';
import { attemptImageLeak, interruptAnswer } from '@repo/devtools/browser-checks';
import { DOCS_SCREENSHOTS_DIR, saveScreenshot } from '@repo/devtools/screenshots';
import { launchChromium } from '@repo/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');

/** Who FGA says may view the document titled TITLE (its tuples in the samples' store). */
async function fgaUsersOf(documentId: string): Promise<string[]> {
  const apiUrl = inject('fgaUrl');
  const { stores } = await new OpenFgaClient({ apiUrl }).listStores({ name: 'auth0-ai-samples' });
  const client = new OpenFgaClient({ apiUrl, storeId: stores[0]?.id });
  const { tuples } = await client.read({ object: `doc:${documentId}` });
  return tuples.map((t) => `${t.key.relation}:${t.key.user}`).sort();
}

const TITLE = 'kestrel-plan.md';
const CONTENT = [
  '# Project Kestrel',
  '',
  'Project Kestrel launches in Fukuoka on March 3.',
  'The Kestrel budget is 4.2 million yen, approved by the finance team.',
  '',
  'プロジェクト・ケストレルの予算は 420 万円です。責任者は佐藤さんです。',
].join('\n');

let browser: Browser;
let hanako: Page;
let alex: Page;

async function screenshot(page: Page, name: string) {
  // Written only when missing or with UPDATE_SCREENSHOTS=1: a test run leaves the committed images alone.
  await saveScreenshot(page, join(DOCS_SCREENSHOTS_DIR, `langchain-${name}.png`));
}

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
  await page.getByRole('textbox', { name: ja ? 'メッセージ' : 'Message' }).waitFor();
}

/** Starts a new conversation, sends a message and waits until the answer is complete. */
async function ask(page: Page, text: string): Promise<Locator> {
  await page.goto(appUrl);
  await page.getByRole('textbox').fill(text);
  await page.keyboard.press('Enter');
  const answer = page.locator('[data-role=assistant]').first();
  await answer.waitFor();
  await page.locator('.a0-composer button[type=submit]').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
  return answer;
}

async function documentsPage(page: Page) {
  await page.goto(`${appUrl}/documents`);
  await page.locator('[data-testid=documents-empty], .a0-document-list').first().waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  const options = { timezoneId: 'Asia/Tokyo', viewport: { width: 1100, height: 820 } };
  hanako = await (await browser.newContext({ ...options, locale: 'ja-JP' })).newPage();
  alex = await (await browser.newContext({ ...options, locale: 'en-US' })).newPage();
});
afterAll(() => browser?.close());

describe('documents and authorization for RAG in a browser', { timeout: 180_000 }, () => {
  it('shows the landing page and signs both users in through the dev issuer', async () => {
    await alex.goto(appUrl);
    expect(await alex.textContent('.a0-lead')).toContain('LangChain.js');
    expect(await alex.textContent('.a0-badge')).toContain('Offline demo · local Bedrock emulator');
    await screenshot(alex, 'landing-en');
    await signIn(hanako, { email: 'hanako@example.jp', password: 'hanako-demo-password', lang: 'ja' });
    await signIn(alex, { email: 'alex@example.com', password: 'alex-demo-password', lang: 'en' });
    expect(await hanako.textContent('.a0-user-menu summary')).toContain('山田 花子');
  });

  it('lets 花子 upload a document, and refuses an unsupported file in her language', async () => {
    await documentsPage(hanako);
    await hanako.setInputFiles('#document-file', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    await hanako.getByRole('button', { name: 'アップロード', exact: true }).click();
    await hanako.locator('[data-kind=error]').waitFor();
    expect(await hanako.textContent('[data-kind=error]')).toContain('対応していない形式');

    await hanako.setInputFiles('#document-file', {
      name: TITLE,
      mimeType: 'text/markdown',
      buffer: Buffer.from(CONTENT),
    });
    await hanako.getByRole('button', { name: 'アップロード', exact: true }).click();
    await hanako.locator(`[data-document="${TITLE}"]`).waitFor();
    expect(await hanako.textContent('[data-kind=ok]')).toContain(`「${TITLE}」を登録しました`);
    expect(await hanako.textContent('[data-kind=ok]')).toContain('チャンク');
    expect(await hanako.locator('[data-kind=error]').count()).toBe(0); // the earlier refusal is gone
    await screenshot(hanako, 'documents-ja');
  });

  it('answers 花子 from her document and cites it', async () => {
    const answer = await ask(hanako, '私の文書でケストレルの予算を検索してください');
    const card = answer.locator('[data-tool=search_documents]');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('done');
    expect(await card.textContent()).toContain(TITLE);
    expect(await answer.textContent()).toContain(TITLE);
    await screenshot(hanako, 'chat-ja');
  });

  it("calls the issuer's /userinfo with Alex's access token, and the calculator", async () => {
    const info = await ask(alex, 'Show me my user info');
    const card = info.locator('[data-tool=get_user_info][data-state=done]');
    await card.waitFor();
    expect(await card.textContent()).toContain('alex@example.com');
    const sum = await ask(alex, 'Calculate (12 + 30) * 2');
    await sum.locator('[data-tool=calculator][data-state=done]').waitFor();
    expect(await sum.textContent()).toContain('84');
  });

  it('keeps an answer cut short by a broken connection, marked interrupted, and retries it', async () => {
    await alex.goto(appUrl);
    const result = await interruptAnswer(alex, emulatorUrl);
    expect(result).toMatchObject({ code: 'disconnected', interrupted: true, heading: 'The answer was interrupted' });
    expect(result.partialText.length).toBeGreaterThan('Assistant'.length);
    expect(result.retried).toBe(true);
  });

  it('never requests an image named in an answer from another server, and sends the security headers', async () => {
    await alex.goto(appUrl);
    const leak = await attemptImageLeak(alex, emulatorUrl);
    expect(leak).toMatchObject({ imagesInAnswer: 0, addedImage: 'img-src', requests: [] });
    expect(leak.linkHref).toContain('/exfil.png?secret=');
    const headers = (await fetch(`${appUrl}/documents`, { redirect: 'manual' })).headers;
    expect(headers.get('content-security-policy')).toContain("img-src 'self' data:");
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
  });

  it('finds nothing of hers for Alex before she shares it', async () => {
    await documentsPage(alex);
    expect(await alex.locator(`[data-document="${TITLE}"]`).count()).toBe(0);
    const answer = await ask(alex, 'Search my documents for the Kestrel budget');
    await answer.locator('[data-tool=search_documents][data-state=done]').waitFor();
    const text = await answer.textContent();
    expect(text).not.toContain(TITLE);
    expect(text).not.toContain('4.2 million');
  });

  it('lets Alex find and cite it once 花子 shares it with his e-mail address', async () => {
    await documentsPage(hanako);
    await hanako.getByRole('textbox', { name: `「${TITLE}」を共有するメールアドレス` }).fill('alex@example.com');
    await hanako.getByRole('button', { name: '共有', exact: true }).click();
    await hanako.locator('.a0-share-chip', { hasText: 'alex@example.com' }).waitFor();
    expect(await hanako.textContent('[data-kind=ok]')).toContain(`「${TITLE}」を alex@example.com と共有しました`);
    await screenshot(hanako, 'documents-shared-ja');
    const documentId = await hanako.locator(`[data-document="${TITLE}"]`).getAttribute('data-document-id');
    expect(await fgaUsersOf(documentId ?? '')).toEqual([
      'owner:user:hanako@example.jp',
      'viewer:user:alex@example.com',
    ]);

    await documentsPage(alex);
    const row = alex.locator(`[data-document="${TITLE}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-access')).toBe('shared');
    expect(await row.textContent()).toContain('Shared by hanako@example.jp');
    // A recipient cannot delete or re-share: the controls are the owner's only.
    expect(await row.getByRole('button').count()).toBe(0);
    await screenshot(alex, 'documents-en');

    const answer = await ask(alex, 'Search my documents for the Kestrel budget');
    await answer.locator('[data-tool=search_documents][data-state=done]').waitFor();
    expect(await answer.textContent()).toContain(TITLE);
    await screenshot(alex, 'chat-en');
  });

  it('removes the document from both users’ answers when 花子 deletes it', async () => {
    await documentsPage(hanako);
    hanako.once('dialog', (dialog) => void dialog.accept());
    const documentId = await hanako.locator(`[data-document="${TITLE}"]`).getAttribute('data-document-id');
    await hanako.getByRole('button', { name: `「${TITLE}」を削除` }).click();
    await hanako.locator('[data-testid=documents-empty]').waitFor();
    expect(await fgaUsersOf(documentId ?? '')).toEqual([]);

    for (const [page, question] of [
      [alex, 'Search my documents for the Kestrel budget'],
      [hanako, '私の文書でケストレルの予算を検索してください'],
    ] as const) {
      const answer = await ask(page, question);
      await answer.locator('[data-tool=search_documents][data-state=done]').waitFor();
      expect(await answer.textContent()).not.toContain(TITLE);
    }
  });

  it('signs 花子 out from the user menu', async () => {
    await hanako.goto(appUrl);
    await hanako.locator('.a0-user-menu summary').click();
    await hanako.getByRole('link', { name: 'ログアウト' }).click();
    // The dev issuer may ask to confirm the sign-out (RP-initiated logout) before sending her back.
    const confirm = hanako.getByRole('button', { name: 'サインアウトする' });
    await Promise.race([
      confirm
        .waitFor({ timeout: 15_000 })
        .then(() => confirm.click())
        .catch(() => {}),
      hanako.waitForURL(`${appUrl}/`, { timeout: 15_000 }),
    ]);
    await hanako.goto(appUrl);
    await hanako.getByRole('link', { name: 'ログイン' }).waitFor();
    // Her documents page now sends her to the sign-in.
    await hanako.goto(`${appUrl}/documents`);
    await hanako.waitForURL((url) => url.origin !== new URL(appUrl).origin);
  });
});
