import { describe, expect, it } from 'vitest';
import { sourceInfo } from './source-info.ts';

describe('sourceInfo', () => {
  it('names region and model for Amazon Bedrock, and the tenant domain', () => {
    expect(
      sourceInfo({
        bedrock: { mode: 'aws', region: 'ap-northeast-1', chatModelId: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0' },
        auth0: { mode: 'tenant', domain: 'example.jp.auth0.com' },
      }),
    ).toEqual({
      bedrock: { mode: 'aws', region: 'ap-northeast-1', model: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0' },
      signIn: { mode: 'tenant', domain: 'example.jp.auth0.com' },
    });
  });

  it('names the model and region the emulator stands in for, and only "dev" for the local issuer', () => {
    expect(
      sourceInfo({
        bedrock: { mode: 'emulator', region: 'us-east-1', chatModelId: 'x' },
        auth0: { mode: 'dev', domain: 'localhost:4455' },
      }),
    ).toEqual({ bedrock: { mode: 'emulator', region: 'us-east-1', model: 'x' }, signIn: { mode: 'dev' } });
  });
});
