// End to end in Chromium against the built app: sign in through the dev issuer, chat with streaming and
// tool cards, switch language, recover from an injected Bedrock fault with Retry, sign out.
// Saves screenshots of the key screens, in both languages, for the docs site.
import { join } from 'node:path';
import { attemptImageLeak, interruptAnswer } from '@repo/devtools/browser-checks';
import { DOCS_SCREENSHOTS_DIR, saveScreenshot } from '@repo/devtools/screenshots';
import { launchChromium } from '@repo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');

let browser: Browser;
let page: Page;

async function screenshot(name: string) {
  // Written only when missing or with UPDATE_SCREENSHOTS=1: a test run leaves the committed images alone.
  await saveScreenshot(page, join(DOCS_SCREENSHOTS_DIR, `vercel-ai-${name}.png`));
}

/** Sends a message and waits until the answer is complete (the Send button is back). */
async function ask(text: string) {
  const before = await page.locator('[data-role=assistant]').count();
  await page.getByRole('textbox').fill(text);
  await page.keyboard.press('Enter');
  await page.locator('[data-role=assistant]').nth(before).waitFor();
  await page.locator('.a0-composer button[type=submit]').waitFor();
  return page.locator('[data-role=assistant]').nth(before);
}

/** Queues one emulator fault for the next ConverseStream call (see the emulator's control API). */
async function injectFault(fault: Record<string, unknown>) {
  const res = await fetch(`${emulatorUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operation: 'converse-stream', count: 1, ...fault }),
  });
  expect(res.ok).toBe(true);
}

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1100, height: 800 },
  });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('vercel-ai-sample in a browser', { timeout: 120_000 }, () => {
  it('signs in through the dev issuer from the landing page', async () => {
    await page.goto(appUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.textContent('.a0-badge')).toContain('Offline demo · local Bedrock emulator');
    await screenshot('landing-en');

    await page.getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.origin !== new URL(appUrl).origin);
    await page.fill('#email', 'alex@example.com');
    await page.fill('#password', 'alex-demo-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const allow = page.getByRole('button', { name: 'Allow' });
    await Promise.race([allow.waitFor().then(() => allow.click()), page.waitForURL(`${appUrl}/`)]);
    await page.waitForURL(`${appUrl}/`);
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    expect(await page.textContent('.a0-user-menu summary')).toContain('Alex Smith');
  });

  it('streams an answer into the page', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { seen: Set<number> };
      w.seen = new Set();
      new MutationObserver(() => {
        const last = [...document.querySelectorAll('[data-role=assistant]')].at(-1);
        if (last) w.seen.add(last.textContent?.length ?? 0);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const answer = await ask('Hello! Please introduce yourself in a few sentences.');
    expect((await answer.textContent())?.length).toBeGreaterThan(20);
    const sizes = await page.evaluate(() => (window as unknown as { seen: Set<number> }).seen.size);
    expect(sizes).toBeGreaterThan(2);
  });

  it('calls get_user_info and calculator and shows their cards', async () => {
    const info = await ask('Show me my user info');
    const card = info.locator('[data-tool=get_user_info]');
    await expect.poll(() => card.getAttribute('data-state')).toBe('done');
    expect(await card.textContent()).toContain('alex@example.com');

    const calc = await ask('Calculate (12 + 30) * 2');
    const calcCard = calc.locator('[data-tool=calculator]');
    await expect.poll(() => calcCard.getAttribute('data-state')).toBe('done');
    expect(await calcCard.textContent()).toContain('84');
    expect(await calc.textContent()).toContain('84');
    await screenshot('chat-en');
  });

  it('explains an injected fault in English too', async () => {
    await injectFault({ exception: 'ThrottlingException', afterEvents: 2 });
    await page.getByRole('textbox').fill('Tell me about Kyoto');
    await page.keyboard.press('Enter');
    const alert = page.locator('[role=alert][data-error-code]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('throttled');
    await screenshot('error-en');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.locator('.a0-composer button[type=submit]').waitFor();
  });

  it('keeps an answer cut short by a broken connection, marked interrupted, and retries it', async () => {
    const result = await interruptAnswer(page, emulatorUrl);
    expect(result).toMatchObject({ code: 'disconnected', interrupted: true, heading: 'The answer was interrupted' });
    expect(result.partialText.length).toBeGreaterThan('Assistant'.length);
    expect(result.retried).toBe(true);
  });

  it('never requests an image named in an answer from another server, and sends the security headers', async () => {
    const leak = await attemptImageLeak(page, emulatorUrl);
    expect(leak).toMatchObject({ imagesInAnswer: 0, addedImage: 'img-src', requests: [] });
    expect(leak.linkHref).toContain('/exfil.png?secret=');
    const headers = (await fetch(appUrl)).headers;
    expect(headers.get('content-security-policy')).toContain("img-src 'self' data:");
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
  });

  it('switches to Japanese, keeps the conversation, and the assistant answers in Japanese', async () => {
    const count = await page.locator('[data-role=assistant]').count();
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ja');
    await page.getByRole('button', { name: '新しい会話' }).waitFor();
    expect(await page.locator('[data-role=assistant]').count()).toBe(count);
    expect(await page.textContent('.a0-badge')).toContain('オフラインデモ');

    const answer = await ask('(3 + 4) * 6 を計算してください');
    await expect.poll(() => answer.locator('[data-tool=calculator]').getAttribute('data-state')).toBe('done');
    expect(await answer.locator('.a0-markdown').last().textContent()).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(await answer.textContent()).toContain('42');
    await screenshot('chat-ja');
  });

  it('explains an injected throttling fault in Japanese and recovers with Retry', async () => {
    await injectFault({ exception: 'ThrottlingException', afterEvents: 2 });
    await page.getByRole('textbox').fill('東京について教えてください');
    await page.keyboard.press('Enter');
    // Our notice (Next.js has a route announcer with role=alert too).
    const alert = page.locator('[role=alert][data-error-code]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('throttled');
    expect(await alert.textContent()).toContain('スロットリング');
    await screenshot('error-ja');

    await alert.getByRole('button', { name: '再試行' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.locator('.a0-composer button[type=submit]').waitFor();
    expect(await page.locator('[data-role=assistant]').last().textContent()).toMatch(/[ぁ-んァ-ン一-龥]{5}/);
  });

  it('fits a phone-width screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.a0-chat-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot('chat-ja-phone');
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  it('stops an answer with Esc, then starts a new conversation', async () => {
    await injectFault({ delayMs: 5_000 });
    await page.getByRole('textbox').fill('長い話をしてください');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '停止' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.a0-composer button[type=submit]').waitFor();
    expect(await page.locator('[role=alert][data-error-code]').count()).toBe(0);

    await page.getByRole('button', { name: '新しい会話' }).click();
    await expect.poll(() => page.locator('[data-role=user]').count()).toBe(0);
    await page.getByRole('button', { name: '私のユーザー情報を教えてください' }).waitFor();
  });

  it('signs out from the user menu back to the landing page', async () => {
    await page.locator('.a0-user-menu summary').click();
    await page.getByRole('link', { name: 'ログアウト' }).click();
    const signOut = page.getByRole('button', { name: 'サインアウトする' });
    await Promise.race([
      signOut
        .waitFor({ timeout: 10_000 })
        .then(() => signOut.click())
        .catch(() => {}),
      page.waitForURL(`${appUrl}/`, { timeout: 10_000 }).catch(() => {}),
    ]);
    await page.waitForURL(`${appUrl}/`);
    await page.getByRole('link', { name: 'ログイン' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await screenshot('landing-ja');
    const res = await page.request.post(`${appUrl}/api/chat`, { data: {} });
    expect(res.status()).toBe(401);
  });
});
