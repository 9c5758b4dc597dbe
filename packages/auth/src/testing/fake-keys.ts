// Obviously fake, well-formed Bedrock API keys for tests: @repo/config's generator with defaults for code that
// runs against a clock (signed now, by an IAM user). The signature and secret are repeated test markers: they
// would never authenticate anywhere.
import {
  fakeLongTermKey as configFakeLongTermKey,
  fakeShortTermKey as configFakeShortTermKey,
} from '@repo/config/testing';

export interface FakeShortTermKeyOptions {
  region?: string;
  /** Signing time; defaults to now. */
  issuedAt?: Date;
  expiresInSeconds?: number;
  /** `AKIA...` (IAM user) or `ASIA...` (temporary credentials). */
  accessKeyId?: string;
  /** Makes keys with otherwise equal fields differ (a different fake signature). */
  salt?: string;
}

export function fakeShortTermKey(options: FakeShortTermKeyOptions = {}): string {
  return configFakeShortTermKey({
    region: options.region ?? 'us-east-1',
    issuedAt: options.issuedAt ?? new Date(),
    accessKeyId: options.accessKeyId ?? 'AKIAFAKEFAKEFAKE0000',
    ...(options.expiresInSeconds !== undefined ? { expiresInSeconds: options.expiresInSeconds } : {}),
    signature: `${'0fa4e'.repeat(12)}${(options.salt ?? '').padEnd(4, '0')}`.slice(0, 64),
    sessionToken: 'FAKE-SESSION-TOKEN//test',
  });
}

export function fakeLongTermKey(userName = 'BedrockAPIKey-test', accountId = '123456789012', secret?: string): string {
  return configFakeLongTermKey(userName, accountId, secret ?? 'fakeSecretForTestsOnly0000000000000000000000');
}
