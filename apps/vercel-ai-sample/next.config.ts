import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@repo/ui', '@repo/config', '@repo/auth'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
