// The purchase tool's part of the ToolContext where no question buys anything (benchmarks, agent tests):
// nothing here is ever called.
import { Auth0AI } from '@repo/auth/auth0-ai/langchain';

export const UNUSED_PURCHASE_CONTEXT = {
  auth0AI: new Auth0AI({ auth0: { domain: 'localhost:1', clientId: 'unused', clientSecret: 'unused' } }),
  shop: { apiUrl: 'http://localhost:1/api/shop', audience: 'https://shop.example.com/api' },
};
