// The offline setup end to end: @openfga/sdk gets a client-credentials token from the dev issuer
// (FGA_API_TOKEN_ISSUER) and dev-fga accepts it; a token for another audience is refused.
import { CredentialsMethod, FgaApiAuthenticationError, OpenFgaClient } from '@openfga/sdk';
import { DEV_FGA_CLIENT_ID } from '@repo/config';
import { devSecrets } from '@repo/config/node';
import { type DevIdp, startDevIdp } from '@repo/dev-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevFga, startDevFga } from './server.ts';

const AUDIENCE = 'https://fga.localhost/';

describe('tokens from the dev issuer', () => {
  let idp: DevIdp;
  let fga: DevFga;
  beforeAll(async () => {
    idp = await startDevIdp({ port: 0 });
    fga = await startDevFga({ port: 0, auth: { method: 'oidc', issuer: idp.issuer, audience: AUDIENCE } });
  });
  afterAll(async () => {
    await fga?.close();
    await idp?.close();
  });

  const client = (apiAudience: string) =>
    new OpenFgaClient({
      apiUrl: fga.url,
      retryParams: { maxRetry: 0 },
      credentials: {
        method: CredentialsMethod.ClientCredentials,
        config: {
          apiTokenIssuer: idp.issuer,
          apiAudience,
          clientId: DEV_FGA_CLIENT_ID,
          clientSecret: devSecrets().fgaClientSecret,
        },
      },
    });

  it('accepts the token @openfga/sdk obtains from the dev issuer', async () => {
    const { id } = await client(AUDIENCE).createStore({ name: 'offline' });
    expect((await client(AUDIENCE).getStore({ storeId: id })).name).toBe('offline');
  });

  it('refuses a dev issuer token for another API', async () => {
    await expect(client('https://other-api.localhost/').listStores()).rejects.toBeInstanceOf(FgaApiAuthenticationError);
  });
});
