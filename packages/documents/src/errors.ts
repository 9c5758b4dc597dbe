import type { Localized } from '@repo/config';

/** Codes a caller can branch on; each message says what is wrong and how to fix it, in Japanese and English. */
export type DocumentsErrorCode =
  | 'database-unreachable'
  | 'pgvector-missing'
  | 'pgvector-not-permitted'
  | 'embedding-dimensions-mismatch'
  | 'embedding-model-mismatch'
  | 'embedding-failed'
  | 'upload-too-large'
  | 'upload-too-much-text'
  | 'upload-too-many-pages'
  | 'upload-too-complex'
  | 'upload-rate-limited'
  | 'upload-filename-invalid'
  | 'upload-not-multipart'
  | 'storage-quota-exceeded'
  | 'share-self'
  | 'upload-type-unsupported'
  | 'upload-empty'
  | 'upload-unreadable'
  | 'upload-duplicate'
  | 'document-not-found'
  | 'share-email-invalid';

/** A problem a user or operator can act on. Never carries a secret (database passwords are masked). */
export class DocumentsError extends Error {
  readonly code: DocumentsErrorCode;
  readonly localized: Localized;
  readonly fix: Localized;
  /** The environment variable or field it is about, when there is one. */
  readonly variable?: string;
  /** HTTP status an API route should answer with. */
  readonly status: number;
  /** For 429: when to try again (the Retry-After header). */
  readonly retryAfterSeconds?: number;

  constructor(init: {
    code: DocumentsErrorCode;
    message: Localized;
    fix: Localized;
    variable?: string;
    status?: number;
    retryAfterSeconds?: number;
  }) {
    super(`${init.message.en} ${init.fix.en}`);
    this.name = 'DocumentsError';
    this.code = init.code;
    this.localized = init.message;
    this.fix = init.fix;
    this.variable = init.variable;
    this.status = init.status ?? 400;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** `postgres://user:****@host:5432/db`: enough to recognise the server, never the password. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL is not a valid URL)';
  }
}
