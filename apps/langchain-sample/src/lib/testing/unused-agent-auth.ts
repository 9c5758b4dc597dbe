// The Auth0 for AI Agents part of the ToolContext where no question buys anything or reads the calendar
// (benchmarks, agent tests): the purchase and calendar tools are bound, and nothing here is ever called.
import { Auth0AI } from '@repo/auth/auth0-ai/langchain';

export const UNUSED_AGENT_AUTH = {
  auth0AI: new Auth0AI({ auth0: { domain: 'localhost:1', clientId: 'unused', clientSecret: 'unused' } }),
  shop: { apiUrl: 'http://localhost:1/api/shop', audience: 'https://shop.example.com/api' },
  tokenVault: { connection: 'google-oauth2', calendarApiUrl: 'http://localhost:1' },
};
