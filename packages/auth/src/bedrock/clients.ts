// Bedrock clients for each framework, in that framework's own idiom, from one Config. Every factory honours
// `config.bedrock.endpoints` (VPC endpoints, the local emulator) and the credential source of the Config.

import {
  type AmazonBedrockProvider,
  type AmazonBedrockProviderSettings,
  createAmazonBedrock,
} from '@ai-sdk/amazon-bedrock';
import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import { BedrockRuntimeClient, type BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import { BedrockEmbeddings, ChatBedrockConverse } from '@langchain/aws';
import type { Config } from '@repo/config';
import { findModel } from '@repo/config/models';
import { type AuthOptions, type BedrockAuth, bedrockAuth } from './credentials.ts';
import { BedrockCredentialError } from './errors.ts';

/** The runtime endpoint: explicit override, else the local emulator in emulator mode, else AWS's default. */
export function runtimeEndpoint(config: Config): string | undefined {
  const { bedrock } = config;
  return (
    bedrock.endpoints.runtime ?? (bedrock.mode === 'emulator' ? `http://127.0.0.1:${bedrock.emulatorPort}` : undefined)
  );
}

/** The control-plane endpoint: explicit override, else the runtime override (the emulator serves both), else AWS's. */
export function controlPlaneEndpoint(config: Config): string | undefined {
  const { bedrock } = config;
  return bedrock.endpoints.controlPlane ?? (bedrock.mode === 'emulator' ? runtimeEndpoint(config) : undefined);
}

/** A credential provider that must never run: in bearer mode the IAM chain is not consulted at all. */
const noIamInBearerMode = async (): Promise<never> => {
  throw new BedrockCredentialError('api-key-mode-no-iam', {
    ja: 'API キーで接続する設定のため、IAM 認証情報は使いません。',
    en: 'This configuration connects with an API key, so IAM credentials are not used.',
  });
};

/** Authentication settings shared by both AWS SDK clients. */
function sdkAuth(auth: BedrockAuth) {
  if (auth.scheme === 'bearer') {
    return {
      authSchemePreference: ['httpBearerAuth'],
      token: async () => {
        const { token, expiresAt } = await auth.token();
        return expiresAt ? { token, expiration: expiresAt } : { token };
      },
      credentials: noIamInBearerMode,
    };
  }
  // SigV4 first, so an AWS_BEARER_TOKEN_BEDROCK left in the environment cannot take over.
  return { authSchemePreference: ['sigv4'], credentials: auth.credentials };
}

export interface FactoryOptions extends AuthOptions {}

/**
 * AWS SDK errors keep the raw HTTP response in `$response`, whose `body.req` holds the request as sent,
 * Authorization header (the API key, or the SigV4 session token) included: one `console.error(error)` with
 * enough depth prints it. Keep only status and headers.
 */
type Handler = (args: unknown) => Promise<unknown>;
interface MiddlewareAdder {
  add(middleware: (next: Handler) => Handler, options: { step: 'initialize'; name: string; priority: 'high' }): void;
}

function withoutRawResponses<T extends BedrockClient | BedrockRuntimeClient>(client: T): T {
  // Both clients share the same middleware stack shape; the union of their generic types is not callable.
  (client.middlewareStack as unknown as MiddlewareAdder).add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const raw = (
          error as { $response?: { statusCode?: number; reason?: string; headers?: unknown; body?: unknown } } | null
        )?.$response;
        if (raw && typeof error === 'object') {
          const summary = { statusCode: raw.statusCode, reason: raw.reason, headers: raw.headers };
          const own = Object.getOwnPropertyDescriptor(error, '$response');
          if (!own || own.configurable) {
            Object.defineProperty(error, '$response', {
              value: summary,
              enumerable: false,
              configurable: true,
              writable: true,
            });
          } else if (own.writable) {
            (error as { $response: unknown }).$response = summary;
          } else {
            // Fixed property: cut the link to the request instead (the body has been read by now).
            try {
              raw.body = undefined;
            } catch {}
          }
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'dropRawResponseFromErrors', priority: 'high' },
  );
  return client;
}

/** `BedrockRuntimeClient` (Converse, InvokeModel, streaming) for this Config. */
export function bedrockRuntimeClient(
  config: Config,
  overrides: Partial<BedrockRuntimeClientConfig> = {},
  options: FactoryOptions = {},
): BedrockRuntimeClient {
  const endpoint = runtimeEndpoint(config);
  return withoutRawResponses(
    new BedrockRuntimeClient({
      region: config.bedrock.region,
      ...(endpoint ? { endpoint } : {}),
      ...sdkAuth(bedrockAuth(config, options)),
      ...overrides,
    }),
  );
}

/** `BedrockClient` (control plane: list/get foundation models and inference profiles) for this Config. */
export function bedrockClient(
  config: Config,
  overrides: Partial<BedrockClientConfig> = {},
  options: FactoryOptions = {},
): BedrockClient {
  const endpoint = controlPlaneEndpoint(config);
  return withoutRawResponses(
    new BedrockClient({
      region: config.bedrock.region,
      ...(endpoint ? { endpoint } : {}),
      ...sdkAuth(bedrockAuth(config, options)),
      ...overrides,
    }),
  );
}

/**
 * The Vercel AI SDK provider for this Config: `apiKey` for a configured key; for generated keys a placeholder
 * `apiKey` (so the provider takes its bearer path instead of SigV4) whose header our `fetch` replaces with the
 * current key on every request; `credentialProvider` for IAM.
 */
export function bedrockProvider(
  config: Config,
  settings: Partial<AmazonBedrockProviderSettings> = {},
  options: FactoryOptions = {},
): AmazonBedrockProvider {
  const auth = bedrockAuth(config, options);
  const endpoint = runtimeEndpoint(config);
  const base: AmazonBedrockProviderSettings = {
    region: config.bedrock.region,
    ...(endpoint ? { baseURL: endpoint } : {}),
  };
  const innerFetch = settings.fetch ?? globalThis.fetch;
  if (auth.scheme === 'sigv4') {
    return createAmazonBedrock({
      ...base,
      // An empty string (not undefined) keeps the provider from reading AWS_BEARER_TOKEN_BEDROCK.
      apiKey: '',
      credentialProvider: async () => {
        const c = await auth.credentials();
        return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
      },
      ...settings,
    });
  }
  if (auth.source === 'generated-api-key') {
    const refreshingFetch: typeof fetch = async (input, init) => {
      const { token } = await auth.token();
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return innerFetch(input, { ...init, headers });
    };
    return createAmazonBedrock({ ...base, ...settings, apiKey: 'generated-per-request', fetch: refreshingFetch });
  }
  const { token } = configuredToken(config);
  return createAmazonBedrock({ ...base, ...settings, apiKey: token });
}

function configuredToken(config: Config): { token: string } {
  const credentials = config.bedrock.credentials;
  if (credentials.source === 'api-key' || credentials.source === 'emulator') return { token: credentials.apiKey };
  throw new Error('no configured API key');
}

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
