import { inspectApiKey, readApiKey } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { authenticate, fingerprint } from './auth.ts';
import { BedrockError } from './errors.ts';
import { LONG_TERM_KEY, shortTermKey, shortTermKeySignedAt, TEMPORARY_CREDENTIALS } from './test/keys.ts';

function failure(fn: () => unknown): BedrockError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BedrockError) return error;
    throw error;
  }
  throw new Error('expected a BedrockError');
}

describe('short-term keys (made by @aws/bedrock-token-generator)', () => {
  it('decodes region, issue time and expiry (with @repo/config readApiKey, the decoder the emulator uses)', async () => {
    const before = Date.now();
    const key = await shortTermKey('ap-northeast-1', undefined, 600);
    const reading = readApiKey(key);
    const decoded = reading.kind === 'short-term' ? reading.shortTerm : undefined;
    expect(decoded?.region).toBe('ap-northeast-1');
    // Signed with the IAM user's access key AKIAIOSFODNN7EXAMPLE: the decoder names the signer kind, not the ID.
    expect(decoded?.signer).toBe('iam-user');
    expect(Math.abs(Date.parse(decoded?.issuedAt ?? '') - before)).toBeLessThan(5_000);
    expect(Date.parse(decoded?.expiresAt ?? '') - Date.parse(decoded?.issuedAt ?? '')).toBe(600_000);
    expect(decoded?.lifetimeSeconds).toBe(600);
  });

  it('accepts a valid key in its own region and tells temporary credentials apart', async () => {
    const key = await shortTermKey('us-east-1', TEMPORARY_CREDENTIALS);
    const caller = authenticate(`Bearer ${key}`, undefined, 'us-east-1');
    expect(caller).toMatchObject({ kind: 'api-key-short-term', region: 'us-east-1', accessKeyType: 'temporary' });
    expect(caller.fingerprint).toBe(fingerprint(key));
    // The label doctor and the docs' key inspector show for the same key.
    expect(caller.fingerprint).toBe(inspectApiKey(key).fingerprint);
    expect(caller.fingerprint).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('rejects a key from another region as Bedrock does (403, capitalised Message)', async () => {
    const key = await shortTermKey('eu-west-1');
    const error = failure(() => authenticate(`Bearer ${key}`, undefined, 'us-east-1'));
    expect(error.status).toBe(403);
    expect(JSON.parse(error.body())).toEqual({
      Message: 'Authentication failed: Please make sure your API Key is valid.',
    });
  });

  it('answers a key with no known prefix in Bedrock words', () => {
    const error = failure(() => authenticate('Bearer sk-not-a-bedrock-key', undefined, 'us-east-1'));
    expect(error.status).toBe(403);
    expect(JSON.parse(error.body())).toEqual({ Message: 'Invalid API Key format: Must start with pre-defined prefix' });
  });

  it('rejects an expired key', async () => {
    const key = shortTermKeySignedAt('us-east-1', new Date(Date.now() - 3 * 3600_000), 3600);
    const reading = readApiKey(key);
    expect(reading.kind === 'short-term' && reading.shortTerm.region).toBe('us-east-1');
    const error = failure(() => authenticate(`Bearer ${key}`, undefined, 'us-east-1'));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/expired/);
  });

  it('rejects tampered and truncated keys', async () => {
    const key = await shortTermKey('us-east-1');
    for (const bad of [key.slice(0, 40), `${key}!!`, 'bedrock-api-key-', 'bedrock-api-key-bm90IGEgdXJs']) {
      expect(failure(() => authenticate(`Bearer ${bad}`, undefined, 'us-east-1')).status).toBe(403);
    }
  });
});

describe('long-term keys', () => {
  it('accepts a well-formed ABSK key', () => {
    expect(readApiKey(LONG_TERM_KEY).kind).toBe('long-term');
    expect(authenticate(`Bearer ${LONG_TERM_KEY}`, undefined, 'us-east-1').kind).toBe('api-key-long-term');
  });
  it('rejects a malformed one', () => {
    const bad = `ABSK${Buffer.from('no-account-here:secret').toString('base64')}`;
    expect(failure(() => authenticate(`Bearer ${bad}`, undefined, 'us-east-1')).status).toBe(403);
  });
});

describe('SigV4', () => {
  const now = new Date('2026-01-02T03:04:05Z');
  const header = (scope: string) =>
    `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260102/${scope}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'ab'.repeat(32)}`;

  it('accepts a signature scoped to the region and service', () => {
    expect(authenticate(header('us-east-1/bedrock'), '20260102T030405Z', 'us-east-1', now)).toMatchObject({
      kind: 'sigv4',
      accessKeyType: 'long-term',
    });
  });
  it('rejects another region, another service and a stale date', () => {
    expect(
      failure(() => authenticate(header('eu-west-1/bedrock'), '20260102T030405Z', 'us-east-1', now)).exception,
    ).toBe('InvalidSignatureException');
    expect(failure(() => authenticate(header('us-east-1/s3'), '20260102T030405Z', 'us-east-1', now)).message).toMatch(
      /correct service/,
    );
    expect(
      failure(() => authenticate(header('us-east-1/bedrock'), '20260101T000000Z', 'us-east-1', now)).message,
    ).toMatch(/Signature expired/);
  });
  it('answers a request with no credentials with MissingAuthenticationTokenException', () => {
    expect(failure(() => authenticate(undefined, undefined, 'us-east-1')).exception).toBe(
      'MissingAuthenticationTokenException',
    );
  });
});
