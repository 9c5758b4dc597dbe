import type { Localized } from '@repo/config';

export type BedrockCredentialErrorCode =
  | 'iam-credentials-unavailable'
  | 'iam-credentials-timeout'
  | 'generated-key-failed'
  | 'api-key-mode-no-iam';

/**
 * A credential could not be produced. The message says what to do in both languages (`localized`); the
 * English text is also the Error message. It never includes a key or secret: causes are reduced to their
 * error name and a redacted message.
 */
export class BedrockCredentialError extends Error {
  override readonly name = 'BedrockCredentialError';
  constructor(
    readonly code: BedrockCredentialErrorCode,
    readonly localized: Localized,
    /** The underlying error's name and redacted message, for diagnosis. */
    readonly causeSummary?: string,
  ) {
    super(causeSummary ? `${localized.en} (${causeSummary})` : localized.en);
  }
}

/** Removes every occurrence of the given secrets, and anything shaped like a Bedrock API key or an AWS secret. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  // Anything shaped like a Bedrock API key or an AWS secret, whoever's it is.
  return out
    .replace(/bedrock-api-key-[A-Za-z0-9+/=_-]+/g, 'bedrock-api-key-[redacted]')
    .replace(/ABSK[A-Za-z0-9+/=]{16,}/g, 'ABSK[redacted]')
    .replace(/(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g, '[redacted]');
}

/** `Name: message` of any thrown value, redacted, short. */
export function summarizeCause(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return redact(`${name}: ${message}`, secrets).slice(0, 300);
}

/** Producing IAM credentials (or a key signed with them) took longer than `timeoutMs`. */
export function iamTimeoutError(timeoutMs: number): BedrockCredentialError {
  const seconds = Math.round(timeoutMs / 1000);
  return new BedrockCredentialError('iam-credentials-timeout', {
    ja: `IAM 認証情報の取得が ${seconds} 秒以内に終わりませんでした（SSO のログイン待ちや、到達できないメタデータサービスの可能性があります）。`,
    en: `Getting IAM credentials did not finish within ${seconds} s (an SSO login waiting, or an unreachable metadata service).`,
  });
}

/** `promise`, or `iamTimeoutError` once `timeoutMs` have passed; the timer never outlives the race. */
export function withIamTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(iamTimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
