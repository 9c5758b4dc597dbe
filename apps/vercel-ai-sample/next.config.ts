import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@repo/ui', '@repo/chat', '@repo/config', '@repo/auth', '@repo/documents'],
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
};

export default nextConfig;
