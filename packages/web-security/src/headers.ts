// The response headers both samples send on every path (next.config.ts `headers()`): a Content-Security-Policy
// and its companions. Next.js bootstraps pages with inline scripts, so scripts stay 'self' + inline; what the
// policy is for is where the page may load from or send to, and who may frame it.

export interface SecurityHeaderOptions {
  /** `next dev`: React's dev build evaluates code and live reload talks over a WebSocket. */
  dev: boolean;
}

export function contentSecurityPolicy({ dev }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Never another server: an image in model output could carry data to it in its address.
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `{ key, value }` pairs, the shape of next.config's `headers()` entries. */
export function securityHeaders(options: SecurityHeaderOptions): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Links out of the app (model output, the guide) do not tell where they were clicked.
    { key: 'Referrer-Policy', value: 'same-origin' },
    // frame-ancestors for browsers that predate it.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}
