// Short-term Bedrock API keys generated from IAM credentials, cached and refreshed ahead of expiry.
// One refresher per Config: every client made from that Config shares its keys.

import { getToken } from '@aws/bedrock-token-generator';
import { fingerprint, inspectApiKey } from '@repo/config';
import { BedrockCredentialError, summarizeCause, withIamTimeout } from './errors.ts';

/** The shape every AWS credential provider returns (kept local: no dependency on @smithy/types). */
export interface AwsCredentialIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

export interface GeneratedKey {
  token: string;
  /** When Bedrock stops accepting it: the key's own expiry, or the signing credentials' expiry if earlier. */
  expiresAt: Date;
  fingerprint: string;
}

export interface KeyRefresherOptions {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  /** Requested key lifetime (1..43200 s). Default 3600: short keys limit the damage of a leak. */
  lifetimeSeconds?: number;
  /**
   * Refresh when less than this is left (default 600 s, at most half the lifetime). The AWS SDK asks for a new
   * token 5 minutes before expiry, so the margin must be larger for both to agree.
   */
  refreshMarginSeconds?: number;
  /** A refresh (credentials + signing) that takes longer fails with a clear error. Default 10 s. */
  timeoutMs?: number;
  now?: () => Date;
  /** Key maker; defaults to `getToken` from @aws/bedrock-token-generator. */
  generate?: (credentials: AwsCredentialIdentity, region: string, expiresInSeconds: number) => Promise<string>;
}

export interface KeyRefresher {
  /** A valid key: the cached one, or a fresh one. Concurrent callers share one refresh. */
  getKey(): Promise<GeneratedKey>;
  /** How many keys have been generated (for tests and doctor). */
  readonly generations: number;
}

const defaultGenerate = (credentials: AwsCredentialIdentity, region: string, expiresInSeconds: number) =>
  getToken({ credentials, region, expiresInSeconds });

export function createKeyRefresher(options: KeyRefresherOptions): KeyRefresher {
  const lifetime = options.lifetimeSeconds ?? 3600;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > 43200) {
    throw new RangeError('lifetimeSeconds must be an integer from 1 to 43200');
  }
  const margin = Math.min(options.refreshMarginSeconds ?? 600, lifetime / 2) * 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  const generate = options.generate ?? defaultGenerate;

  let current: GeneratedKey | undefined;
  let inFlight: Promise<GeneratedKey> | undefined;
  let generations = 0;

  async function refresh(): Promise<GeneratedKey> {
    const identity = await options.credentials();
    const token = await generate(identity, options.region, lifetime);
    generations++;
    // X-Amz-Date has whole seconds, so Bedrock's expiry can be up to a second earlier than "now + lifetime".
    // Read it from the key (real clock) and carry the remaining time over to the cache's clock (`now`, which
    // tests move by hand).
    const inspected = inspectApiKey(token);
    const remainingMs =
      inspected.kind === 'short-term' ? Date.parse(inspected.shortTerm.expiresAt) - Date.now() : lifetime * 1000;
    let expiresAt = new Date(now().getTime() + Math.min(remainingMs, lifetime * 1000));
    if (identity.expiration && identity.expiration < expiresAt) expiresAt = identity.expiration;
    return { token, expiresAt, fingerprint: fingerprint(token) };
  }

  function startRefresh(): Promise<GeneratedKey> {
    inFlight ??= withIamTimeout(refresh(), timeoutMs)
      .then((key) => {
        current = key;
        return key;
      })
      .catch((error: unknown) => {
        if (error instanceof BedrockCredentialError) throw error;
        throw new BedrockCredentialError(
          'generated-key-failed',
          {
            ja: 'IAM 認証情報から短期 API キーを生成できませんでした。AWS_PROFILE や AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY、SSO のログイン状態を確認してください（`aws sts get-caller-identity` で確認できます）。',
            en: 'Could not generate a short-term API key from IAM credentials. Check AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY and your SSO login (`aws sts get-caller-identity` tells you).',
          },
          summarizeCause(error),
        );
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    get generations() {
      return generations;
    },
    async getKey() {
      const t = now().getTime();
      if (current && t < current.expiresAt.getTime() - margin) return current;
      try {
        return await startRefresh();
      } catch (error) {
        // Refreshing ahead of time failed but the current key still works: keep using it, retry next call.
        if (current && t < current.expiresAt.getTime() - 5_000) return current;
        throw error;
      }
    },
  };
}
