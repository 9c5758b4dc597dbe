// A real @auth0/nextjs-auth0 session cookie, sealed with the secret the app runs with, for HTTP tests that
// skip the sign-in screens (the browser test signs in for real).
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import { inject } from 'vitest';

export async function sessionCookie(sub: string, email = `${sub.replace(/\W/g, '')}@example.com`) {
  const now = Math.floor(Date.now() / 1000);
  const value = await generateSessionCookie(
    {
      user: { sub, name: 'Test User', email, email_verified: true },
      tokenSet: { accessToken: 'fake-access-token-for-tests', expiresAt: now + 3600 },
      internal: { sid: `sid-${sub}`, createdAt: now },
    },
    { secret: inject('sessionSecret') },
  );
  return `__session=${value}`;
}
