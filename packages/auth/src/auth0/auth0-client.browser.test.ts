// @auth0/nextjs-auth0's own Auth0Client, built by auth0Client(config), signing in and out against the dev issuer
// in Chromium: /auth/login -> sign-in and consent screens -> /auth/callback -> session -> /auth/logout.

import type { Auth0Config } from '@repo/config';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { signInAs } from '@repo/dev-idp/testing';
import { freePort, launchChromium, leakedSecrets } from '@repo/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { devAuth0Config } from '../testing/config.ts';
import { auth0Client } from './client.ts';
import { type AppServer, startAppServer } from './testing/app-server.ts';

let idp: DevIdp;
let app: AppServer;
let appBase: string;
let browser: Browser;
let auth0: Auth0Config;
const output: string[] = [];

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      output.push(args.map(String).join(' '));
      original(...args);
    });
  }
  idp = await startDevIdp({ port: 0 });
  auth0 = devAuth0Config(idp.port);
  const port = await freePort();
  appBase = `http://localhost:${port}`;
  app = await startAppServer(auth0Client({ auth0 }, { port }), port);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
  vi.restoreAllMocks();
});

describe('auth0Client against the dev issuer', () => {
  it('signs in through /auth/login, keeps a session, and signs out through /auth/logout', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();

    await page.goto(`${appBase}/`);
    await page.waitForSelector('[data-testid=signed-out]');
    await page.goto(`${appBase}/auth/login`);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    expect(await page.textContent('h1')).toBe('サインイン');
    await signInAs(page, { email: 'hanako@example.jp', password: 'hanako-demo-password' });

    // Back in the app, signed in: the SDK's callback verified the ID token and stored the session cookie.
    await page.waitForSelector('[data-testid=user]');
    expect(await page.textContent('[data-testid=user]')).toBe('山田 花子');
    const session = app.lastSession();
    expect(session?.user).toMatchObject({ sub: 'dev-idp|hanako', name: '山田 花子', email: 'hanako@example.jp' });
    const refreshToken = session?.tokenSet.refreshToken;
    expect(refreshToken).toBeTruthy();

    const profile = await page.evaluate(async () => (await fetch('/auth/profile')).json());
    expect(profile).toMatchObject({ name: '山田 花子', email: 'hanako@example.jp', email_verified: true });
    const accessToken = await page.evaluate(async () => (await fetch('/auth/access-token')).json());
    expect(accessToken.token).toBe(session?.tokenSet.accessToken);

    // /auth/logout goes to the issuer's end_session_endpoint with id_token_hint and comes straight back.
    await page.goto(`${appBase}/auth/logout`);
    await page.waitForSelector('[data-testid=signed-out]');
    expect(page.url()).toBe(`${appBase}/`);

    // The SDK revoked the refresh token at the issuer on the way out.
    const refresh = await fetch(`${idp.issuer}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken as string,
        client_id: auth0.clientId,
        client_secret: auth0.clientSecret,
      }),
    });
    expect(((await refresh.json()) as { error?: string }).error).toBe('invalid_grant');

    // And the issuer's own session ended: signing in again asks for the password. Query parameters of
    // /auth/login reach the issuer, so an app can pass its current language as ui_locales.
    await page.goto(`${appBase}/auth/login?ui_locales=en`);
    expect(await page.textContent('h1')).toBe('Sign in');
    await context.close();

    // Nothing printed along the way holds the cookie secret or a token.
    const secrets = [auth0.secret, refreshToken as string, session?.tokenSet.accessToken ?? ''];
    expect(leakedSecrets(output.join('\n'), secrets)).toEqual([]);
  }, 90_000);

  it('sends a cancelled sign-in to the app page that explains it, with the error code and nothing else', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${appBase}/auth/login?returnTo=/somewhere`);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in-error');
    const landed = new URL(page.url());
    expect(landed.origin).toBe(appBase);
    expect([...landed.searchParams]).toEqual([['code', 'access_denied']]);
    expect(app.lastSession()).toBeNull();
    await context.close();
  }, 60_000);

  it('sends a callback with an unknown state to the same page, not to a bare 500', async () => {
    const res = await fetch(`${appBase}/auth/callback?state=forged&code=x&error_description=leak`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/sign-in-error?code=invalid_state');
    const missing = await fetch(`${appBase}/auth/callback?code=x`, { redirect: 'manual' });
    expect(new URL(missing.headers.get('location') ?? '', appBase).href).toBe(
      `${appBase}/sign-in-error?code=missing_state`,
    );
  });
});
