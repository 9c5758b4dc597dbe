// The whole round trip in a real browser: sign in on the Japanese screens, use the tokens, sign out.

import { launchChromium } from '@repo/testing';
import * as oidc from 'openid-client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DevIdp, startDevIdp } from './index.ts';
import { type RelyingParty, startRelyingParty } from './testing/relying-party.ts';

let idp: DevIdp;
let app: RelyingParty;
let browser: Browser;
const notices: string[] = [];

beforeAll(async () => {
  // oidc-provider prints its development-mode warnings through console; none may reach our users.
  for (const level of ['info', 'warn', 'error'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      notices.push(args.map(String).join(' '));
      original(...args);
    });
  }
  idp = await startDevIdp({ port: 0 });
  app = await startRelyingParty(idp.issuer);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
  vi.restoreAllMocks();
});

describe('authorization code flow with PKCE in Chromium', () => {
  it('signs 山田 花子 in on the Japanese screens, uses and refreshes the tokens, and signs her out', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const signIn = await app.signIn({ ui_locales: 'ja' });

    // Sign-in screen: Japanese because the app asked with ui_locales, although the browser prefers English.
    await page.goto(signIn.url.href);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('h1')).toBe('サインイン');
    expect(await page.textContent('[data-testid=dev-only-notice]')).toContain('本番環境では使わないでください');
    await page.fill('#email', 'hanako@example.jp');
    await page.fill('#password', 'hanako-demo-password');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();

    // Consent screen, also in Japanese, listing the refresh token the app asked for.
    await page.waitForSelector('text=アクセスの許可');
    expect(await page.textContent('[data-testid=requested-scopes]')).toContain('リフレッシュトークン');
    await page.getByRole('button', { name: '許可する' }).click();

    await page.waitForSelector('[data-testid=signed-in]');
    expect(await page.textContent('[data-testid=signed-in]')).toBe('Signed in: 山田 花子');
    const tokens = await signIn.tokens;

    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: 'auth0-ai-samples-dev',
      sub: 'dev-idp|hanako',
      name: '山田 花子',
      email: 'hanako@example.jp',
      email_verified: true,
      locale: 'ja',
    });
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'offline_access', 'openid', 'profile']);

    const userinfo = await oidc.fetchUserInfo(app.config, tokens.access_token, 'dev-idp|hanako');
    expect(userinfo).toMatchObject({
      name: '山田 花子',
      email: 'hanako@example.jp',
      email_verified: true,
      locale: 'ja',
    });
    expect(userinfo.picture).toBe(`${idp.issuer}/avatars/hanako.svg`);

    const refreshed = await oidc.refreshTokenGrant(app.config, tokens.refresh_token as string);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    const again = await oidc.fetchUserInfo(app.config, refreshed.access_token, 'dev-idp|hanako');
    expect(again.email).toBe('hanako@example.jp');

    // RP-initiated logout with id_token_hint: the issuer signs out without asking and returns to the app.
    const logoutUrl = oidc.buildEndSessionUrl(app.config, {
      id_token_hint: tokens.id_token as string,
      post_logout_redirect_uri: `${app.base}/`,
    });
    expect(logoutUrl.pathname).toBe('/oidc/logout');
    await page.goto(logoutUrl.href);
    await page.waitForSelector('[data-testid=app-home]');
    expect(new URL(page.url()).origin).toBe(app.base);

    // The issuer's session is gone: a new sign-in asks for the password again.
    const next = await app.signIn({ ui_locales: 'ja' });
    await page.goto(next.url.href);
    expect(await page.textContent('h1')).toBe('サインイン');

    // The app revokes the refresh token on sign-out (as @auth0/nextjs-auth0 does); it is then refused.
    const latestRefreshToken = (refreshed.refresh_token ?? tokens.refresh_token) as string;
    await oidc.tokenRevocation(app.config, latestRefreshToken, { token_type_hint: 'refresh_token' });
    await expect(oidc.refreshTokenGrant(app.config, latestRefreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await context.close();

    expect(notices.filter((line) => line.includes('oidc-provider'))).toEqual([]);
  }, 90_000);
});
