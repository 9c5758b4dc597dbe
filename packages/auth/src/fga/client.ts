// Auth0 FGA / OpenFGA from a Config: the client settings that Auth0's FGA helpers (`FGAFilter` in @auth0/ai) and
// @openfga/sdk take. With FGA_STORE_ID: that store, with client credentials when FGA_CLIENT_ID is set. Without: the
// local dev-fga's store `auth0-ai-samples`, found by name (`pnpm dev` and `npm start` create it and write the model).
import { CredentialsMethod, OpenFgaClient } from '@openfga/sdk';
import type { Config, FgaConfig } from '@repo/config';
import { fgaProblem, storeNotFound } from './errors.ts';

/** The store `@repo/dev-fga`'s init writes the samples' model to (`npm run fga:init` with no FGA_* set). */
export const DEV_STORE_NAME = 'auth0-ai-samples';

/** What `FGAFilter.create(args, params)` and `new OpenFgaClient(params)` take. */
export interface FgaClientParams {
  apiUrl: string;
  storeId: string;
  credentials: {
    method: CredentialsMethod;
    config: { apiTokenIssuer: string; apiAudience: string; clientId: string; clientSecret: string };
  };
}

/** FGA settings of a Config (the local dev-fga on its default port when the Config has none). */
export function fgaSettings(config: Pick<Config, 'fga'>): FgaConfig {
  return config.fga ?? { mode: 'dev', apiUrl: 'http://localhost:8080', devFgaPort: 8080 };
}

function credentialsFor(fga: FgaConfig): FgaClientParams['credentials'] {
  if (fga.mode === 'remote' && fga.clientId && fga.clientSecret && fga.apiTokenIssuer) {
    return {
      method: CredentialsMethod.ClientCredentials,
      config: {
        clientId: fga.clientId,
        clientSecret: fga.clientSecret,
        apiTokenIssuer: fga.apiTokenIssuer,
        apiAudience: fga.apiAudience ?? `${fga.apiUrl.replace(/\/+$/, '')}/`,
      },
    };
  }
  // No token (dev-fga, or an OpenFGA server without authentication). `FGAFilter` reads `config` whatever the
  // method, and falls back to the FGA_* environment variables for empty values: the SDK ignores them with `none`.
  return {
    method: CredentialsMethod.None,
    config: { clientId: '', clientSecret: '', apiTokenIssuer: '', apiAudience: '' },
  };
}

/**
 * The client settings for the configured store, resolved once per process (dev mode looks its store up by name;
 * a failure is not kept, so the next call tries again).
 */
export function fgaConnection(config: Pick<Config, 'fga'>) {
  const fga = fgaSettings(config);
  let params: Promise<FgaClientParams> | undefined;
  const resolve = async (): Promise<FgaClientParams> => {
    const credentials = credentialsFor(fga);
    if (fga.mode === 'remote' && fga.storeId) return { apiUrl: fga.apiUrl, storeId: fga.storeId, credentials };
    const lookup = new OpenFgaClient(sdkConfiguration({ apiUrl: fga.apiUrl, storeId: '', credentials }));
    const { stores } = await lookup.listStores({ name: DEV_STORE_NAME }).catch((error: unknown) => {
      throw fgaProblem(error, fga);
    });
    const storeId = stores.find((store) => store.name === DEV_STORE_NAME)?.id;
    if (!storeId) throw storeNotFound(fga);
    return { apiUrl: fga.apiUrl, storeId, credentials };
  };
  return {
    settings: fga,
    /** For `FGAFilter.create(args, await connection.params())`. */
    params(): Promise<FgaClientParams> {
      params ??= resolve().catch((error: unknown) => {
        params = undefined;
        throw error;
      });
      return params;
    },
    /** An @openfga/sdk client for the store (tuple writes). */
    async client(): Promise<OpenFgaClient> {
      return new OpenFgaClient(sdkConfiguration(await this.params()));
    },
  };
}

export type FgaConnection = ReturnType<typeof fgaConnection>;

/** The same settings in the shape @openfga/sdk's own types accept. */
function sdkConfiguration({ apiUrl, storeId, credentials }: FgaClientParams) {
  const store = storeId ? { storeId } : {};
  if (credentials.method !== CredentialsMethod.ClientCredentials) return { apiUrl, ...store };
  const method = CredentialsMethod.ClientCredentials as const;
  return { apiUrl, ...store, credentials: { method, config: credentials.config } };
}

/** The FGA user of a signed-in person: `user:<verified e-mail>` as in Auth0's samples, else `user:<user ID>`. */
export function fgaUser(user: { userId: string; email?: string }): string {
  const email = user.email?.trim().toLowerCase();
  return `user:${email || user.userId}`;
}

/** The FGA object of a document. */
export function fgaDocument(documentId: string): string {
  return `doc:${documentId}`;
}
