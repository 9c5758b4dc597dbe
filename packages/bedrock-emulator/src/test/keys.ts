// Credentials for tests: AWS's documented example access keys (@repo/config's fakes), and Bedrock API keys
// generated from them with the real token generator. None of these work anywhere.
import { getToken } from '@aws/bedrock-token-generator';
import {
  FAKE_ACCESS_KEY_ID,
  FAKE_SECRET_ACCESS_KEY,
  FAKE_TEMP_ACCESS_KEY_ID,
  fakeLongTermKey,
  fakeShortTermKey,
} from '@repo/config/testing';

export const IAM_USER_CREDENTIALS = {
  accessKeyId: FAKE_ACCESS_KEY_ID,
  secretAccessKey: FAKE_SECRET_ACCESS_KEY,
};

export const TEMPORARY_CREDENTIALS = {
  accessKeyId: FAKE_TEMP_ACCESS_KEY_ID,
  secretAccessKey: FAKE_SECRET_ACCESS_KEY,
  sessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKENnotreal0123456789',
};

/** A long-term key: `ABSK` + base64(`<user>-at-<account>:<secret>`). */
export const LONG_TERM_KEY = fakeLongTermKey('BedrockAPIKey-test', '111122223333', 'dGVzdC1vbmx5LUVYQU1QTEUta2V5');

export function shortTermKey(
  region: string,
  credentials = IAM_USER_CREDENTIALS,
  expiresInSeconds = 900,
): Promise<string> {
  return getToken({ credentials, region, expiresInSeconds });
}

/** A short-term key signed at `signedAt` (for expired keys): the token generator's shape, with a zero signature. */
export function shortTermKeySignedAt(region: string, signedAt: Date, expiresInSeconds = 900): string {
  return fakeShortTermKey({
    region,
    issuedAt: signedAt,
    expiresInSeconds,
    accessKeyId: IAM_USER_CREDENTIALS.accessKeyId,
  });
}
