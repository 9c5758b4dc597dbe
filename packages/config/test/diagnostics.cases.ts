// Bad or unusual .env files and the finding each must produce. Used by diagnostics.test.ts (one test
// per case, both languages, no secret in the output) and parity.test.ts (every code is reachable).
import {
  FAKE_ACCESS_KEY_ID,
  FAKE_AUTH0_SECRET,
  FAKE_SECRET_ACCESS_KEY,
  FAKE_TEMP_ACCESS_KEY_ID,
  fakeLongTermKey,
  fakeShortTermKey,
} from '../src/fake-keys.ts';
import type { FindingCode } from '../src/findings.ts';
import type { Severity } from '../src/types.ts';

export interface DiagnosticCase {
  name: string;
  env: string;
  expect: { code: FindingCode; variable?: string; severity: Severity };
  /** Text the finding's fix must contain in both languages (e.g. the exact model ID to use). */
  fixIncludes?: string;
  /** Extra secret values to look for in the output (secret variables' values are added automatically). */
  secrets?: string[];
  /** Checked as under NODE_ENV=production. */
  production?: boolean;
}

/** Fixed clock for expiry checks: one hour after the fake short-term keys were issued. */
export const CASE_NOW = new Date('2026-11-24T13:00:00Z');

const LONG = fakeLongTermKey();
const SHORT = fakeShortTermKey({ region: 'us-east-1' });
const SHORT_WEST = fakeShortTermKey({ region: 'us-west-2' });
const SHORT_OLD = fakeShortTermKey({ issuedAt: '20261123T080000Z' });
const SHORT_ENDING = fakeShortTermKey({ issuedAt: '20261124T122000Z', expiresInSeconds: 3600 });
const aws = (extra: string) => `AWS_BEARER_TOKEN_BEDROCK=${LONG}\nAWS_REGION=us-east-1\n${extra}`;
const tenant = (extra: string) =>
  `AUTH0_DOMAIN=example.jp.auth0.com\nAUTH0_CLIENT_ID=AbCdEf0123456789\nAUTH0_CLIENT_SECRET=fake-client-secret-0123456789abcdef\nAUTH0_SECRET=${FAKE_AUTH0_SECRET}\n${extra}`;

export const CASES: DiagnosticCase[] = [
  // .env text
  {
    name: 'same variable twice',
    env: 'AWS_REGION=us-east-1\nAWS_REGION=us-west-2\n',
    expect: { code: 'duplicate-variable', variable: 'AWS_REGION', severity: 'warning' },
  },
  {
    name: 'line without =',
    env: 'AWS_REGION us-east-1\n',
    expect: { code: 'stray-line', severity: 'warning' },
  },
  {
    name: 'misspelled name',
    env: 'AWS_REGOIN=us-east-1\n',
    expect: { code: 'unknown-variable', variable: 'AWS_REGOIN', severity: 'warning' },
    fixIncludes: 'AWS_REGION',
  },
  {
    name: 'nextjs-auth0 v3 name',
    env: 'AUTH0_BASE_URL=http://localhost:3000\n',
    expect: { code: 'unknown-variable', variable: 'AUTH0_BASE_URL', severity: 'warning' },
    fixIncludes: 'APP_BASE_URL',
  },
  // single values
  {
    name: 'API key in nested quotes',
    env: `AWS_BEARER_TOKEN_BEDROCK="'${LONG}'"\nAWS_REGION=us-east-1\n`,
    expect: { code: 'value-quotes-or-spaces', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    secrets: [LONG],
  },
  {
    name: 'client ID with spaces inside quotes',
    env: tenant('').replace('AUTH0_CLIENT_ID=AbCdEf0123456789', 'AUTH0_CLIENT_ID=" AbCdEf0123456789 "'),
    expect: { code: 'value-quotes-or-spaces', variable: 'AUTH0_CLIENT_ID', severity: 'error' },
  },
  {
    name: 'API key left as <...>',
    env: 'AWS_BEARER_TOKEN_BEDROCK=<your-api-key>\nAWS_REGION=us-east-1\n',
    expect: { code: 'placeholder-value', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'domain with <tenant> placeholder',
    env: tenant('').replace('AUTH0_DOMAIN=example.jp.auth0.com', 'AUTH0_DOMAIN=<your-tenant>.jp.auth0.com'),
    expect: { code: 'placeholder-value', variable: 'AUTH0_DOMAIN', severity: 'error' },
  },
  {
    name: 'secret access key left as {...}',
    env: `AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY={secret-access-key}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'placeholder-value', variable: 'AWS_SECRET_ACCESS_KEY', severity: 'error' },
  },
  {
    name: "the guide's XXXX API key",
    env: 'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX\nAWS_REGION=us-east-1\n',
    expect: { code: 'guide-placeholder', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: "the guide appendix's XXXX access key",
    env: 'AWS_ACCESS_KEY_ID=XXXXXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nAWS_REGION=us-east-1\n',
    expect: { code: 'guide-placeholder', variable: 'AWS_ACCESS_KEY_ID', severity: 'error' },
  },
  {
    name: 'unknown mode',
    env: 'BEDROCK_MODE=bedrock\n',
    expect: { code: 'invalid-choice', variable: 'BEDROCK_MODE', severity: 'error' },
    fixIncludes: 'auto | aws | emulator',
  },
  {
    name: 'unknown auth method',
    env: aws('BEDROCK_AUTH=apikey\n'),
    expect: { code: 'invalid-choice', variable: 'BEDROCK_AUTH', severity: 'error' },
  },
  {
    name: 'port out of range',
    env: 'BEDROCK_EMULATOR_PORT=70000\n',
    expect: { code: 'invalid-port', variable: 'BEDROCK_EMULATOR_PORT', severity: 'error' },
  },
  {
    name: 'port not a number',
    env: 'DEV_IDP_PORT=auto\n',
    expect: { code: 'invalid-port', variable: 'DEV_IDP_PORT', severity: 'error' },
  },
  {
    name: 'endpoint without scheme',
    env: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME=localhost:4010\n',
    expect: { code: 'invalid-url', variable: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME', severity: 'error' },
    fixIncludes: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME=http://localhost:4010',
  },
  {
    name: 'app base URL with another scheme',
    env: 'APP_BASE_URL=ftp://localhost:3000\n',
    expect: { code: 'invalid-url', variable: 'APP_BASE_URL', severity: 'error' },
  },
  {
    name: 'dimensions with a decimal point',
    env: 'BEDROCK_EMBEDDING_DIMENSIONS=1024.0\n',
    expect: { code: 'invalid-integer', variable: 'BEDROCK_EMBEDDING_DIMENSIONS', severity: 'error' },
  },
  // aliases
  {
    name: 'old BEDROCK_REGION',
    env: 'BEDROCK_REGION=us-west-2\n',
    expect: { code: 'alias-used', variable: 'BEDROCK_REGION', severity: 'warning' },
    fixIncludes: 'AWS_REGION',
  },
  {
    name: 'old BEDROCK_CHAT_MODEL_ID',
    env: 'BEDROCK_CHAT_MODEL_ID=us.anthropic.claude-sonnet-4-6\n',
    expect: { code: 'alias-used', variable: 'BEDROCK_CHAT_MODEL_ID', severity: 'warning' },
    fixIncludes: 'BEDROCK_MODEL_ID',
  },
  {
    name: 'AWS CLI region name alone',
    env: 'AWS_DEFAULT_REGION=ap-northeast-1\n',
    expect: { code: 'alias-used', variable: 'AWS_DEFAULT_REGION', severity: 'warning' },
  },
  {
    name: 'old and new region disagree',
    env: 'AWS_REGION=us-east-1\nBEDROCK_REGION=us-west-2\n',
    expect: { code: 'alias-conflict', variable: 'BEDROCK_REGION', severity: 'error' },
  },
  {
    name: 'AWS CLI region disagrees',
    env: 'AWS_REGION=us-east-1\nAWS_DEFAULT_REGION=eu-west-1\n',
    expect: { code: 'alias-conflict', variable: 'AWS_DEFAULT_REGION', severity: 'error' },
  },
  // region
  {
    name: 'long-term key without region',
    env: `AWS_BEARER_TOKEN_BEDROCK=${LONG}\n`,
    expect: { code: 'region-missing', variable: 'AWS_REGION', severity: 'error' },
  },
  {
    name: "short-term key without region uses the key's",
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT}\n`,
    expect: { code: 'region-default', variable: 'AWS_REGION', severity: 'info' },
    fixIncludes: 'AWS_REGION=us-east-1',
  },
  {
    name: 'region in capitals',
    env: aws('').replace('AWS_REGION=us-east-1', 'AWS_REGION=US-EAST-1'),
    expect: { code: 'region-invalid', variable: 'AWS_REGION', severity: 'error' },
    fixIncludes: 'AWS_REGION=us-east-1',
  },
  {
    name: 'availability zone instead of region',
    env: aws('').replace('AWS_REGION=us-east-1', 'AWS_REGION=ap-northeast-1a'),
    expect: { code: 'region-invalid', variable: 'AWS_REGION', severity: 'error' },
    fixIncludes: 'AWS_REGION=ap-northeast-1',
  },
  {
    name: 'city name instead of region',
    env: 'AWS_REGION=tokyo\n',
    expect: { code: 'region-invalid', variable: 'AWS_REGION', severity: 'error' },
  },
  {
    name: 'region without Bedrock',
    env: aws('').replace('AWS_REGION=us-east-1', 'AWS_REGION=cn-north-1'),
    expect: { code: 'region-not-bedrock', variable: 'AWS_REGION', severity: 'error' },
  },
  // models
  {
    name: 'no model set with AWS',
    env: aws(''),
    expect: { code: 'model-id-default', variable: 'BEDROCK_MODEL_ID', severity: 'info' },
  },
  {
    name: 'model name instead of ID',
    env: aws('BEDROCK_MODEL_ID=Claude Sonnet 4.5\n'),
    expect: { code: 'model-id-malformed', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
  },
  {
    name: 'model not in the catalog',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-future-9-v1:0\n'),
    expect: { code: 'model-unknown', variable: 'BEDROCK_MODEL_ID', severity: 'warning' },
  },
  {
    name: 'Claude Sonnet 4.6 base ID in us-east-1',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-sonnet-4-6\n'),
    expect: { code: 'model-needs-inference-profile', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'Claude Sonnet 4.6 base ID in Tokyo',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-sonnet-4-6\n').replace(
      'AWS_REGION=us-east-1',
      'AWS_REGION=ap-northeast-1',
    ),
    expect: { code: 'model-needs-inference-profile', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'BEDROCK_MODEL_ID=jp.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'Claude Haiku 4.5 base ID in Osaka: the jp. profile, not global.',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-haiku-4-5-20251001-v1:0\n').replace(
      'AWS_REGION=us-east-1',
      'AWS_REGION=ap-northeast-3',
    ),
    expect: { code: 'model-needs-inference-profile', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'BEDROCK_MODEL_ID=jp.anthropic.claude-haiku-4-5-20251001-v1:0',
  },
  {
    name: 'a model with only global. in Tokyo: the fix says where data is processed',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-opus-4-5-20251101-v1:0\n').replace(
      'AWS_REGION=us-east-1',
      'AWS_REGION=ap-northeast-1',
    ),
    expect: { code: 'model-needs-inference-profile', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'global.anthropic.claude-opus-4-5-20251101-v1:0',
  },
  {
    name: 'us. profile called from Tokyo',
    env: aws('BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-6\n').replace(
      'AWS_REGION=us-east-1',
      'AWS_REGION=ap-northeast-1',
    ),
    expect: { code: 'model-profile-wrong-region', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'jp.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'Claude Opus 4.1 in Tokyo',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-opus-4-1-20250805-v1:0\n').replace(
      'AWS_REGION=us-east-1',
      'AWS_REGION=ap-northeast-1',
    ),
    expect: { code: 'model-not-in-region', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
  },
  {
    name: "the guide's Claude 3 Sonnet, past its end of life",
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0\n'),
    expect: { code: 'model-end-of-life', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'Claude 3 Haiku: end of life disputed between sources, so a warning the account can overrule',
    env: aws('BEDROCK_MODEL_ID=anthropic.claude-3-haiku-20240307-v1:0\n'),
    expect: { code: 'model-legacy', variable: 'BEDROCK_MODEL_ID', severity: 'warning' },
    fixIncludes: 'BEDROCK_MODEL_ID=us.anthropic.claude-haiku-4-5-20251001-v1:0',
  },
  {
    name: 'Claude Sonnet 4.5, legacy',
    env: aws('BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-5-20250929-v1:0\n'),
    expect: { code: 'model-legacy', variable: 'BEDROCK_MODEL_ID', severity: 'warning' },
    fixIncludes: 'BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-6',
  },
  {
    name: 'embedding model as chat model',
    env: aws('BEDROCK_MODEL_ID=amazon.titan-embed-text-v2:0\n'),
    expect: { code: 'model-kind-mismatch', variable: 'BEDROCK_MODEL_ID', severity: 'error' },
    fixIncludes: 'BEDROCK_EMBEDDING_MODEL_ID',
  },
  {
    name: 'chat model as embedding model',
    env: aws('BEDROCK_EMBEDDING_MODEL_ID=amazon.nova-lite-v1:0\n'),
    expect: { code: 'model-kind-mismatch', variable: 'BEDROCK_EMBEDDING_MODEL_ID', severity: 'error' },
  },
  {
    name: 'Titan V2 with 768 dimensions',
    env: 'BEDROCK_EMBEDDING_DIMENSIONS=768\n',
    expect: { code: 'embedding-dimensions-unsupported', variable: 'BEDROCK_EMBEDDING_DIMENSIONS', severity: 'error' },
    fixIncludes: '1024',
  },
  {
    name: "the guide's Titan V1 with 1024 dimensions",
    env: 'BEDROCK_EMBEDDING_MODEL_ID=amazon.titan-embed-text-v1\nBEDROCK_EMBEDDING_DIMENSIONS=1024\n',
    expect: { code: 'embedding-dimensions-unsupported', variable: 'BEDROCK_EMBEDDING_DIMENSIONS', severity: 'error' },
    fixIncludes: '1536',
  },
  // Bedrock API key
  {
    name: 'API key broken over two lines',
    env: `AWS_BEARER_TOKEN_BEDROCK=${LONG.slice(0, 40)}\n${LONG.slice(40)}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-multiline', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    secrets: [LONG, LONG.slice(0, 40), LONG.slice(40)],
  },
  {
    name: 'API key broken inside double quotes',
    env: `AWS_BEARER_TOKEN_BEDROCK="${SHORT.slice(0, 50)}\n${SHORT.slice(50)}"\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-multiline', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    secrets: [SHORT],
  },
  {
    name: 'access key ID pasted as API key',
    env: `AWS_BEARER_TOKEN_BEDROCK=${FAKE_ACCESS_KEY_ID}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-access-key-id', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'secret access key pasted as API key',
    env: `AWS_BEARER_TOKEN_BEDROCK=${FAKE_SECRET_ACCESS_KEY}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-secret-access-key', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'Authorization header value pasted',
    env: `AWS_BEARER_TOKEN_BEDROCK="Bearer ${LONG}"\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-bearer-prefix', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    secrets: [LONG],
  },
  {
    name: 'short-term key cut off',
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT.slice(0, 80)}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-damaged-short-term', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'long-term key cut off',
    env: `AWS_BEARER_TOKEN_BEDROCK=${LONG.slice(0, 30)}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-damaged-long-term', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'another provider’s key',
    env: 'AWS_BEARER_TOKEN_BEDROCK=sk-ant-api03-fake-key-for-tests-0000000000\nAWS_REGION=us-east-1\n',
    expect: { code: 'api-key-unrecognized', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'short-term key from yesterday',
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT_OLD}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-expired', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
  },
  {
    name: 'short-term key from another region',
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT_WEST}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-wrong-region', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    fixIncludes: 'AWS_REGION=us-west-2',
  },
  {
    name: 'another tool’s assignment pasted as the value',
    env: `AWS_BEARER_TOKEN_BEDROCK=BEDROCK_API_KEY=${LONG}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-assignment', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'error' },
    secrets: [LONG],
  },
  {
    name: 'short-term key with minutes left',
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT_ENDING}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-expiring-soon', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'warning' },
  },
  {
    name: 'short-term key signed by a role session',
    env: `AWS_BEARER_TOKEN_BEDROCK=${SHORT}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'api-key-temporary-signer', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'info' },
  },
  {
    name: 'long-term key in use',
    env: aws('BEDROCK_MODEL_ID=us.anthropic.claude-sonnet-4-6\n'),
    expect: { code: 'api-key-long-term', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'info' },
  },
  // IAM
  {
    name: 'access key ID without secret',
    env: `AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-access-key-pair-incomplete', variable: 'AWS_SECRET_ACCESS_KEY', severity: 'error' },
  },
  {
    name: 'secret without access key ID',
    env: `AWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-access-key-pair-incomplete', variable: 'AWS_ACCESS_KEY_ID', severity: 'error' },
  },
  {
    name: 'access key ID too short',
    env: `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-access-key-id-malformed', variable: 'AWS_ACCESS_KEY_ID', severity: 'error' },
  },
  {
    name: 'secret access key missing a character',
    env: `AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY.slice(1)}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-secret-access-key-malformed', variable: 'AWS_SECRET_ACCESS_KEY', severity: 'error' },
  },
  {
    name: 'access key pair swapped',
    env: `AWS_ACCESS_KEY_ID=${FAKE_SECRET_ACCESS_KEY}\nAWS_SECRET_ACCESS_KEY=${FAKE_ACCESS_KEY_ID}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-access-keys-swapped', variable: 'AWS_ACCESS_KEY_ID', severity: 'error' },
  },
  {
    name: 'temporary credentials without session token',
    env: `AWS_ACCESS_KEY_ID=${FAKE_TEMP_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-session-token-missing', variable: 'AWS_SESSION_TOKEN', severity: 'error' },
  },
  {
    name: 'leftover session token with a long-term key',
    env: `AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\nAWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEFAKEFAKEFAKE\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-session-token-unexpected', variable: 'AWS_SESSION_TOKEN', severity: 'warning' },
  },
  {
    name: 'profile next to access keys',
    env: `AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\nAWS_PROFILE=bedrock-poc\nAWS_REGION=us-east-1\n`,
    expect: { code: 'aws-profile-ignored', variable: 'AWS_PROFILE', severity: 'info' },
  },
  {
    name: 'API key next to access keys',
    env: aws(`AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${FAKE_SECRET_ACCESS_KEY}\n`),
    expect: { code: 'iam-ignored-for-api-key', variable: 'AWS_ACCESS_KEY_ID', severity: 'info' },
  },
  // mode and credential source
  {
    name: 'empty file: the emulator',
    env: '',
    expect: { code: 'bedrock-mode-emulator', variable: 'BEDROCK_MODE', severity: 'info' },
  },
  {
    name: 'api-key auth without a key',
    env: 'BEDROCK_MODE=aws\nBEDROCK_AUTH=api-key\nAWS_REGION=us-east-1\n',
    expect: { code: 'bedrock-auth-missing-api-key', variable: 'BEDROCK_AUTH', severity: 'error' },
  },
  {
    name: 'iam auth with a key set',
    env: aws('BEDROCK_AUTH=iam\n'),
    expect: { code: 'bedrock-auth-ignores-api-key', variable: 'AWS_BEARER_TOKEN_BEDROCK', severity: 'warning' },
  },
  {
    name: 'aws mode with nothing configured',
    env: 'BEDROCK_MODE=aws\nAWS_REGION=us-east-1\n',
    expect: { code: 'aws-credentials-from-chain', severity: 'warning' },
  },
  // Auth0
  {
    name: 'no Auth0 domain: dev issuer',
    env: '# nothing set yet\n',
    expect: { code: 'auth0-dev-issuer', variable: 'AUTH0_DOMAIN', severity: 'info' },
  },
  {
    name: 'domain with a path',
    env: tenant('').replace('AUTH0_DOMAIN=example.jp.auth0.com', 'AUTH0_DOMAIN=https://example.jp.auth0.com/authorize'),
    expect: { code: 'auth0-domain-invalid', variable: 'AUTH0_DOMAIN', severity: 'error' },
    fixIncludes: 'AUTH0_DOMAIN=example.jp.auth0.com',
  },
  {
    name: 'domain pointing at localhost',
    env: tenant('').replace('AUTH0_DOMAIN=example.jp.auth0.com', 'AUTH0_DOMAIN=http://localhost:4455'),
    expect: { code: 'auth0-domain-local', variable: 'AUTH0_DOMAIN', severity: 'error' },
  },
  {
    name: 'domain with http://',
    env: tenant('').replace('AUTH0_DOMAIN=example.jp.auth0.com', 'AUTH0_DOMAIN=http://example.jp.auth0.com/'),
    expect: { code: 'auth0-domain-http', variable: 'AUTH0_DOMAIN', severity: 'warning' },
  },
  {
    name: 'domain without client settings',
    env: 'AUTH0_DOMAIN=https://example.jp.auth0.com/\n',
    expect: { code: 'auth0-variable-missing', variable: 'AUTH0_CLIENT_SECRET', severity: 'error' },
  },
  {
    name: 'client ID without domain',
    env: 'AUTH0_CLIENT_ID=AbCdEf0123456789\n',
    expect: { code: 'auth0-settings-without-domain', variable: 'AUTH0_CLIENT_ID', severity: 'warning' },
  },
  {
    name: 'short AUTH0_SECRET',
    env: tenant('').replace(`AUTH0_SECRET=${FAKE_AUTH0_SECRET}`, 'AUTH0_SECRET=fake-short-secret'),
    expect: { code: 'auth0-secret-too-short', variable: 'AUTH0_SECRET', severity: 'error' },
  },
  {
    name: 'AUTH0_SECRET copied from a quickstart',
    env: tenant('').replace(
      `AUTH0_SECRET=${FAKE_AUTH0_SECRET}`,
      'AUTH0_SECRET=use_a_long_secret_value_at_least_32_characters_long',
    ),
    expect: { code: 'auth0-secret-weak', variable: 'AUTH0_SECRET', severity: 'warning' },
  },
  // NODE_ENV=production
  {
    name: 'production without an Auth0 tenant',
    env: 'BEDROCK_MODE=emulator\nAUTH0_SECRET=9c1e5a7f3b2d8e0a4c6f1b3d5e7a9c2e4f6a8b0d1c3e5f7a9b2d4c6e8f0a1b3d\n',
    production: true,
    expect: { code: 'production-dev-issuer', variable: 'AUTH0_DOMAIN', severity: 'error' },
  },
  {
    name: 'production with the dev issuer explicitly allowed',
    env: 'ALLOW_DEV_ISSUER_IN_PRODUCTION=true\nAUTH0_SECRET=9c1e5a7f3b2d8e0a4c6f1b3d5e7a9c2e4f6a8b0d1c3e5f7a9b2d4c6e8f0a1b3d\n',
    production: true,
    expect: { code: 'production-dev-issuer-allowed', variable: 'ALLOW_DEV_ISSUER_IN_PRODUCTION', severity: 'warning' },
  },
  {
    name: 'production with the dev issuer and no AUTH0_SECRET',
    env: 'ALLOW_DEV_ISSUER_IN_PRODUCTION=true\n',
    production: true,
    expect: { code: 'production-secret-missing', variable: 'AUTH0_SECRET', severity: 'error' },
  },
  {
    name: 'production with a quickstart AUTH0_SECRET',
    env: tenant('').replace(
      `AUTH0_SECRET=${FAKE_AUTH0_SECRET}`,
      'AUTH0_SECRET=replace-with-a-long-random-value-0123456789',
    ),
    production: true,
    expect: { code: 'production-secret-weak', variable: 'AUTH0_SECRET', severity: 'error' },
  },
  {
    name: 'production with the test AUTH0_SECRET published in this repository',
    env: tenant('BEDROCK_MODE=emulator\n'),
    production: true,
    expect: { code: 'production-secret-known', variable: 'AUTH0_SECRET', severity: 'error' },
  },
  {
    name: 'production with an old public dev session secret',
    env: tenant('').replace(
      `AUTH0_SECRET=${FAKE_AUTH0_SECRET}`,
      'AUTH0_SECRET=dev-session-secret-not-for-production-0000000000000000',
    ),
    production: true,
    expect: { code: 'production-secret-known', variable: 'AUTH0_SECRET', severity: 'error' },
  },
  {
    name: 'scopes separated by commas',
    env: 'AUTH0_SCOPE=read:calendar,write:calendar\n',
    expect: { code: 'auth0-scope-format', variable: 'AUTH0_SCOPE', severity: 'warning' },
    fixIncludes: 'read:calendar write:calendar',
  },
];

/** Codes only the Node loader can produce (files and the real environment): covered in node.test.ts. */
/** Key values only the key inspector sees: an empty .env value means "not set" to the diagnostics. */
export const INSPECTOR_ONLY_KEYS: readonly { value: string; code: FindingCode }[] = [
  { value: '', code: 'api-key-empty' },
];

export const NODE_ONLY_CODES: readonly FindingCode[] = ['env-file-not-found', 'overridden-by-environment'];
