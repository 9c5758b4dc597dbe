// The purchase tool's part of the ToolContext for direct calls in benchmarks: the benchmark's questions never
// buy anything, so nothing here is ever called.
import { Auth0AI } from '@repo/auth/auth0-ai/ai-sdk';

export const BENCH_PURCHASE_CONTEXT = {
  auth0AI: new Auth0AI({ auth0: { domain: 'localhost:1', clientId: 'bench', clientSecret: 'bench' } }),
  shop: { apiUrl: 'http://localhost:1/api/shop', audience: 'https://shop.example.com/api' },
};
