// `npm run fga:init`: writes the samples' authorization model (model/documents.fga) to the FGA store the
// configuration names (FGA_STORE_ID with Auth0 FGA or OpenFGA), or, with no FGA_* set, to the store
// `auth0-ai-samples` of the local dev-fga (created when missing; dev-fga is started for the moment when not running).
// Writes a new model version only when the store's latest differs.
import { readFileSync } from 'node:fs';
import { FgaApiAuthenticationError, FgaApiError } from '@openfga/sdk';
import type { FgaConfig } from '@repo/config';
import { loadConfig } from '@repo/config/node';
import { DEFAULT_DATA_DIR } from './data-dir.ts';
import { modelFromDsl } from './dsl.ts';
import { clientFor, DEV_STORE_NAME, initDevStore, MODEL_FILE, type ModelBody, writeModel } from './model-init.ts';
import { startDevFga } from './server.ts';

async function running(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
}

async function main(): Promise<void> {
  const fga = loadConfig().fga as FgaConfig;
  const model = modelFromDsl(readFileSync(MODEL_FILE, 'utf8')) as ModelBody;
  if (fga.mode === 'remote') {
    const { id, written } = await writeModel(clientFor(fga, fga.storeId), model);
    console.log(
      written
        ? `モデルを書き込みました / Model written: ${id} (store ${fga.storeId}, ${fga.apiUrl})`
        : `モデルは最新です / Model already up to date: ${id} (store ${fga.storeId}, ${fga.apiUrl})`,
    );
    return;
  }
  const local = (await running(fga.apiUrl))
    ? undefined
    : await startDevFga({ port: fga.devFgaPort, dataDir: DEFAULT_DATA_DIR });
  try {
    const { storeId, modelId, written } = await initDevStore(fga.apiUrl);
    console.log(
      `${written ? 'モデルを書き込みました / Model written' : 'モデルは最新です / Model already up to date'}: ${modelId} ` +
        `(dev-fga ${fga.apiUrl}, store ${DEV_STORE_NAME} ${storeId})`,
    );
  } finally {
    await local?.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof FgaApiAuthenticationError) {
    console.error(
      'FGA のトークンを取得できないか、拒否されました。FGA_CLIENT_ID、FGA_CLIENT_SECRET、FGA_API_TOKEN_ISSUER、FGA_API_AUDIENCE を確認してください。\n' +
        'The FGA token could not be obtained or was refused. Check FGA_CLIENT_ID, FGA_CLIENT_SECRET, FGA_API_TOKEN_ISSUER and FGA_API_AUDIENCE.',
    );
  } else if (error instanceof FgaApiError && error.statusCode === 404) {
    console.error(
      'FGA ストアが見つかりません。FGA_STORE_ID と FGA_API_URL（リージョン）を確認してください。\n' +
        'The FGA store was not found. Check FGA_STORE_ID and FGA_API_URL (the region).',
    );
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
