import { securityHeaders } from '@repo/web-security';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

export default (phase: string): NextConfig => ({
  // Workspace packages ship TypeScript source.
  transpilePackages: [
    '@repo/ui',
    '@repo/chat',
    '@repo/config',
    '@repo/auth',
    '@repo/documents',
    '@repo/web-security',
    '@repo/dev-idp',
  ],
  // Loaded by Node at run time, not bundled: PGlite finds its WebAssembly and data files next to its code,
  // and pdf.js (in unpdf) loads its worker itself.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-pgvector', 'pg', 'unpdf'],
  experimental: {
    // Uploads go through the proxy (session refresh): allow a 10 MB file plus multipart framing.
    proxyClientMaxBodySize: '11mb',
  },
  poweredByHeader: false,
  reactStrictMode: true,
  // Type checking is the `typecheck` script's job (tsc over the app and the workspace packages it uses);
  // skipping it here keeps `next build` (run once per test run) fast.
  typescript: { ignoreBuildErrors: true },
  // Content-Security-Policy (no images from other servers, no framing), nosniff and a Referrer-Policy on every
  // path; `next dev` also needs eval and its live-reload WebSocket.
  headers: async () => [{ source: '/:path*', headers: securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER }) }],
});
