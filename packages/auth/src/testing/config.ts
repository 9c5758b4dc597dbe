// A Config for tests, built by hand (no environment, no .env files): only the Bedrock part matters here.
import {
  type Auth0Config,
  type BedrockConfig,
  type BedrockCredentials,
  type Config,
  DEV_AUTH0_CLIENT_ID,
  resolveConfig,
} from '@repo/config';
import { devSecrets } from '@repo/config/node';

export interface TestConfigOptions {
  endpoint?: string;
  region?: string;
  credentials: BedrockCredentials;
  chatModelId?: string;
  embeddingModelId?: string;
  embeddingDimensions?: number;
  mode?: BedrockConfig['mode'];
  auth0?: Partial<Config['auth0']>;
}

/** Dev-mode Auth0 settings (no AUTH0_DOMAIN) for the development issuer on `port`, as @repo/config resolves them. */
export function devAuth0Config(port = 4455): Auth0Config {
  return {
    mode: 'dev',
    domain: `localhost:${port}`,
    issuerBaseUrl: `http://localhost:${port}`,
    clientId: DEV_AUTH0_CLIENT_ID,
    clientSecret: devSecrets().clientSecret,
    secret: 'test-cookie-secret-0123456789abcdef0123456789abcdef',
    scope: 'openid profile email offline_access',
    devIdpPort: port,
  };
}

export function testConfig(options: TestConfigOptions): Config {
  return {
    bedrock: {
      mode: options.mode ?? 'aws',
      reason: { ja: 'テスト用の設定です。', en: 'Test configuration.' },
      region: options.region ?? 'us-east-1',
      chatModelId: options.chatModelId ?? 'us.anthropic.claude-sonnet-4-6',
      embeddingModelId: options.embeddingModelId ?? 'amazon.titan-embed-text-v2:0',
      embeddingDimensions: options.embeddingDimensions ?? 1024,
      endpoints: options.endpoint ? { runtime: options.endpoint, controlPlane: options.endpoint } : {},
      credentials: options.credentials,
      emulatorPort: 4010,
    },
    auth0: { ...devAuth0Config(), ...options.auth0 },
    sources: {},
    findings: [],
  };
}

/** The Config a sample resolves in emulator mode (its defaults: region, models), pointed at the emulator on `url`. */
export function emulatorModeConfig(url: string): Config {
  const resolved = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_ENDPOINT_URL_BEDROCK_RUNTIME: url });
  if (!resolved.config) throw new Error(JSON.stringify(resolved.findings));
  return resolved.config;
}
