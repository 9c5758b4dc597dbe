// The app's document store: @repo/documents with the configured Bedrock embeddings (from @repo/auth).
// One store per server process, kept on globalThis so Next.js dev reloads do not open PGlite twice.
import { join } from 'node:path';
import { embeddings } from '@repo/auth/langchain';
import type { Config } from '@repo/config';
import { type DocumentStore, type Embedder, openDocumentStore } from '@repo/documents';

/**
 * The embedding space the stored vectors belong to. The emulator's vectors are not Titan's, so its
 * model name is marked: switching from the offline demo to Amazon Bedrock then gives a clear error
 * instead of meaningless search results.
 */
function embeddingSpaceName(config: Config): string {
  const { mode, embeddingModelId } = config.bedrock;
  return mode === 'emulator' ? `emulator/${embeddingModelId}` : embeddingModelId;
}

export function documentEmbedder(config: Config): Embedder {
  const client = embeddings(config);
  return {
    model: embeddingSpaceName(config),
    dimensions: config.bedrock.embeddingDimensions,
    embed: (texts) => client.embedDocuments(texts),
  };
}

const holder = globalThis as typeof globalThis & { __langchainSampleDocuments?: Promise<DocumentStore> };

export function documentStore(config: Config): Promise<DocumentStore> {
  if (!holder.__langchainSampleDocuments) {
    holder.__langchainSampleDocuments = openDocumentStore({
      embedder: documentEmbedder(config),
      // DATABASE_URL: a PostgreSQL server with pgvector; unset: embedded PGlite in a git-ignored folder.
      databaseUrl: config.documents?.databaseUrl,
      dataDir: join(process.cwd(), '.data', 'documents'),
    }).catch((error) => {
      // Let the next request try again (e.g. after the database comes up).
      holder.__langchainSampleDocuments = undefined;
      throw error;
    });
  }
  return holder.__langchainSampleDocuments;
}
