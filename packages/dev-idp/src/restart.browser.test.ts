// Restarting the issuer (new keys, no sessions) while an app still holds an old ID token must not leave the
// user on an error page when signing out.

import { freePort, launchChromium } from '@repo/testing';
import * as oidc from 'openid-client';
import { expect, it } from 'vitest';
import { DEMO_USERS, startDevIdp } from './index.ts';
import { signInAs } from './testing/index.ts';
import { startRelyingParty } from './testing/relying-party.ts';

const alex = DEMO_USERS.find((user) => user.nickname === 'alex')!;

it('signs out with an ID token from before a restart and returns to the app', async () => {
  const port = await freePort();
  let idp = await startDevIdp({ port });
  const app = await startRelyingParty(idp.issuer);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const signIn = await app.signIn();
    await page.goto(signIn.url.href);
    await signInAs(page, alex);
    await page.waitForSelector('[data-testid=signed-in]');
    const idToken = (await signIn.tokens).id_token as string;

    await idp.close();
    idp = await startDevIdp({ port });

    const logout = oidc.buildEndSessionUrl(app.config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${app.base}/`,
    });
    await page.goto(logout.href);
    await page.waitForSelector('[data-testid=app-home]');
    expect(new URL(page.url()).origin).toBe(app.base);
  } finally {
    await browser.close();
    await app.close();
    await idp.close();
  }
}, 90_000);
