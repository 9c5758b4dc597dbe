// Who is calling, as Bedrock sees it: a bearer API key (short- or long-term) or a SigV4 signature.
// Only shapes are checked (signatures cannot be verified without AWS's secrets); keys are never stored,
// only a kind and a short fingerprint.
import {
  formatAmzDate,
  fingerprint as keyFingerprint,
  parseAmzDate,
  readApiKey,
  SHORT_TERM_PREFIX,
  type ShortTermKeyFields,
} from '@repo/config';
import { BedrockError } from './errors.ts';
import { memoize } from './memo.ts';

export type AuthKind = 'api-key-short-term' | 'api-key-long-term' | 'api-key-unknown' | 'sigv4' | 'none';

export interface CallerIdentity {
  kind: AuthKind;
  /** @repo/config's `#` + 6 hex digits of SHA-256 of the key (or access key ID): the label doctor and the docs show. */
  fingerprint?: string;
  /** Region the credential is scoped to (short-term keys and SigV4). */
  region?: string;
  /** `AKIA` (IAM user) or `ASIA` (temporary credentials) for short-term keys and SigV4. */
  accessKeyType?: 'long-term' | 'temporary';
}

/** SigV4 accepts requests signed up to 15 minutes away from the server clock. */
const CLOCK_SKEW_MS = 15 * 60 * 1000;

/** The same fingerprint doctor and the docs print for a key, remembered: the same keys come on every request. */
export const fingerprint = memoize(keyFingerprint);

/** @repo/config's key decoder (the one doctor and the docs use), remembered for the same reason. */
const readKey = memoize(readApiKey);

const apiKeyInvalid = () =>
  new BedrockError(
    'UnrecognizedClientException',
    'Authentication failed: Please make sure your API Key is valid.',
    true,
  );

function accessKeyType(akid: string): CallerIdentity['accessKeyType'] {
  if (akid.startsWith('AKIA')) return 'long-term';
  if (akid.startsWith('ASIA')) return 'temporary';
  return undefined;
}

const SIGNER_TYPE: Record<ShortTermKeyFields['signer'], CallerIdentity['accessKeyType']> = {
  'iam-user': 'long-term',
  'temporary-credentials': 'temporary',
  unknown: undefined,
};

/** A key is accepted when it reads as a key (see readApiKey) and, if short-term, is valid here and now. */
function bearer(key: string, region: string, now: Date): CallerIdentity {
  // Neither `ABSK` nor `bedrock-api-key-`: Bedrock answers before reading the key.
  if (!key.startsWith('ABSK') && !key.startsWith(SHORT_TERM_PREFIX)) {
    throw new BedrockError(
      'UnrecognizedClientException',
      'Invalid API Key format: Must start with pre-defined prefix',
      true,
    );
  }
  const reading = readKey(key);
  if (reading.kind === 'long-term') return { kind: 'api-key-long-term', fingerprint: fingerprint(key) };
  if (reading.kind !== 'short-term') throw apiKeyInvalid();
  const { shortTerm } = reading;
  // A short-term key only works in the region it was made for.
  if (shortTerm.region !== region) throw apiKeyInvalid();
  if (Date.parse(shortTerm.issuedAt) - CLOCK_SKEW_MS > now.getTime()) throw apiKeyInvalid();
  if (Date.parse(shortTerm.expiresAt) <= now.getTime()) {
    throw new BedrockError('UnrecognizedClientException', 'Authentication failed: Bearer Token has expired.', true);
  }
  const type = SIGNER_TYPE[shortTerm.signer];
  return {
    kind: 'api-key-short-term',
    fingerprint: fingerprint(key),
    region: shortTerm.region,
    ...(type ? { accessKeyType: type } : {}),
  };
}

function sigv4(header: string, amzDate: string | undefined, region: string, now: Date): CallerIdentity {
  const credential = /Credential=([^,\s]+)/.exec(header)?.[1];
  const signedHeaders = /SignedHeaders=([^,\s]+)/.exec(header)?.[1];
  const signature = /Signature=([0-9a-f]+)/.exec(header)?.[1];
  if (!credential || !signedHeaders || !signature) {
    throw new BedrockError(
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.`,
    );
  }
  const [accessKeyId, date, scopeRegion, service, terminator] = credential.split('/');
  if (!accessKeyId || !date || !scopeRegion || !service || terminator !== 'aws4_request') {
    throw new BedrockError(
      'IncompleteSignatureException',
      `Credential is malformed: ${credential.split('/').slice(1).join('/')}`,
    );
  }
  if (scopeRegion !== region) {
    throw new BedrockError('InvalidSignatureException', `Credential should be scoped to a valid region. `);
  }
  if (service !== 'bedrock') {
    throw new BedrockError('InvalidSignatureException', `Credential should be scoped to correct service: 'bedrock'. `);
  }
  const signedAt = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!signedAt) {
    throw new BedrockError('IncompleteSignatureException', DEFAULT_DATE_MESSAGE);
  }
  if (Math.abs(signedAt.getTime() - now.getTime()) > CLOCK_SKEW_MS) {
    throw new BedrockError(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(new Date(now.getTime() - CLOCK_SKEW_MS))} (${formatAmzDate(now)} - 15 min.)`,
    );
  }
  return {
    kind: 'sigv4',
    fingerprint: fingerprint(accessKeyId),
    region: scopeRegion,
    accessKeyType: accessKeyType(accessKeyId),
  };
}

const DEFAULT_DATE_MESSAGE = 'Authorization header requires existence of either a X-Amz-Date or a Date header.';

/** What kind of credential a request carries, before checking it (for the request log of rejected requests too). */
export function describeCaller(authorization: string | undefined): CallerIdentity {
  if (!authorization) return { kind: 'none' };
  if (/^Bearer\s/i.test(authorization)) {
    const key = authorization.replace(/^Bearer\s+/i, '').trim();
    const kind = key.startsWith(SHORT_TERM_PREFIX)
      ? 'api-key-short-term'
      : key.startsWith('ABSK')
        ? 'api-key-long-term'
        : 'api-key-unknown';
    return { kind, fingerprint: fingerprint(key) };
  }
  const accessKeyId = /Credential=([^/,\s]+)/.exec(authorization)?.[1];
  return { kind: 'sigv4', ...(accessKeyId ? { fingerprint: fingerprint(accessKeyId) } : {}) };
}

/** Identifies the caller from the request headers, or throws the error Bedrock answers with. */
export function authenticate(
  authorization: string | undefined,
  amzDate: string | undefined,
  region: string,
  now = new Date(),
): CallerIdentity {
  if (!authorization) throw new BedrockError('MissingAuthenticationTokenException');
  if (/^Bearer\s/i.test(authorization)) return bearer(authorization.replace(/^Bearer\s+/i, '').trim(), region, now);
  if (authorization.startsWith('AWS4-HMAC-SHA256 ')) return sigv4(authorization, amzDate, region, now);
  throw new BedrockError('IncompleteSignatureException', `Authorization header is not a supported scheme.`);
}
