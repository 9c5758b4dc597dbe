// FGA_* choose who decides document permissions: the local dev-fga by default, Auth0 FGA / OpenFGA with a store.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from './resolve.ts';

describe('FGA settings', () => {
  it('use the local dev-fga when no store is configured, on DEV_FGA_PORT', () => {
    expect(resolveConfig({}).config?.fga).toEqual({ mode: 'dev', apiUrl: 'http://localhost:8080', devFgaPort: 8080 });
    expect(resolveConfig({ DEV_FGA_PORT: '8181' }).config?.fga?.apiUrl).toBe('http://localhost:8181');
  });

  it('use the configured store with client credentials once FGA_STORE_ID is set', () => {
    const fga = resolveConfig({
      FGA_STORE_ID: '01JA1B2C3D4E5F6G7H8J9K0M1N',
      FGA_API_URL: 'https://api.us1.fga.dev',
      FGA_CLIENT_ID: 'client',
      FGA_CLIENT_SECRET: 'secret-value',
      FGA_API_AUDIENCE: 'https://api.us1.fga.dev/',
      FGA_API_TOKEN_ISSUER: 'auth.fga.dev',
    }).config?.fga;
    expect(fga).toMatchObject({
      mode: 'remote',
      apiUrl: 'https://api.us1.fga.dev',
      storeId: '01JA1B2C3D4E5F6G7H8J9K0M1N',
      clientId: 'client',
      clientSecret: 'secret-value',
      apiAudience: 'https://api.us1.fga.dev/',
      apiTokenIssuer: 'auth.fga.dev',
    });
  });
});
