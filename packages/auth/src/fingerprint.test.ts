import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretFingerprint, sha256Hex } from './fingerprint.ts';

describe('sha256Hex', () => {
  it('matches node:crypto for empty, short, block-boundary, long and non-ASCII input', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(1000), '日本語のキー']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('secretFingerprint', () => {
  it('is short, stable and different for different values', () => {
    expect(secretFingerprint('one')).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(secretFingerprint('one')).toBe(secretFingerprint('one'));
    expect(secretFingerprint('one')).not.toBe(secretFingerprint('two'));
  });
});
