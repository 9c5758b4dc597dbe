import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers.ts';

describe('securityHeaders', () => {
  it('loads images only from the app itself and data: URLs, and is never framed', () => {
    const csp = contentSecurityPolicy({ dev: false });
    expect(csp).toContain("img-src 'self' data:;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|ws:/);
    const keys = securityHeaders({ dev: false }).map((h) => h.key);
    expect(keys).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']);
  });

  it('allows what next dev needs only in dev: eval and its live-reload WebSocket', () => {
    const csp = contentSecurityPolicy({ dev: true });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
  });
});
