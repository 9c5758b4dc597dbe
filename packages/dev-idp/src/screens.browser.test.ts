// Every screen in both languages with the development-only notice, the English path for an API audience,
// and the answers to wrong input. Real Chromium against a real issuer.

import { launchChromium } from '@repo/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevIdp, startDevIdp } from './index.ts';
import { MESSAGES } from './messages.ts';
import { type RelyingParty, startRelyingParty } from './testing/relying-party.ts';

let idp: DevIdp;
let app: RelyingParty;
let browser: Browser;

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
  app = await startRelyingParty(idp.issuer);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
});

async function expectDevOnlyNotice(page: Page): Promise<void> {
  const notice = await page.textContent('[data-testid=dev-only-notice]');
  expect(notice).toContain('本番環境では使わないでください');
  expect(notice).toContain('Do not use it in production');
}

describe('screens', () => {
  it('follow the browser language when the app does not ask for one, break Japanese by phrase, and switch on request', async () => {
    for (const [locale, lang, title] of [
      ['ja-JP', 'ja', 'サインイン'],
      ['en-US', 'en', 'Sign in'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto((await app.signIn()).url.href);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(title);
      await expectDevOnlyNotice(page);
      expect(await page.textContent('[data-testid=demo-users]')).toContain('hanako-demo-password');
      // Japanese breaks lines between phrases (「パスワ／ード」 never), English as usual.
      const wordBreak = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).wordBreak);
      expect(wordBreak).toBe(lang === 'ja' ? 'auto-phrase' : 'normal');

      const other = lang === 'ja' ? 'en' : 'ja';
      await page.click('p.langs a');
      await page.waitForURL((url) => url.searchParams.get('lang') === other);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      await expectDevOnlyNotice(page);
      await context.close();
    }
  }, 60_000);

  it('say so when the password is wrong, in the page language', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto((await app.signIn()).url.href);
    await page.fill('#email', 'hanako@example.jp');
    await page.fill('#password', 'not-the-password');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    expect(await page.textContent('[role=alert].error')).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(await page.inputValue('#email')).toBe('hanako@example.jp');
    await expectDevOnlyNotice(page);
    await context.close();
  }, 60_000);

  it('refuse a redirect to anything but a loopback /auth/callback, without redirecting', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const { url } = await app.signIn({ redirect_uri: 'https://attacker.example/auth/callback' });
    const response = await page.goto(url.href);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    expect(response?.status()).toBe(400);
    expect(await page.textContent('h1')).toBe('Sign-in failed');
    expect(await page.textContent('main')).toContain('http://localhost:<port>/auth/callback');
    await expectDevOnlyNotice(page);
    await context.close();
  }, 60_000);

  it('sign Alex in on the English screens for an API audience and issue a JWT access token for it', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    const audience = 'https://api.example.test/calendar';
    const signIn = await app.signIn({
      ui_locales: 'en',
      audience,
      scope: 'openid profile email offline_access read:calendar',
    });
    await page.goto(signIn.url.href);
    expect(await page.textContent('h1')).toBe('Sign in');
    // One click on a demo user's button signs in as that user.
    await page.getByRole('button', { name: 'Sign in as Alex Smith' }).click();

    await page.waitForSelector('text=Allow access');
    await expectDevOnlyNotice(page);
    const requested = await page.textContent('[data-testid=requested-scopes]');
    expect(requested).toContain(`Call the API ${audience}`);
    expect(requested).toContain('read:calendar');
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForSelector('[data-testid=signed-in]');

    const tokens = await signIn.tokens;
    expect(tokens.claims()).toMatchObject({ sub: 'dev-idp|alex', name: 'Alex Smith', locale: 'en' });
    const jwks = createRemoteJWKSet(new URL(`${idp.issuer}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, { issuer: idp.issuer, audience });
    expect(protectedHeader.typ).toBe('at+jwt');
    // Auth0's shape: the API and the userinfo endpoint as audiences, the OpenID scopes next to the API's.
    expect(payload).toMatchObject({
      sub: 'dev-idp|alex',
      client_id: 'auth0-ai-samples-dev',
      aud: [audience, `${idp.issuer}/userinfo`],
      scope: 'openid profile email offline_access read:calendar',
    });

    // So the API token also works at /userinfo, as with Auth0; a tampered one does not.
    const userinfo = await oidc.fetchUserInfo(app.config, tokens.access_token, 'dev-idp|alex');
    expect(userinfo).toMatchObject({ name: 'Alex Smith', email: 'alex@example.com', locale: 'en' });
    const tampered = `${tokens.access_token.slice(0, -4)}AAAA`;
    const refused = await fetch(`${idp.issuer}/userinfo`, { headers: { authorization: `Bearer ${tampered}` } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token');

    // A refresh keeps the API as the audience (the token request names no audience, as with Auth0).
    const refreshed = await oidc.refreshTokenGrant(app.config, tokens.refresh_token as string);
    const again = await jwtVerify(refreshed.access_token, jwks, { issuer: idp.issuer, audience });
    expect(again.payload.scope).toBe('openid profile email offline_access read:calendar');

    // Without id_token_hint the issuer asks before signing out, in the language of the browser.
    await page.goto(oidc.buildEndSessionUrl(app.config, { post_logout_redirect_uri: `${app.base}/` }).href);
    expect(await page.textContent('h1')).toBe('サインアウト');
    await expectDevOnlyNotice(page);
    await page.getByRole('button', { name: 'サインアウトする' }).click();
    await page.waitForSelector('[data-testid=app-home]');

    // With no return URL the issuer shows its own signed-out page.
    await page.goto(`${idp.issuer}/oidc/logout`);
    await page.waitForSelector('text=サインアウトしました');
    await expectDevOnlyNotice(page);
    await context.close();
  }, 90_000);

  it('turn a cancelled sign-in into access_denied for the app', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const signIn = await app.signIn();
    signIn.tokens.catch(() => undefined);
    await page.goto(signIn.url.href);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL((url) => url.pathname === '/auth/callback');
    expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
    await context.close();
  }, 60_000);
  it('answer a sign-up request with a note that sign-up needs a tenant, next to the demo users', async () => {
    for (const [locale, lang] of [
      ['ja-JP', 'ja'],
      ['en-US', 'en'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto((await app.signIn({ screen_hint: 'signup' })).url.href);
      expect(await page.textContent('[data-testid=sign-up-note]')).toBe(MESSAGES.signUpUnavailable[lang]);
      expect(await page.textContent('[data-testid=demo-users]')).toContain('hanako@example.jp');

      await page.goto((await app.signIn()).url.href);
      expect(await page.locator('[data-testid=sign-up-note]').count()).toBe(0);
      await page.click('[data-testid=sign-up-link]');
      expect(await page.textContent('[data-testid=sign-up-note]')).toBe(MESSAGES.signUpUnavailable[lang]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await context.close();
    }
  }, 60_000);
});
