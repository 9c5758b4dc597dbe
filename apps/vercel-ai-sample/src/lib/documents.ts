// The app's document store: @repo/documents with the configured Bedrock embeddings (the AI SDK's `embedMany` on
// the provider from @repo/auth). The server context opens it once per process (kept across Next.js dev reloads, so
// PGlite is not opened twice).
import { join } from 'node:path';
import { bedrockProvider } from '@repo/auth/ai-sdk';
import type { DocumentTuples } from '@repo/auth/fga';
import { restoreDocumentTuples } from '@repo/chat/documents';
import type { Config } from '@repo/config';
import { findModel } from '@repo/config/models';
import { type DocumentStore, type DocumentUser, type Embedder, openDocumentStore } from '@repo/documents';
import { embedMany } from 'ai';
import type { SignedInUser } from './server/session.ts';

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
  const { embeddingModelId, embeddingDimensions } = config.bedrock;
  const model = bedrockProvider(config).embedding(embeddingModelId);
  // Only models that take a size (Titan v2) get one; Titan v1 rejects the field.
  const sized = (findModel(embeddingModelId)?.embedding?.allowedDimensions ?? []).length > 1;
  return {
    model: embeddingSpaceName(config),
    dimensions: embeddingDimensions,
    embed: async (values) => {
      const { embeddings } = await embedMany({
        model,
        values,
        ...(sized ? { providerOptions: { bedrock: { dimensions: embeddingDimensions } } } : {}),
      });
      return embeddings;
    },
  };
}

/** Who the documents' access rules see: the user's ID, and the e-mail address shares are matched on. */
export function documentUser(user: SignedInUser): DocumentUser {
  return { userId: user.sub, email: user.verifiedEmail };
}

/**
 * The app's store: DATABASE_URL (PostgreSQL with pgvector) when set, else embedded PGlite in a git-ignored folder.
 * FGA gets back any tuple the stored documents should have and lack (documents from before FGA decided, a write that
 * failed halfway); when FGA cannot be reached the store still opens, and searches say what is wrong.
 */
export async function openAppDocumentStore(config: Config, tuples: DocumentTuples): Promise<DocumentStore> {
  const store = await openDocumentStore({
    embedder: documentEmbedder(config),
    databaseUrl: config.documents?.databaseUrl,
    dataDir: join(process.cwd(), '.data', 'documents'),
  });
  await restoreDocumentTuples(store, tuples);
  return store;
}
