// Makes the requests a person makes first, once, before "ready": a built Next.js server still loads each
// route's code, the model client and the database on first use, and that wait belongs before "ready", not
// after a person's first click.
import { generateSessionCookie } from '@auth0/nextjs-auth0/testing';
import type { WarmUpRequest } from './apps.ts';

export interface WarmUpResult {
  request: WarmUpRequest;
  /** HTTP status, or 0 when there was no answer. */
  status: number;
  ms: number;
  /** Why the request counts as failed (5xx, no answer); undefined when it answered. */
  problem?: string;
}

/** A session cookie of a demo user that is only used for these requests, sealed with the app's secret. */
export async function warmUpCookie(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const sub = 'local|npm-start-warm-up';
  const value = await generateSessionCookie(
    {
      user: { sub, name: 'Warm-up', email: 'warm-up@example.invalid', email_verified: true },
      tokenSet: { accessToken: 'warm-up-only', expiresAt: now + 600 },
      internal: { sid: 'npm-start-warm-up', createdAt: now },
    },
    { secret },
  );
  return `__session=${value}`;
}

/**
 * Sends each request in order (the first ones load what the later ones share) and reads each answer up to
 * its first chunk: a streamed chat answer has then passed the model call. Never throws.
 */
export async function warmUp(
  baseUrl: string,
  requests: readonly WarmUpRequest[],
  { cookie, timeoutMs = 120_000 }: { cookie?: string; timeoutMs?: number } = {},
): Promise<WarmUpResult[]> {
  const results: WarmUpResult[] = [];
  for (const request of requests) {
    const started = performance.now();
    const headers: Record<string, string> = {};
    if (request.signedIn && cookie) headers.cookie = cookie;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(new URL(request.path, baseUrl), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const reader = response.body?.getReader();
      await reader?.read();
      await reader?.cancel();
      const ms = performance.now() - started;
      const problem = response.status >= 500 ? `HTTP ${response.status}` : undefined;
      results.push({ request, status: response.status, ms, problem });
    } catch (error) {
      const ms = performance.now() - started;
      results.push({ request, status: 0, ms, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
