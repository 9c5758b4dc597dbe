// Obviously fake credentials with the exact shapes of real ones, for tests and docs examples (also
// `@repo/config/testing`, which @repo/auth's test helpers build on).
// Account 000000000000 / 123456789012, "EXAMPLE" access keys and zero signatures: they work nowhere.
import { formatAmzDate } from './key-shapes.ts';

export interface FakeShortTermKeyOptions {
  region?: string;
  /** Signing time: a Date or SigV4's `YYYYMMDDTHHMMSSZ`. */
  issuedAt?: Date | string;
  expiresInSeconds?: number;
  /** `AKIA...` (IAM user) or `ASIA...` (temporary credentials; the key then carries a fake session token). */
  accessKeyId?: string;
  /** 64 hex digits. */
  signature?: string;
  sessionToken?: string;
}

/** A short-term Bedrock API key: `bedrock-api-key-` + base64 of a presigned-URL shape. */
export function fakeShortTermKey(options: FakeShortTermKeyOptions = {}): string {
  const region = options.region ?? 'us-east-1';
  const issuedAt = amzDate(options.issuedAt ?? '20261124T120000Z');
  const accessKeyId = options.accessKeyId ?? 'ASIAIOSFODNN7EXAMPLE';
  const sessionToken = options.sessionToken ?? 'FAKE-SESSION-TOKEN-EXAMPLE';
  const query = [
    'Action=CallWithBearerToken',
    'X-Amz-Algorithm=AWS4-HMAC-SHA256',
    `X-Amz-Credential=${encodeURIComponent(`${accessKeyId}/${issuedAt.slice(0, 8)}/${region}/bedrock/aws4_request`)}`,
    `X-Amz-Date=${issuedAt}`,
    `X-Amz-Expires=${options.expiresInSeconds ?? 43200}`,
    ...(accessKeyId.startsWith('ASIA') ? [`X-Amz-Security-Token=${encodeURIComponent(sessionToken)}`] : []),
    `X-Amz-Signature=${options.signature ?? '0'.repeat(64)}`,
    'X-Amz-SignedHeaders=host',
    'Version=1',
  ].join('&');
  return `bedrock-api-key-${btoa(`bedrock.amazonaws.com/?${query}`)}`;
}

/** A string is taken as already in SigV4's `20261124T120000Z` form. */
function amzDate(date: Date | string): string {
  return typeof date === 'string' ? date : formatAmzDate(date);
}

/** A long-term Bedrock API key: `ABSK` + base64(`<user>-at-<account>:<secret>`). */
export function fakeLongTermKey(
  user = 'BedrockAPIKey-test',
  accountId = '123456789012',
  secret = 'fake-secret-for-tests-only-0000000000',
): string {
  return `ABSK${btoa(`${user}-at-${accountId}:${secret}`)}`;
}

/** AWS's documented example access key pair. */
export const FAKE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const FAKE_TEMP_ACCESS_KEY_ID = 'ASIAIOSFODNN7EXAMPLE';
export const FAKE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
/** 64 hex characters, as `openssl rand -hex 32` prints. */
export const FAKE_AUTH0_SECRET = '3f9a1c0e7b5d2a4f6c8e0b1d3f5a7c9e2b4d6f8a0c1e3a5b7d9f1c3e5a7b9d0f';
