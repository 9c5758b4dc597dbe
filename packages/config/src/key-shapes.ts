// What a credential value looks like, read offline and without ever returning the value itself.
// Formats (AWS documentation and measured keys):
// - short-term Bedrock API key: `bedrock-api-key-` + base64 of a SigV4 presigned URL
//   (`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=<AKID>/<date>/<region>/bedrock/aws4_request&X-Amz-Date=...&X-Amz-Expires=...`);
// - long-term Bedrock API key: `ABSK` + base64(`<IAM user>-at-<12-digit account>:<secret>`);
// - IAM access key ID: 20 characters, `AKIA` (long-term) or `ASIA` (temporary); secret access key: 40 characters.
import { fingerprint } from './fingerprint.ts';
import type { Localized } from './types.ts';

export const SHORT_TERM_PREFIX = 'bedrock-api-key-';
export const LONG_TERM_PREFIX = 'ABSK';
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+]{40}$/;

export type PlaceholderKind = 'guide' | 'template';

/**
 * Values people leave in from a guide or template: the guide's `XXXX...`, `<your key>`, `{key}`,
 * `${KEY}`, `your-...`, `...-here`, `changeme`.
 */
export function placeholderKind(value: string): PlaceholderKind | undefined {
  const v = value.trim();
  if (/^[xX*]{4,}$/.test(v) || /^(?=.*x{4})[xX\-_.]{6,}$/i.test(v)) return 'guide';
  if (/^<.*>$/.test(v) || /^\{.*\}$/.test(v) || /^\$\{.*\}$/.test(v) || /^\[.*\]$/.test(v)) return 'template';
  if (/<[^<>]+>/.test(v)) return 'template';
  if (
    /^(your|my)[-_ ]/i.test(v) ||
    /[-_ ]here$/i.test(v) ||
    /^(your|my)[-_ ]?(api[-_ ]?)?key/i.test(v) ||
    /^(changeme|change[-_]me|replace[-_]?me|todo|tbd|\.\.\.)$/i.test(v)
  )
    return 'template';
  return undefined;
}

export function hasSurroundingQuotesOrSpaces(value: string): boolean {
  return value !== value.trim() || /^["'`].*|.*["'`]$/s.test(value);
}

export function looksLikeAccessKeyId(value: string): boolean {
  return ACCESS_KEY_ID.test(value);
}

export function looksLikeSecretAccessKey(value: string): boolean {
  return SECRET_ACCESS_KEY.test(value) && !ACCESS_KEY_ID.test(value);
}

/** The usual things people paste instead of a key. */
export type KeyMistake =
  | 'empty'
  | 'placeholder'
  | 'access-key-id'
  | 'secret-access-key'
  | 'quoted'
  | 'whitespace'
  | 'multiline'
  | 'bearer-prefix'
  | 'assignment'
  | 'damaged-short-term'
  | 'damaged-long-term'
  | 'unrecognized';

export interface ShortTermKeyFields {
  region: string;
  /** ISO 8601, UTC. */
  issuedAt: string;
  expiresAt: string;
  lifetimeSeconds: number;
  /** `iam-user`: signed with long-lived access keys (AKIA); `temporary-credentials`: a role/SSO session (ASIA). */
  signer: 'iam-user' | 'temporary-credentials' | 'unknown';
}

export interface LongTermKeyFields {
  iamUserName: string;
  accountId: string;
}

/** What a Bedrock API key value says about itself: only non-secret fields, or the mistake it shows. */
export type ApiKeyReading =
  | { kind: 'short-term'; shortTerm: ShortTermKeyFields }
  | { kind: 'long-term'; longTerm: LongTermKeyFields }
  | { kind: 'not-a-key'; mistake: KeyMistake };

/** Read an AWS_BEARER_TOKEN_BEDROCK value. Order matters: the most specific mistake wins. */
export function readApiKey(value: string): ApiKeyReading {
  const mistake = findMistake(value);
  if (mistake) return mistake;
  if (value.startsWith(SHORT_TERM_PREFIX)) {
    const shortTerm = decodeShortTerm(value.slice(SHORT_TERM_PREFIX.length));
    return shortTerm ? { kind: 'short-term', shortTerm } : notAKey('damaged-short-term');
  }
  if (value.startsWith(LONG_TERM_PREFIX)) {
    const longTerm = decodeLongTerm(value.slice(LONG_TERM_PREFIX.length));
    return longTerm ? { kind: 'long-term', longTerm } : notAKey('damaged-long-term');
  }
  return notAKey('unrecognized');
}

function notAKey(mistake: KeyMistake): ApiKeyReading {
  return { kind: 'not-a-key', mistake };
}

function findMistake(value: string): ApiKeyReading | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return notAKey('empty');
  if (/[\r\n]/.test(trimmed)) return notAKey('multiline');
  if (placeholderKind(value)) return notAKey('placeholder');
  if (/^\s*bearer\s+/i.test(value)) return notAKey('bearer-prefix');
  if (/^["'`]|["'`]$/.test(trimmed)) return notAKey('quoted');
  if (trimmed !== value) return notAKey('whitespace');
  if (/^(export\s+)?[A-Z_][A-Z0-9_]*\s*=/.test(value)) return notAKey('assignment');
  if (looksLikeAccessKeyId(value)) return notAKey('access-key-id');
  if (looksLikeSecretAccessKey(value) && !value.startsWith(LONG_TERM_PREFIX)) return notAKey('secret-access-key');
  return undefined;
}

/** AWS caps a short-term key at 12 hours; a longer one was not made by AWS. */
const MAX_SHORT_TERM_LIFETIME = 43200;

/** The presigned URL as AWS makes it: SigV4 for the `bedrock` service, a hex signature, at most 12 hours. */
function decodeShortTerm(encoded: string): ShortTermKeyFields | undefined {
  const url = decodeBase64(encoded);
  if (!url || !/^bedrock\.[a-z0-9.-]*amazonaws\.com\/\?/.test(url)) return undefined;
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  if (params.get('Action') !== 'CallWithBearerToken' || params.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256')
    return undefined;
  if (!/^[0-9a-f]{64}$/.test(params.get('X-Amz-Signature') ?? '')) return undefined;
  const [accessKeyId, , region, service, terminator, ...rest] = params.get('X-Amz-Credential')?.split('/') ?? [];
  if (!accessKeyId || !region || service !== 'bedrock' || terminator !== 'aws4_request' || rest.length)
    return undefined;
  const issuedAt = parseAmzDate(params.get('X-Amz-Date'));
  const lifetimeSeconds = Number(params.get('X-Amz-Expires'));
  if (!issuedAt || !Number.isInteger(lifetimeSeconds) || lifetimeSeconds <= 0) return undefined;
  if (lifetimeSeconds > MAX_SHORT_TERM_LIFETIME) return undefined;
  return {
    region,
    issuedAt: issuedAt.toISOString(),
    expiresAt: new Date(issuedAt.getTime() + lifetimeSeconds * 1000).toISOString(),
    lifetimeSeconds,
    signer: accessKeyId.startsWith('AKIA')
      ? 'iam-user'
      : accessKeyId.startsWith('ASIA')
        ? 'temporary-credentials'
        : 'unknown',
  };
}

/** `<IAM user name>-at-<12-digit account>:<secret>`; the user name may itself contain `-at-`. */
function decodeLongTerm(encoded: string): LongTermKeyFields | undefined {
  const text = decodeBase64(encoded);
  const colon = text?.indexOf(':') ?? -1;
  if (!text || colon < 0 || colon === text.length - 1) return undefined;
  const m = /^([\w+=,.@-]+)-at-(\d{12})$/.exec(text.slice(0, colon));
  return m ? { iamUserName: m[1] as string, accountId: m[2] as string } : undefined;
}

/** Date -> SigV4's `X-Amz-Date` (`20250101T120000Z`). */
export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** SigV4's `X-Amz-Date` (`20250101T120000Z`) -> Date; undefined when it is not one. */
export function parseAmzDate(value: string | null | undefined): Date | undefined {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Standard or URL-safe base64, padded or not -> UTF-8 text; undefined when it is not base64 or not text. */
function decodeBase64(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return undefined;
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A safe description of a secret for output: its kind, its length and a fingerprint. Never more
 * of the value than a 4-character public prefix (`ABSK`, `AKIA`, `ASIA`).
 */
export function describeSecret(name: string, value: string): Localized {
  const fp = fingerprint(value);
  const len = { ja: `${value.length} 文字`, en: `${value.length} chars` };
  const kind = secretKind(name, value);
  return { ja: `${kind.ja}（${len.ja}、${fp}）`, en: `${kind.en} (${len.en}, ${fp})` };
}

function secretKind(name: string, value: string): Localized {
  if (name === 'AWS_BEARER_TOKEN_BEDROCK') {
    const shape = readApiKey(value);
    if (shape.kind === 'short-term') return { ja: '短期 API キー', en: 'short-term API key' };
    if (shape.kind === 'long-term') return { ja: '長期 API キー ABSK…', en: 'long-term API key ABSK…' };
    return { ja: 'API キーの形式ではない値', en: 'value not shaped like an API key' };
  }
  if (name === 'AWS_ACCESS_KEY_ID' && looksLikeAccessKeyId(value)) {
    return value.startsWith('ASIA')
      ? { ja: '一時的なアクセスキー ID ASIA…', en: 'temporary access key ID ASIA…' }
      : { ja: 'アクセスキー ID AKIA…', en: 'access key ID AKIA…' };
  }
  return { ja: '秘密の値', en: 'secret value' };
}
