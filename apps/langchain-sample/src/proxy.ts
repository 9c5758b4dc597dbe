// Next.js 16 proxy (formerly middleware): the Auth0 SDK mounts /auth/login, /auth/logout, /auth/callback,
// /auth/profile and /auth/access-token here, and keeps the session cookie rolling on every other request.
import type { NextRequest } from 'next/server';
import { serverContext } from './lib/server/context.ts';

export async function proxy(request: NextRequest) {
  const { auth0 } = await serverContext();
  return auth0.middleware(request);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|sitemap.xml|robots.txt).*)'],
};
