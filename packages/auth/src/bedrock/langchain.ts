// LangChain's `ChatBedrockConverse` and `BedrockEmbeddings` (`@langchain/aws`) from one Config.
import { BedrockEmbeddings, ChatBedrockConverse } from '@langchain/aws';
import type { Config } from '@repo/config';
import { findModel } from '@repo/config/models';
import { bedrockRuntimeClient, type FactoryOptions } from './aws-sdk.ts';

type ChatFields = ConstructorParameters<typeof ChatBedrockConverse>[0];
type EmbeddingsFields = ConstructorParameters<typeof BedrockEmbeddings>[0];

/**
 * LangChain `ChatBedrockConverse` on this Config's chat model. It gets a configured `BedrockRuntimeClient`
 * because its own `endpointHost` always prepends `https://` (no emulator, no http VPC proxy).
 */
export function chatModel(config: Config, fields: Partial<NonNullable<ChatFields>> = {}, options: FactoryOptions = {}) {
  return new ChatBedrockConverse({
    model: config.bedrock.chatModelId,
    region: config.bedrock.region,
    client: bedrockRuntimeClient(config, {}, options),
    ...fields,
  });
}

/** LangChain `BedrockEmbeddings` on this Config's embedding model and dimensions. */
export function embeddings(
  config: Config,
  fields: Partial<NonNullable<EmbeddingsFields>> = {},
  options: FactoryOptions = {},
) {
  const { embeddingModelId, embeddingDimensions } = config.bedrock;
  const allowed = findModel(embeddingModelId)?.embedding?.allowedDimensions ?? [];
  return new BedrockEmbeddings({
    model: embeddingModelId,
    region: config.bedrock.region,
    client: bedrockRuntimeClient(config, {}, options),
    // Only models that take a size (Titan v2) get one; Titan v1 rejects the field.
    ...(allowed.length > 1 ? { dimensions: embeddingDimensions } : {}),
    ...fields,
  });
}
