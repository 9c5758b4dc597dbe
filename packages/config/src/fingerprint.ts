// A short, stable, one-way label for a secret, so output can say "the same key as before"
// without showing any part of it. SHA-256 from @noble/hashes: synchronous (Web Crypto's digest is
// async, which would make every diagnostic async) and the same code in Node and the browser.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** `#` + the first 6 hex digits of SHA-256(secret), e.g. `#3f9a1c`. Reveals nothing usable. */
export function fingerprint(secret: string): string {
  return `#${bytesToHex(sha256(utf8ToBytes(secret))).slice(0, 6)}`;
}
