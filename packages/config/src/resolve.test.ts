import { describe, expect, it } from 'vitest';
import { EMULATOR_API_KEY } from './emulator-key.ts';
import {
  FAKE_ACCESS_KEY_ID,
  FAKE_AUTH0_SECRET,
  FAKE_SECRET_ACCESS_KEY,
  fakeLongTermKey,
  fakeShortTermKey,
} from './fake-keys.ts';
import { fingerprint } from './fingerprint.ts';
import { describeSecret, readApiKey } from './key-shapes.ts';
import { resolveConfig } from './resolve.ts';

const NOW = { now: new Date('2026-11-24T13:00:00Z') };
const LONG = fakeLongTermKey();

describe('Bedrock mode and credential precedence', () => {
  it('nothing set: emulator mode, the emulator key, the local endpoint', () => {
    const { config } = resolveConfig({});
    expect(config?.bedrock).toMatchObject({
      mode: 'emulator',
      region: 'us-east-1',
      credentials: { source: 'emulator', apiKey: EMULATOR_API_KEY },
      endpoints: { runtime: 'http://127.0.0.1:4010', controlPlane: 'http://127.0.0.1:4010' },
      emulatorPort: 4010,
      embeddingModelId: 'amazon.titan-embed-text-v2:0',
      embeddingDimensions: 1024,
    });
    expect(config?.bedrock.reason.en).toContain('No Bedrock credential');
  });

  it('emulator endpoint follows BEDROCK_EMULATOR_PORT, or an explicit endpoint', () => {
    expect(resolveConfig({ BEDROCK_EMULATOR_PORT: '5999' }).config?.bedrock.endpoints).toEqual({
      runtime: 'http://127.0.0.1:5999',
      controlPlane: 'http://127.0.0.1:5999',
    });
    const custom = resolveConfig({
      BEDROCK_MODE: 'emulator',
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://localhost:7000',
    });
    expect(custom.config?.bedrock.endpoints).toEqual({
      runtime: 'http://localhost:7000',
      controlPlane: 'http://localhost:7000',
    });
  });

  it('an API key selects AWS; it wins over IAM keys (with a note)', () => {
    const { config } = resolveConfig(
      {
        AWS_BEARER_TOKEN_BEDROCK: LONG,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY,
      },
      {},
      NOW,
    );
    expect(config?.bedrock.mode).toBe('aws');
    expect(config?.bedrock.credentials).toEqual({ source: 'api-key', apiKey: LONG, keyKind: 'long-term' });
    expect(config?.bedrock.endpoints).toEqual({});
    expect(config?.findings.map((f) => f.code)).toContain('iam-ignored-for-api-key');
  });

  it('IAM keys alone: iam credentials with the explicit settings', () => {
    const { config } = resolveConfig({
      AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY,
      AWS_REGION: 'ap-northeast-1',
    });
    expect(config?.bedrock.credentials).toEqual({
      source: 'iam',
      iam: { accessKeyId: FAKE_ACCESS_KEY_ID, secretAccessKey: FAKE_SECRET_ACCESS_KEY },
    });
    expect(config?.bedrock.chatModelId).toBe('jp.anthropic.claude-sonnet-4-6');
  });

  it('BEDROCK_AUTH=generated-api-key with a profile', () => {
    const { config } = resolveConfig({
      BEDROCK_AUTH: 'generated-api-key',
      AWS_PROFILE: 'sso',
      AWS_REGION: 'us-west-2',
    });
    expect(config?.bedrock.credentials).toEqual({ source: 'generated-api-key', iam: { profile: 'sso' } });
    expect(config?.bedrock.mode).toBe('aws');
  });

  it('BEDROCK_MODE=emulator keeps the emulator even with IAM keys; an API key is passed to it', () => {
    const iam = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_PROFILE: 'x' });
    expect(iam.config?.bedrock.credentials.source).toBe('emulator');
    const key = resolveConfig({ BEDROCK_MODE: 'emulator', AWS_BEARER_TOKEN_BEDROCK: LONG });
    expect(key.config?.bedrock).toMatchObject({ mode: 'emulator', credentials: { source: 'api-key' } });
  });

  it("a short-term key's region is used when AWS_REGION is unset", () => {
    const key = fakeShortTermKey({ region: 'eu-central-1' });
    const { config } = resolveConfig({ AWS_BEARER_TOKEN_BEDROCK: key }, {}, NOW);
    expect(config?.bedrock.region).toBe('eu-central-1');
    expect(config?.bedrock.credentials).toMatchObject({ keyKind: 'short-term' });
  });

  it('alias values are used under the canonical name', () => {
    const { config } = resolveConfig({
      BEDROCK_REGION: 'us-west-2',
      BEDROCK_CHAT_MODEL_ID: 'us.amazon.nova-lite-v1:0',
      BEDROCK_EMBEDDING_DIMENSIONS: '256',
    });
    expect(config?.bedrock).toMatchObject({
      region: 'us-west-2',
      chatModelId: 'us.amazon.nova-lite-v1:0',
      embeddingDimensions: 256,
    });
  });
});

describe('Auth0', () => {
  it("dev mode defaults: the local issuer, its client, and the checkout's dev secrets", () => {
    const devSecrets = {
      sessionSecret: 'a1'.repeat(32),
      clientSecret: 'b2'.repeat(32),
      fgaClientSecret: 'c3'.repeat(32),
    };
    const { config } = resolveConfig({ DEV_IDP_PORT: '4999', AUTH0_SCOPE: 'read:calendar openid' }, {}, { devSecrets });
    expect(config?.auth0).toMatchObject({
      mode: 'dev',
      domain: 'localhost:4999',
      issuerBaseUrl: 'http://localhost:4999',
      clientId: 'auth0-ai-samples-dev',
      clientSecret: devSecrets.clientSecret,
      secret: devSecrets.sessionSecret,
      scope: 'openid profile email offline_access read:calendar',
      devIdpPort: 4999,
    });
  });

  it("without the checkout's dev secrets (the browser checker), fresh random ones: nothing fixed signs a session", () => {
    const first = resolveConfig({}).config?.auth0;
    const second = resolveConfig({}).config?.auth0;
    expect(first?.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.secret).not.toBe(second?.secret);
    expect(first?.clientSecret).not.toBe(second?.clientSecret);
  });

  it.each([
    'example.jp.auth0.com',
    'https://example.jp.auth0.com',
    'https://example.jp.auth0.com/',
    'EXAMPLE.jp.auth0.com/',
  ])('tenant domain %s is normalised', (domain) => {
    const { config } = resolveConfig({
      AUTH0_DOMAIN: domain,
      AUTH0_CLIENT_ID: 'id',
      AUTH0_CLIENT_SECRET: 'fake-client-secret',
      AUTH0_SECRET: FAKE_AUTH0_SECRET,
      AUTH0_AUDIENCE: 'https://api.example.com',
      APP_BASE_URL: 'https://app.example.com',
    });
    expect(config?.auth0).toMatchObject({
      mode: 'tenant',
      domain: 'example.jp.auth0.com',
      issuerBaseUrl: 'https://example.jp.auth0.com',
      audience: 'https://api.example.com',
      appBaseUrl: 'https://app.example.com',
    });
  });
});

describe('APP_BASE_URL', () => {
  it('accepts a comma-separated list (as the Auth0 SDK does), and rejects a list with a bad entry', () => {
    const list = 'http://localhost:3000, http://localhost:3001';
    expect(resolveConfig({ APP_BASE_URL: list }).config?.auth0.appBaseUrl).toBe(list);
    const bad = resolveConfig({ APP_BASE_URL: 'http://localhost:3000,localhost:3001' });
    expect(bad.findings.find((f) => f.code === 'invalid-url')?.variable).toBe('APP_BASE_URL');
  });
});

describe('keys and fingerprints', () => {
  it('EMULATOR_API_KEY is a well-formed long-term key of a fake account', () => {
    expect(readApiKey(EMULATOR_API_KEY)).toEqual({
      kind: 'long-term',
      longTerm: { iamUserName: 'BedrockAPIKey-emulator', accountId: '000000000000' },
    });
    expect(atob(EMULATOR_API_KEY.slice(4))).toMatch(/^BedrockAPIKey-emulator-at-000000000000:/);
  });

  it('reads region, expiry and signer of a short-term key', () => {
    const shape = readApiKey(fakeShortTermKey({ region: 'ap-northeast-1', expiresInSeconds: 3600 }));
    expect(shape).toEqual({
      kind: 'short-term',
      shortTerm: {
        region: 'ap-northeast-1',
        issuedAt: '2026-11-24T12:00:00.000Z',
        expiresAt: '2026-11-24T13:00:00.000Z',
        lifetimeSeconds: 3600,
        signer: 'temporary-credentials',
      },
    });
  });

  it('fingerprint is short, stable, and differs between keys', () => {
    expect(fingerprint(LONG)).toMatch(/^#[0-9a-f]{6}$/);
    expect(fingerprint(LONG)).toBe(fingerprint(LONG));
    expect(fingerprint(LONG)).not.toBe(fingerprint(EMULATOR_API_KEY));
    // SHA-256("abc") starts with ba7816bf (FIPS 180-2 test vector).
    expect(fingerprint('abc')).toBe('#ba7816');
  });

  it('describeSecret shows kind, length and fingerprint only', () => {
    expect(describeSecret('AWS_BEARER_TOKEN_BEDROCK', LONG).en).toBe(
      `long-term API key ABSK… (${LONG.length} chars, ${fingerprint(LONG)})`,
    );
    expect(describeSecret('AWS_ACCESS_KEY_ID', FAKE_ACCESS_KEY_ID).ja).toContain('アクセスキー ID AKIA…');
  });
});
