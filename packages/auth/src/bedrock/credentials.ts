// One credential source per Config, as @repo/config resolved it (see the README for the precedence):
//   api-key            -> a bearer key; the IAM chain is never consulted (a stale AWS_PROFILE cannot break it)
//   generated-api-key  -> short-term keys generated from the IAM chain, cached and refreshed
//   iam                -> the IAM chain, SigV4
//   emulator           -> the emulator's demo bearer key

import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { BedrockConfig, Config, IamSettings, Localized } from '@repo/config';
import { BedrockCredentialError, summarizeCause, withIamTimeout } from './errors.ts';
import {
  type AwsCredentialIdentity,
  type AwsCredentialIdentityProvider,
  createKeyRefresher,
  type KeyRefresher,
} from './key-refresher.ts';

export interface BearerToken {
  token: string;
  /** Unset for keys whose expiry we do not manage (configured keys). */
  expiresAt?: Date;
  fingerprint?: string;
}

export type BedrockAuth =
  | {
      scheme: 'bearer';
      source: 'api-key' | 'emulator' | 'generated-api-key';
      /** The current key: constant for configured keys, refreshed for generated ones. */
      token: () => Promise<BearerToken>;
      /** Present for generated keys. */
      refresher?: KeyRefresher;
      description: Localized;
    }
  | {
      scheme: 'sigv4';
      source: 'iam';
      credentials: AwsCredentialIdentityProvider;
      description: Localized;
    };

export interface AuthOptions {
  /** Lifetime of generated keys in seconds (default 3600). */
  generatedKeyLifetimeSeconds?: number;
  /** Refresh margin for generated keys in seconds (default 600). */
  refreshMarginSeconds?: number;
  /** Time limit for producing IAM credentials (default 10 000 ms). */
  credentialTimeoutMs?: number;
  /** Clock for the generated-key cache. */
  now?: () => Date;
}

/** The IAM chain for these settings: explicit keys, a named profile, or AWS's standard chain. */
export function iamCredentialProvider(iam: IamSettings, timeoutMs = 10_000): AwsCredentialIdentityProvider {
  let provider: AwsCredentialIdentityProvider;
  if (iam.accessKeyId && iam.secretAccessKey) {
    const identity: AwsCredentialIdentity = {
      accessKeyId: iam.accessKeyId,
      secretAccessKey: iam.secretAccessKey,
      ...(iam.sessionToken ? { sessionToken: iam.sessionToken } : {}),
    };
    provider = async () => identity;
  } else {
    // The standard chain (profile incl. SSO and role assumption, web identity, container, instance metadata).
    provider = fromNodeProviderChain(iam.profile ? { profile: iam.profile } : {});
  }
  const secrets = [iam.secretAccessKey, iam.sessionToken];
  return async () => {
    try {
      return await withIamTimeout(provider(), timeoutMs);
    } catch (error) {
      if (error instanceof BedrockCredentialError) throw error;
      const where = iam.profile ? `AWS_PROFILE=${iam.profile}` : 'AWS_ACCESS_KEY_ID / AWS_PROFILE / SSO';
      throw new BedrockCredentialError(
        'iam-credentials-unavailable',
        {
          ja: `IAM 認証情報が見つかりません（${where}）。プロファイル名、~/.aws/config と ~/.aws/credentials、SSO のログイン（aws sso login）を確認してください。API キーを使う場合は AWS_BEARER_TOKEN_BEDROCK を設定してください。`,
          en: `No IAM credentials could be loaded (${where}). Check the profile name, ~/.aws/config and ~/.aws/credentials, and your SSO login (aws sso login). To use an API key instead, set AWS_BEARER_TOKEN_BEDROCK.`,
        },
        summarizeCause(error, secrets),
      );
    }
  };
}

const DESCRIPTIONS: Record<BedrockConfig['credentials']['source'], Localized> = {
  'api-key': {
    ja: 'AWS_BEARER_TOKEN_BEDROCK の API キー（IAM の認証情報チェーンは使いません）',
    en: 'the API key in AWS_BEARER_TOKEN_BEDROCK (the IAM credential chain is not used)',
  },
  'generated-api-key': {
    ja: 'IAM 認証情報から自動生成・更新する短期 API キー',
    en: 'short-term API keys generated and refreshed from IAM credentials',
  },
  iam: { ja: 'IAM 認証情報（SigV4 署名）', en: 'IAM credentials (SigV4 signing)' },
  emulator: { ja: 'エミュレーターのデモ用キー', en: "the emulator's demo key" },
};

function buildAuth(bedrock: BedrockConfig, options: AuthOptions): BedrockAuth {
  const credentials = bedrock.credentials;
  const description = DESCRIPTIONS[credentials.source];
  switch (credentials.source) {
    case 'api-key':
    case 'emulator': {
      const token: BearerToken = { token: credentials.apiKey };
      return { scheme: 'bearer', source: credentials.source, token: async () => token, description };
    }
    case 'generated-api-key': {
      const refresher = createKeyRefresher({
        region: bedrock.region,
        credentials: iamCredentialProvider(credentials.iam, options.credentialTimeoutMs),
        lifetimeSeconds: options.generatedKeyLifetimeSeconds,
        refreshMarginSeconds: options.refreshMarginSeconds,
        timeoutMs: options.credentialTimeoutMs,
        now: options.now,
      });
      return { scheme: 'bearer', source: 'generated-api-key', token: () => refresher.getKey(), refresher, description };
    }
    case 'iam':
      return {
        scheme: 'sigv4',
        source: 'iam',
        credentials: iamCredentialProvider(credentials.iam, options.credentialTimeoutMs),
        description,
      };
  }
}

const cache = new WeakMap<BedrockConfig, BedrockAuth>();

/**
 * The credential for this Config's Bedrock settings. Memoised per config object, so every client made from
 * one Config shares one generated-key cache. Options apply when the first caller creates it.
 */
export function bedrockAuth(config: Config, options: AuthOptions = {}): BedrockAuth {
  let auth = cache.get(config.bedrock);
  if (!auth) {
    auth = buildAuth(config.bedrock, options);
    cache.set(config.bedrock, auth);
  }
  return auth;
}
