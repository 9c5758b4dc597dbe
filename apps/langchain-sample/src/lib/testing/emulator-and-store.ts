// For the agent's and the chat handler's tests: the local Bedrock emulator on a free port, a Config in
// emulator mode pointing at it, and an in-memory document store embedding through it.
import { type RunningEmulator, startEmulator } from '@repo/bedrock-emulator';
import { type Config, resolveConfig } from '@repo/config';
import { type DocumentStore, openDocumentStore } from '@repo/documents';
import { documentEmbedder } from '../documents.ts';

export interface EmulatorAndStore {
  emulator: RunningEmulator;
  config: Config;
  store: DocumentStore;
  close(): Promise<void>;
}

export async function startEmulatorAndStore(): Promise<EmulatorAndStore> {
  const emulator = await startEmulator({ port: 0 });
  const resolved = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: emulator.url });
  if (!resolved.config) {
    await emulator.close();
    throw new Error(JSON.stringify(resolved.findings));
  }
  const config = resolved.config;
  const store = await openDocumentStore({ embedder: documentEmbedder(config), dataDir: 'memory://' });
  return {
    emulator,
    config,
    store,
    close: async () => {
      await store.close();
      await emulator.close();
    },
  };
}
