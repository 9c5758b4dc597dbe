// The device page (the stand-in for Guardian push) in Chromium, phone-sized, in both languages: a CIBA request
// made with Auth0's own client shows up, is approved or denied there, and the client gets the answer.

import { launchChromium } from '@repo/testing';
import { AuthenticationClient } from 'auth0';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from './client.ts';
import { MESSAGES as M } from './messages.ts';
import { type DevIdp, startDevIdp } from './server.ts';
import { trustDevIdp } from './trust.ts';
import { DEMO_USERS } from './users.ts';

const SHOP_API = 'https://shop.example.jp/api';
const PHONE = { width: 390, height: 844 };

let idp: DevIdp;
let browser: Browser;
let auth0: AuthenticationClient;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, pollInterval: 1 });
  await trustDevIdp(idp.issuer);
  auth0 = new AuthenticationClient({
    domain: `localhost:${idp.port}`,
    clientId: DEV_CLIENT_ID,
    clientSecret: DEV_CLIENT_SECRET,
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

const [hanako, alex] = DEMO_USERS as [(typeof DEMO_USERS)[0], (typeof DEMO_USERS)[0]];

async function ask(userId: string, bindingMessage: string): Promise<string> {
  const { auth_req_id } = await auth0.backchannel.authorize({
    userId,
    binding_message: bindingMessage,
    scope: 'openid product:buy',
    audience: SHOP_API,
  });
  return auth_req_id;
}

async function signInOnDevice(page: Page, lang: 'ja' | 'en', name: string): Promise<void> {
  await page.goto(`${idp.issuer}/device`);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await page.textContent('h1')).toBe(M.deviceTitle[lang]);
  expect(await page.textContent('main')).toContain(M.deviceSignInLead[lang]);
  await page.getByRole('button', { name: M.signInAs[lang].replace('{name}', name) }).click();
}

async function expectFitsThePhone(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('device page', () => {
  it('shows 山田 花子 her request in Japanese and approves it; the client gets tokens', async () => {
    const authReqId = await ask(hanako.sub, 'ノートPC 1台を購入: 合計 98,000円');
    const context = await browser.newContext({ locale: 'ja-JP', viewport: PHONE });
    const page = await context.newPage();
    await signInOnDevice(page, 'ja', hanako.name);

    const card = page.getByTestId('pending-request');
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('binding-message').textContent()).toBe('ノートPC 1台を購入: 合計 98,000円');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Auth0 AI samples (dev)');
    expect(text).toContain(SHOP_API);
    expect(text).toContain('product:buy');
    expect(await card.getByTestId('time-left').textContent()).toMatch(/^\d+ 分 \d+ 秒$/);
    const html = await page.content();
    expect(html).not.toContain(authReqId);
    expect(html).not.toContain(DEV_CLIENT_SECRET);
    await expectFitsThePhone(page);

    await card.getByRole('button', { name: M.approve.ja }).click();
    expect(await page.getByTestId('device-notice').textContent()).toBe(M.approvedNotice.ja);
    expect(await page.getByTestId('pending-request').count()).toBe(0);
    const tokens = await auth0.backchannel.backchannelGrant({ auth_req_id: authReqId });
    expect(tokens.access_token).toEqual(expect.any(String));
    await context.close();
  }, 60_000);

  it('shows Alex his request in English and denies it; the client gets access_denied', async () => {
    const authReqId = await ask(alex.sub, 'Buy 2 headphones for 240 USD');
    expect(idp.pendingRequests(hanako.sub)).toEqual([]);
    const context = await browser.newContext({ locale: 'en-US', viewport: PHONE });
    const page = await context.newPage();
    await signInOnDevice(page, 'en', alex.name);
    const card = page.getByTestId('pending-request');
    expect(await card.getByTestId('binding-message').textContent()).toBe('Buy 2 headphones for 240 USD');
    expect(await card.getByTestId('time-left').textContent()).toMatch(/^\d+ min \d+ s$/);
    await expectFitsThePhone(page);
    await card.getByRole('button', { name: M.denyRequest.en }).click();
    expect(await page.getByTestId('device-notice').textContent()).toBe(M.deniedNotice.en);
    const error = await auth0.backchannel.backchannelGrant({ auth_req_id: authReqId }).catch((e: unknown) => e);
    expect((error as { error?: string }).error).toBe('access_denied');

    // Switching the language keeps the user signed in on the device.
    await page.click('p.langs a');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.getByTestId('no-requests').textContent()).toBe(M.deviceEmpty.ja);
    await context.close();
  }, 60_000);

  it('refuses an answer posted from another site', async () => {
    await ask(hanako.sub, 'Buy a pen');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInOnDevice(page, 'en', hanako.name);
    const [pending] = idp.pendingRequests(hanako.sub);
    await page.goto('about:blank');
    await page.setContent(
      `<form method="post" action="${idp.issuer}/device/answer"><input name="id" value="${pending?.id}"><input name="decision" value="approve"><button>go</button></form>`,
    );
    const [response] = await Promise.all([page.waitForNavigation(), page.click('button')]);
    expect(response?.status()).toBe(403);
    expect(await page.textContent('main')).toContain(M.crossSiteRefused.en);
    expect(idp.pendingRequests(hanako.sub)).toHaveLength(1);
    await context.close();
  }, 60_000);
});
