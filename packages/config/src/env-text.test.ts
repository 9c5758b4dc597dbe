// The docs site's live checker reports each problem on its own: one wrong value never hides another's finding.
import { describe, expect, it } from 'vitest';
import { checkEnvText, maskEnvSecrets } from './env-text.ts';
import { fakeLongTermKey } from './fake-keys.ts';

const codes = (text: string) => checkEnvText(text).map((f) => [f.code, f.variable]);

describe('checkEnvText', () => {
  it('reports a model past its end of life even when the region is wrong', () => {
    const text = [
      `AWS_BEARER_TOKEN_BEDROCK=${fakeLongTermKey()}`,
      'AWS_REGION=tokyo',
      'BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0',
    ].join('\n');
    const found = codes(text);
    expect(found).toContainEqual(['region-invalid', 'AWS_REGION']);
    expect(found).toContainEqual(['model-end-of-life', 'BEDROCK_MODEL_ID']);
    const eol = checkEnvText(text, 'en').find((f) => f.code === 'model-end-of-life');
    // No region to speak of: the message names none, and the fix names the successor's model ID.
    expect(eol?.message).not.toContain('tokyo');
    expect(eol?.fix).toMatch(/BEDROCK_MODEL_ID=anthropic\.claude-sonnet-4-6/);
  });

  it('reports the same model the same way with a valid region', () => {
    const text = [
      `AWS_BEARER_TOKEN_BEDROCK=${fakeLongTermKey()}`,
      'AWS_REGION=us-east-1',
      'BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0',
    ].join('\n');
    expect(codes(text)).toContainEqual(['model-end-of-life', 'BEDROCK_MODEL_ID']);
  });
});

describe('maskEnvSecrets', () => {
  it('hides secret values and lines that may continue one, and keeps names, other values and comments', () => {
    const key = fakeLongTermKey();
    const text = [
      '# Bedrock',
      `AWS_BEARER_TOKEN_BEDROCK=${key}`,
      'AWS_REGION=tokyo',
      'AUTH0_CLIENT_SECRET="abc def"',
      'MY_SERVICE_TOKEN=zzz',
      'a continued secret',
      'rest0fAKey+/Padded==',
      '',
    ].join('\n');
    const masked = maskEnvSecrets(text);
    expect(masked.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(masked).toBe(
      [
        '# Bedrock',
        `AWS_BEARER_TOKEN_BEDROCK=${'*'.repeat(key.length)}`,
        'AWS_REGION=tokyo',
        'AUTH0_CLIENT_SECRET=**** ****',
        'MY_SERVICE_TOKEN=***',
        '* ********* ******',
        '********************',
        '',
      ].join('\n'),
    );
  });
});
