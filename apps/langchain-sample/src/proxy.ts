// Next.js 16 proxy (formerly middleware): the Auth0 SDK mounts /auth/login, /auth/logout, /auth/callback,
// /auth/profile and /auth/access-token here, and keeps the session cookie rolling on every other request.
import { refuseUnknownHost } from '@repo/web-security';
import type { NextRequest } from 'next/server';
import { serverContext } from '@/lib/server/context.ts';

export async function proxy(request: NextRequest) {
  const { auth0, config } = await serverContext();
  // An app on this machine answers only to this machine's names; another name may be DNS rebinding (403).
  const unknownHost = refuseUnknownHost(request, config.auth0.appBaseUrl);
  if (unknownHost) return unknownHost;
  return auth0.middleware(request);
}

// Not for /api/shop: the Shop API takes an access token, never a session. Not for /api/chat: the route checks the session itself (401 JSON, not a redirect), and a streaming API
// gains nothing from the proxy's cookie rolling, while 50 concurrent streams paid for it twice.
export const config = {
  matcher: ['/((?!api/chat|api/shop|_next/static|_next/image|favicon.ico|sitemap.xml|robots.txt).*)'],
};
