import type { Config } from '@repo/config';
import type { SourceInfo } from '@repo/ui';

/** What the badge shows: where answers come from and which sign-in is used. Never a secret. */
export function sourceInfo(config: Config): SourceInfo {
  return {
    bedrock:
      config.bedrock.mode === 'aws'
        ? { mode: 'aws', region: config.bedrock.region, model: config.bedrock.chatModelId }
        : { mode: 'emulator' },
    signIn: config.auth0.mode === 'tenant' ? { mode: 'tenant', domain: config.auth0.domain } : { mode: 'dev' },
  };
}
