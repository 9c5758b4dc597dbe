// AWS SDK v3 clients from one Config: the base the other frameworks' factories build on (./ai-sdk.ts,
// ./langchain.ts). Every factory honours `config.bedrock.endpoints` (VPC endpoints, the local emulator) and the
// credential source of the Config. One entry point per framework, so an app loads only its own SDK.

import { BedrockClient, type BedrockClientConfig } from '@aws-sdk/client-bedrock';
import { BedrockRuntimeClient, type BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { Config } from '@repo/config';
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
