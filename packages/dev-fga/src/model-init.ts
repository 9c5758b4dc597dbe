// Writing the samples' authorization model (model/documents.fga) to an FGA store: the one the configuration names,
// or the store `auth0-ai-samples` of the local dev-fga. Used by `npm run fga:init` (init.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CredentialsMethod, OpenFgaClient } from '@openfga/sdk';
import { transformer } from '@openfga/syntax-transformer';
import type { FgaConfig } from '@repo/config';
import { modelFromDsl } from './dsl.ts';

export const DEV_STORE_NAME = 'auth0-ai-samples';
export const MODEL_FILE = join(import.meta.dirname, '..', 'model', 'documents.fga');

export type ModelBody = Parameters<OpenFgaClient['writeAuthorizationModel']>[0];

export function clientFor(fga: FgaConfig, storeId?: string): OpenFgaClient {
  const settings = { apiUrl: fga.apiUrl, ...(storeId ? { storeId } : {}) };
  if (fga.mode !== 'remote' || !fga.clientId || !fga.clientSecret || !fga.apiTokenIssuer) {
    return new OpenFgaClient(settings);
  }
  return new OpenFgaClient({
    ...settings,
    credentials: {
      method: CredentialsMethod.ClientCredentials,
      config: {
        clientId: fga.clientId,
        clientSecret: fga.clientSecret,
        apiTokenIssuer: fga.apiTokenIssuer,
        apiAudience: fga.apiAudience ?? `${fga.apiUrl.replace(/\/+$/, '')}/`,
      },
    },
  });
}

/** Writes the model unless the latest one is the same; returns its id and whether it was written. */
export async function writeModel(client: OpenFgaClient, model: ModelBody): Promise<{ id: string; written: boolean }> {
  const latest = await client.readLatestAuthorizationModel().catch(() => undefined);
  const current = latest?.authorization_model;
  // Compared as DSL: servers may spell the same JSON differently (empty metadata, field order).
  const dsl = (m: unknown) => transformer.transformJSONToDSL(m as Parameters<typeof transformer.transformJSONToDSL>[0]);
  if (current && dsl(current) === dsl(model)) return { id: current.id, written: false };
  const { authorization_model_id } = await client.writeAuthorizationModel(model);
  return { id: authorization_model_id, written: true };
}

export async function devStore(client: OpenFgaClient): Promise<string> {
  const { stores } = await client.listStores({ name: DEV_STORE_NAME });
  return stores[0]?.id ?? (await client.createStore({ name: DEV_STORE_NAME })).id;
}

/**
 * The local dev-fga's store for the samples, with the samples' model written (what `npm run fga:init` does with no
 * FGA_* set). Idempotent: finds the store by name and writes the model only when it differs.
 */
export async function initDevStore(apiUrl: string): Promise<{ storeId: string; modelId: string; written: boolean }> {
  const storeId = await devStore(new OpenFgaClient({ apiUrl }));
  const model = modelFromDsl(readFileSync(MODEL_FILE, 'utf8')) as ModelBody;
  const { id, written } = await writeModel(new OpenFgaClient({ apiUrl, storeId }), model);
  return { storeId, modelId: id, written };
}
