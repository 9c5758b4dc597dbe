// Who is calling, as Bedrock sees it: a bearer API key (short- or long-term) or a SigV4 signature.
// Only shapes are checked (signatures cannot be verified without AWS's secrets); keys are never stored,
// only a kind and a short fingerprint.
import { fingerprint as keyFingerprint } from '@repo/config';
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

const SHORT_TERM_PREFIX = 'bedrock-api-key-';
const MAX_SHORT_TERM_EXPIRES = 43200;
/** SigV4 accepts requests signed up to 15 minutes away from the server clock. */
const CLOCK_SKEW_MS = 15 * 60 * 1000;

/** The same fingerprint doctor and the docs print for a key, remembered: the same keys come on every request. */
export const fingerprint = memoize(keyFingerprint);

const apiKeyInvalid = () =>
  new BedrockError(
    'UnrecognizedClientException',
    'Authentication failed: Please make sure your API Key is valid.',
    true,
  );

/** Parses `X-Amz-Date` (`YYYYMMDDTHHMMSSZ`). */
export function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function accessKeyType(akid: string): CallerIdentity['accessKeyType'] {
  if (akid.startsWith('AKIA')) return 'long-term';
  if (akid.startsWith('ASIA')) return 'temporary';
  return undefined;
}

export interface ShortTermKey {
  region: string;
  accessKeyId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** Decodes a `bedrock-api-key-` key (base64 of a presigned URL without `https://`), or undefined when malformed. */
export function decodeShortTermKey(key: string): ShortTermKey | undefined {
  return cachedDecode(key) ?? undefined;
}

const cachedDecode = memoize((key: string): ShortTermKey | null => decode(key) ?? null);

function decode(key: string): ShortTermKey | undefined {
  if (!key.startsWith(SHORT_TERM_PREFIX)) return undefined;
  const encoded = key.slice(SHORT_TERM_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  let url: URL;
  try {
    url = new URL(`https://${Buffer.from(encoded, 'base64').toString('utf8')}`);
  } catch {
    return undefined;
  }
  const q = url.searchParams;
  if (url.hostname !== 'bedrock.amazonaws.com' || q.get('Action') !== 'CallWithBearerToken') return undefined;
  if (q.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || !/^[0-9a-f]{64}$/.test(q.get('X-Amz-Signature') ?? '')) {
    return undefined;
  }
  const scope = (q.get('X-Amz-Credential') ?? '').split('/');
  const [accessKeyId, , region, service, terminator] = scope;
  if (scope.length !== 5 || !accessKeyId || !region || service !== 'bedrock' || terminator !== 'aws4_request') {
    return undefined;
  }
  const issuedAt = parseAmzDate(q.get('X-Amz-Date') ?? '');
  const expires = Number(q.get('X-Amz-Expires'));
  if (!issuedAt || !Number.isInteger(expires) || expires <= 0 || expires > MAX_SHORT_TERM_EXPIRES) return undefined;
  return { region, accessKeyId, issuedAt, expiresAt: new Date(issuedAt.getTime() + expires * 1000) };
}

/** A long-term key: `ABSK` + base64(`<user>-at-<12-digit account>:<secret>`). */
export const isWellFormedLongTermKey = memoize((key: string): boolean => {
  if (!key.startsWith('ABSK')) return false;
  const encoded = key.slice(4);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  return /^[\w+=,.@-]+-at-\d{12}:.+$/s.test(decoded);
});

function bearer(key: string, region: string, now: Date): CallerIdentity {
  if (key.startsWith('ABSK')) {
    if (!isWellFormedLongTermKey(key)) throw apiKeyInvalid();
    return { kind: 'api-key-long-term', fingerprint: fingerprint(key) };
  }
  const decoded = decodeShortTermKey(key);
  if (!decoded) throw apiKeyInvalid();
  // A short-term key only works in the region it was made for.
  if (decoded.region !== region) throw apiKeyInvalid();
  if (decoded.issuedAt.getTime() - CLOCK_SKEW_MS > now.getTime()) throw apiKeyInvalid();
  if (decoded.expiresAt.getTime() <= now.getTime()) {
    throw new BedrockError('UnrecognizedClientException', 'Authentication failed: Bearer Token has expired.', true);
  }
  return {
    kind: 'api-key-short-term',
    fingerprint: fingerprint(key),
    region: decoded.region,
    accessKeyType: accessKeyType(decoded.accessKeyId),
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

function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

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
