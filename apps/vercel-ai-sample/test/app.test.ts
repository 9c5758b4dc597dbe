// The built app over HTTP with a real Auth0 SDK session cookie: the proxy, the route and Next.js together.

import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { CHAT_LIMITS } from '@repo/chat';
import { getWithHost } from '@repo/testing';
import { describe, expect, inject, it } from 'vitest';

const appUrl = inject('appUrl');

async function sessionCookie(sub: string) {
  const now = Math.floor(Date.now() / 1000);
  const value = await generateSessionCookie(
    {
      user: { sub, name: 'Test User', email: `${sub.replace(/\W/g, '')}@example.com` },
      tokenSet: { accessToken: 'fake-access-token-for-tests', expiresAt: now + 3600 },
      internal: { sid: `sid-${sub}`, createdAt: now },
    },
    { secret: inject('sessionSecret') },
  );
  return `__session=${value}`;
}

function postChat(body: unknown, cookie?: string) {
  return fetch(`${appUrl}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const question = (text: string) => ({
  id: 'chat-1',
  trigger: 'submit-message',
  messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text }] }],
  timeZone: 'Asia/Tokyo',
  lang: 'en',
});

describe('the built app', () => {
  it('shows the landing page with Log in and Sign up when signed out', async () => {
    const html = await (await fetch(appUrl, { headers: { 'accept-language': 'ja,en;q=0.5' } })).text();
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain('href="/auth/login?ui_locales=ja"');
    expect(html).toContain('href="/auth/login?screen_hint=signup&amp;ui_locales=ja"');
    expect(html).toContain('オフラインデモ');
  });

  it('answers only to names of this machine (DNS rebinding), in both languages', async () => {
    const port = new URL(appUrl).port;
    const rebound = await getWithHost(appUrl, `evil.example:${port}`);
    expect(rebound.status).toBe(403);
    const { error } = JSON.parse(rebound.body) as { error: { code: string; message: { ja: string; en: string } } };
    expect(error.code).toBe('unknown-host');
    expect(error.message.ja).toContain('DNS リバインディング');
    expect(error.message.en).toContain(`evil.example:${port}`);
    expect((await getWithHost(appUrl, `127.0.0.1:${port}`)).status).toBe(200);
  });

  it('mounts the Auth0 routes: /auth/login redirects to the dev issuer', async () => {
    const res = await fetch(`${appUrl}/auth/login`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(new RegExp(`^${inject('issuer')}/`));
  });

  it('answers 401 JSON from the chat API without a session', async () => {
    const res = await postChat(question('hi'));
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).error.code).toBe('unauthenticated');
  });

  it('streams an answer for a signed-in user', async () => {
    const res = await postChat(question('Hello there'), await sessionCookie('test|stream'));
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body.match(/"type":"text-delta"/g)?.length).toBeGreaterThan(1);
    expect(body).toContain('"type":"finish"');
  });

  it('returns 400 and 413 with the field and the limit named', async () => {
    const cookie = await sessionCookie('test|limits');
    const bad = await postChat({ id: 'c', messages: 'nope' }, cookie);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.detail.en).toContain('messages');
    const big = await postChat(question('x'.repeat(CHAT_LIMITS.maxBodyBytes + 1)), cookie);
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('too-large');
  });

  it('rate-limits each user with 429 and Retry-After, leaving other users alone', async () => {
    const cookie = await sessionCookie('test|rate');
    const statuses: number[] = [];
    for (let i = 0; i < CHAT_LIMITS.requestsPerMinute; i++) statuses.push((await postChat('{}', cookie)).status);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const limited = await postChat('{}', cookie);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await postChat('{}', await sessionCookie('test|other'))).status).toBe(400);
  });
});
