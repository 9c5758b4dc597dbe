// Credentials for tests: AWS's documented example access keys, and Bedrock API keys generated from them
// with the real token generator. None of these work anywhere.
import { createHash, createHmac } from 'node:crypto';
import { getToken } from '@aws/bedrock-token-generator';
import { SignatureV4 } from '@smithy/signature-v4';

export const IAM_USER_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

export const TEMPORARY_CREDENTIALS = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKENnotreal0123456789',
};

/** A long-term key's shape: `ABSK` + base64(`<user>-at-<account>:<secret>`). */
export const LONG_TERM_KEY = `ABSK${Buffer.from('BedrockAPIKey-test-at-111122223333:dGVzdC1vbmx5LUVYQU1QTEUta2V5').toString('base64')}`;

export function shortTermKey(
  region: string,
  credentials = IAM_USER_CREDENTIALS,
  expiresInSeconds = 900,
): Promise<string> {
  return getToken({ credentials, region, expiresInSeconds });
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret ? createHmac('sha256', toBytes(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(toBytes(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

/** A short-term key signed at `signedAt`, built like the token generator does (for expired keys). */
export async function shortTermKeySignedAt(region: string, signedAt: Date, expiresInSeconds = 900): Promise<string> {
  const signer = new SignatureV4({ service: 'bedrock', region, credentials: IAM_USER_CREDENTIALS, sha256: Sha256 });
  const presigned = await signer.presign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: 'bedrock.amazonaws.com',
      path: '/',
      headers: { host: 'bedrock.amazonaws.com' },
      query: { Action: 'CallWithBearerToken' },
    },
    { expiresIn: expiresInSeconds, signingDate: signedAt },
  );
  const query = Object.entries(presigned.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  const url = `bedrock.amazonaws.com/?${query}&Version=1`;
  return `bedrock-api-key-${Buffer.from(url, 'utf8').toString('base64')}`;
}
