// readApiKey reads only what AWS could have made: the emulator accepts exactly these keys.
import { describe, expect, it } from 'vitest';
import { fakeShortTermKey } from './fake-keys.ts';
import { readApiKey } from './key-shapes.ts';

/** A fake short-term key whose presigned URL has one query parameter replaced. */
function withParam(name: string, value: string): string {
  const url = atob(fakeShortTermKey().slice('bedrock-api-key-'.length));
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  params.set(name, value);
  return `bedrock-api-key-${btoa(`bedrock.amazonaws.com/?${params}`)}`;
}

describe('readApiKey: short-term keys AWS would not have made are damaged', () => {
  it('reads the well-formed fake', () => {
    expect(readApiKey(withParam('Version', '1')).kind).toBe('short-term');
  });

  it.each([
    ['a lifetime over 12 hours', 'X-Amz-Expires', '43201'],
    ['a lifetime that is not whole seconds', 'X-Amz-Expires', '60.5'],
    ['another signing algorithm', 'X-Amz-Algorithm', 'AWS4-HMAC-SHA1'],
    ['a signature that is not 64 hex digits', 'X-Amz-Signature', 'not-a-signature'],
    ['a scope for another service', 'X-Amz-Credential', 'ASIAIOSFODNN7EXAMPLE/20261124/us-east-1/s3/aws4_request'],
    ['a scope without the terminator', 'X-Amz-Credential', 'ASIAIOSFODNN7EXAMPLE/20261124/us-east-1/bedrock/x'],
  ])('%s', (_name, param, value) => {
    expect(readApiKey(withParam(param, value))).toEqual({ kind: 'not-a-key', mistake: 'damaged-short-term' });
  });
});
