// @auth0/nextjs-auth0's own connect-account endpoint (`/auth/connect`, enableConnectAccountEndpoint) against the
// dev issuer in Chromium: the SDK gets a My Account token with the session's refresh token, opens the issuer's
// connect screen, completes the connection on the callback; Token Vault then exchanges for a calendar token.

import { Auth0Client } from '@auth0/nextjs-auth0/server';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { signInAs } from '@repo/dev-idp/testing';
import { freePort, launchChromium } from '@repo/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth0ClientOptions } from '../auth0/options.ts';
import { type AppServer, startAppServer } from '../auth0/testing/app-server.ts';
import { devAuth0Config } from '../testing/config.ts';

const CALENDAR = 'https://www.googleapis.com/auth/calendar.events.readonly';

let idp: DevIdp;
let app: AppServer;
let appBase: string;
let browser: Browser;
const auth0 = () => devAuth0Config(idp.port);

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
  const port = await freePort();
  appBase = `http://localhost:${port}`;
  const options = auth0ClientOptions(auth0(), { port });
  expect(options.enableConnectAccountEndpoint).toBe(true);
  app = await startAppServer(new Auth0Client(options), port);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
});

describe('/auth/connect against the dev issuer', () => {
  it('connects the calendar account through the issuer’s connect screen, then Token Vault answers', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${appBase}/auth/login`);
    await signInAs(page, { email: 'hanako@example.jp', password: 'hanako-demo-password' });
    await page.waitForSelector('[data-testid=user]');
    const refreshToken = app.lastSession()?.tokenSet.refreshToken as string;

    await page.goto(
      `${appBase}/auth/connect?connection=google-oauth2&scopes=${encodeURIComponent(CALENDAR)}&returnTo=/`,
    );
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    expect(await page.textContent('h1')).toBe('Connect an account');
    expect(await page.textContent('[data-testid=connect-scopes]')).toContain(CALENDAR);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForSelector('[data-testid=user]');
    expect(new URL(page.url()).origin).toBe(appBase);

    const res = await fetch(`${idp.issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'urn:auth0:params:oauth:grant-type:token-exchange:federated-connection-access-token',
        client_id: auth0().clientId,
        client_secret: auth0().clientSecret,
        subject_token: refreshToken,
        subject_token_type: 'urn:ietf:params:oauth:token-type:refresh_token',
        connection: 'google-oauth2',
      }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ scope: CALENDAR, token_type: 'Bearer' });
    await context.close();
  }, 90_000);
});
