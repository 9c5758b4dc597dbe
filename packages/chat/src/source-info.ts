// What the source badge shows, from the app's Config. Typed structurally (the few fields it reads), so
// @repo/ui does not depend on @repo/config; any Config fits.
import type { SourceInfo } from './types.ts';

export interface SourceConfig {
  bedrock: { mode: 'aws' | 'emulator'; region: string; chatModelId: string };
  auth0: { mode: 'tenant' | 'dev'; domain: string };
}

/** Only non-secret facts: mode, region, model ID, tenant domain. */
export function sourceInfo(config: SourceConfig): SourceInfo {
  return {
    bedrock: { mode: config.bedrock.mode, region: config.bedrock.region, model: config.bedrock.chatModelId },
    signIn: config.auth0.mode === 'tenant' ? { mode: 'tenant', domain: config.auth0.domain } : { mode: 'dev' },
  };
}
