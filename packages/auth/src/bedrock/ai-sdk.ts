// The Vercel AI SDK provider (`@ai-sdk/amazon-bedrock`) from one Config.
import {
  type AmazonBedrockProvider,
  type AmazonBedrockProviderSettings,
  createAmazonBedrock,
} from '@ai-sdk/amazon-bedrock';
import type { Config } from '@repo/config';
import { type FactoryOptions, runtimeEndpoint } from './aws-sdk.ts';
import { bedrockAuth } from './credentials.ts';

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
