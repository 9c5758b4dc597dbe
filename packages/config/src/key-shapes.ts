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
    /^(changeme|change[-_]me|replace[-_]?me|todo|tbd)$/i.test(v)
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

export interface ShortTermKeyInfo {
  kind: 'short-term';
  region?: string;
  issuedAt?: Date;
  expiresAt?: Date;
  /** Who signed it: an IAM user's long-term keys (`AKIA`) or temporary credentials (`ASIA`). */
  signer: 'iam-user' | 'temporary' | 'unknown';
}

export type BearerTokenShape =
  | ShortTermKeyInfo
  | { kind: 'long-term' }
  | { kind: 'malformed'; expected: 'short-term' | 'long-term' }
  | { kind: 'split' }
  | { kind: 'quotes-or-spaces' }
  | { kind: 'bearer-prefix' }
  | { kind: 'placeholder'; placeholder: PlaceholderKind }
  | { kind: 'access-key-id' }
  | { kind: 'secret-access-key' }
  | { kind: 'unrecognized' };

/** Classify an AWS_BEARER_TOKEN_BEDROCK value. Order matters: the most specific mistake wins. */
export function classifyBearerToken(value: string): BearerTokenShape {
  if (/[\r\n]/.test(value.trim())) return { kind: 'split' };
  const placeholder = placeholderKind(value);
  if (placeholder) return { kind: 'placeholder', placeholder };
  if (/^\s*bearer\s+/i.test(value)) return { kind: 'bearer-prefix' };
  if (hasSurroundingQuotesOrSpaces(value)) return { kind: 'quotes-or-spaces' };
  if (looksLikeAccessKeyId(value)) return { kind: 'access-key-id' };
  if (looksLikeSecretAccessKey(value)) return { kind: 'secret-access-key' };
  if (value.startsWith(SHORT_TERM_PREFIX)) return readShortTermKey(value.slice(SHORT_TERM_PREFIX.length));
  if (value.startsWith(LONG_TERM_PREFIX)) {
    const decoded = decodeBase64(value.slice(LONG_TERM_PREFIX.length));
    return decoded && /^[\w+=,.@-]+-at-\d{12}:.+$/s.test(decoded)
      ? { kind: 'long-term' }
      : { kind: 'malformed', expected: 'long-term' };
  }
  return { kind: 'unrecognized' };
}

function readShortTermKey(encoded: string): BearerTokenShape {
  const url = decodeBase64(encoded);
  const query = url?.startsWith('bedrock.amazonaws.com/?') ? url.slice(url.indexOf('?') + 1) : undefined;
  const params = query === undefined ? undefined : new URLSearchParams(query);
  const credential = params?.get('X-Amz-Credential');
  if (params?.get('Action') !== 'CallWithBearerToken' || !credential || !params.get('X-Amz-Signature'))
    return { kind: 'malformed', expected: 'short-term' };
  const [accessKeyId = '', , region] = credential.split('/');
  const issuedAt = parseAmzDate(params.get('X-Amz-Date'));
  const seconds = Number(params.get('X-Amz-Expires'));
  return {
    kind: 'short-term',
    ...(region ? { region } : {}),
    ...(issuedAt ? { issuedAt } : {}),
    ...(issuedAt && Number.isFinite(seconds) ? { expiresAt: new Date(issuedAt.getTime() + seconds * 1000) } : {}),
    signer: accessKeyId.startsWith('AKIA') ? 'iam-user' : accessKeyId.startsWith('ASIA') ? 'temporary' : 'unknown',
  };
}

/** `20250101T120000Z` -> Date. */
function parseAmzDate(value: string | null): Date | undefined {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

/** Standard or URL-safe base64 -> UTF-8 text; undefined when it is not base64 or not text. */
function decodeBase64(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
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
    const shape = classifyBearerToken(value);
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
