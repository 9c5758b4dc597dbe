// For the agent's and the chat handler's tests: the local Bedrock emulator and dev-fga (with the samples' store
// and model) on free ports, a Config in emulator mode pointing at both, and an in-memory document store embedding
// through the emulator.
import { type DocumentTuples, documentTuples, type FgaConnection, fgaConnection } from '@repo/auth/fga';
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { type Config, resolveConfig } from '@repo/config';
import { type DevFga, initDevStore, startDevFga } from '@repo/dev-fga';
import { type DocumentStore, openDocumentStore } from '@repo/documents';
import { documentEmbedder } from '../documents.ts';

export interface EmulatorAndStore {
  emulator: RunningEmulator;
  devFga: DevFga;
  config: Config;
  store: DocumentStore;
  fga: FgaConnection;
  tuples: DocumentTuples;
  close(): Promise<void>;
}

export async function startEmulatorAndStore(): Promise<EmulatorAndStore> {
  const emulator = await startEmulator({ port: 0 });
  const devFga = await startDevFga({ port: 0 });
  const stop = () => Promise.all([emulator.close(), devFga.close()]);
  const resolved = resolveConfig({
    BEDROCK_MODE: 'emulator',
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url,
    DEV_FGA_PORT: String(devFga.port),
  });
  if (!resolved.config) {
    await stop();
    throw new Error(JSON.stringify(resolved.findings));
  }
  const config = resolved.config;
  await initDevStore(devFga.url);
  const store = await openDocumentStore({ embedder: documentEmbedder(config), dataDir: 'memory://' });
  const fga = fgaConnection(config);
  return {
    emulator,
    devFga,
    config,
    store,
    fga,
    tuples: documentTuples(fga),
    close: async () => {
      await store.close();
      await stop();
    },
  };
}
