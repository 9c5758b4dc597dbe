import { getToken } from '@aws/bedrock-token-generator';
import { FINDING_CODES, inspectApiKey, KEY_FINDING_CODES } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { fakeLongTermKey, fakeShortTermKey } from './testing/fake-keys.ts';

const now = new Date('2026-11-24T12:00:00Z');
const codes = (value: string, region?: string) => inspectApiKey(value, { now, region }).findings.map((f) => f.code);

describe('inspectApiKey: short-term keys', () => {
  it('reads region, issue time, expiry, remaining time and signer kind', () => {
    const key = fakeShortTermKey({ region: 'ap-northeast-1', issuedAt: new Date('2026-11-24T10:00:00Z') });
    const result = inspectApiKey(key, { now, region: 'ap-northeast-1' });
    expect(result.kind).toBe('short-term');
    if (result.kind !== 'short-term') return;
    expect(result.shortTerm).toEqual({
      region: 'ap-northeast-1',
      issuedAt: '2026-11-24T10:00:00.000Z',
      expiresAt: '2026-11-24T22:00:00.000Z',
      lifetimeSeconds: 43200,
      remainingSeconds: 36000,
      signer: 'iam-user',
    });
    expect(result.findings).toEqual([]);
    expect(result.fingerprint).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('reads keys made by @aws/bedrock-token-generator, from IAM users and from temporary credentials', async () => {
    const fromUser = await getToken({
      credentials: { accessKeyId: 'AKIAFAKEFAKEFAKE0001', secretAccessKey: 'fake/secret/for/tests/only/000000000000' },
      region: 'us-west-2',
      expiresInSeconds: 900,
    });
    const fromRole = await getToken({
      credentials: {
        accessKeyId: 'ASIAFAKEFAKEFAKE0002',
        secretAccessKey: 'fake/secret/for/tests/only/000000000000',
        sessionToken: 'fake-session-token-for-tests',
      },
      region: 'us-west-2',
      expiresInSeconds: 900,
    });
    const user = inspectApiKey(fromUser, { region: 'us-west-2' });
    const role = inspectApiKey(fromRole, { region: 'us-west-2' });
    expect(user.kind === 'short-term' && user.shortTerm.signer).toBe('iam-user');
    expect(role.kind === 'short-term' && role.shortTerm.signer).toBe('temporary-credentials');
    expect(role.kind === 'short-term' && role.shortTerm.lifetimeSeconds).toBe(900);
    expect(role.findings.map((f) => f.code)).toEqual(['api-key-expiring-soon', 'api-key-temporary-signer']);
  });

  it('expired: error', () => {
    const key = fakeShortTermKey({ issuedAt: new Date('2026-11-23T00:00:00Z') });
    const result = inspectApiKey(key, { now });
    expect(result.findings[0]).toMatchObject({ code: 'api-key-expired', severity: 'error' });
    expect(result.kind === 'short-term' && result.shortTerm.remainingSeconds).toBeLessThan(0);
  });

  it('under one hour left: warning', () => {
    const key = fakeShortTermKey({ issuedAt: new Date('2026-11-24T11:30:00Z'), expiresInSeconds: 3600 });
    const [f] = inspectApiKey(key, { now }).findings;
    expect(f).toMatchObject({
      code: 'api-key-expiring-soon',
      severity: 'warning',
      variable: 'AWS_BEARER_TOKEN_BEDROCK',
    });
    expect(f?.message.en).toContain('30 min');
    expect(f?.message.ja).toContain('30 分');
  });

  it('another region than AWS_REGION: error naming both regions', () => {
    const key = fakeShortTermKey({ region: 'us-west-2', issuedAt: new Date('2026-11-24T11:00:00Z') });
    const [f] = inspectApiKey(key, { now, region: 'us-east-1' }).findings;
    expect(f).toMatchObject({
      code: 'api-key-wrong-region',
      severity: 'error',
      docs: 'troubleshooting/#api-key-wrong-region',
    });
    expect(f?.message.en).toContain('us-west-2');
    expect(f?.fix.ja).toContain('AWS_REGION=us-west-2');
  });

  it('a short-term key cut off while copying is named as such', () => {
    const key = fakeShortTermKey();
    expect(codes(key.slice(0, 60))).toEqual(['api-key-damaged-short-term']);
  });
});

describe('inspectApiKey: long-term keys', () => {
  it('returns only the IAM user name and account', () => {
    const key = fakeLongTermKey('BedrockAPIKey-ab12', '210987654321');
    const result = inspectApiKey(key, { now });
    expect(result.kind).toBe('long-term');
    if (result.kind !== 'long-term') return;
    expect(result.longTerm).toEqual({ iamUserName: 'BedrockAPIKey-ab12', accountId: '210987654321' });
    expect(result.findings.map((f) => f.code)).toEqual(['api-key-long-term']);
  });

  it('user names with dashes and "-at-" inside survive', () => {
    const result = inspectApiKey(fakeLongTermKey('ci-bot-at-home', '111122223333'), { now });
    expect(result.kind === 'long-term' && result.longTerm.iamUserName).toBe('ci-bot-at-home');
  });

  it('damaged long-term key', () => {
    expect(codes('ABSK!!!notbase64')).toEqual(['api-key-damaged-long-term']);
    expect(codes(`ABSK${btoa('no-colon-here')}`)).toEqual(['api-key-damaged-long-term']);
  });
});

describe('inspectApiKey: the usual mistakes', () => {
  const valid = fakeLongTermKey();
  const cases: [string, string, string][] = [
    ['empty', '', 'api-key-empty'],
    ['blank', '   ', 'api-key-empty'],
    ["the guide's placeholder", 'XXXXXXXXXXXXXXXXXXXXXXXX', 'guide-placeholder'],
    ['angle-bracket placeholder', '<your-api-key>', 'placeholder-value'],
    ['brace placeholder', '{API_KEY}', 'placeholder-value'],
    ['your-api-key', 'your-api-key-here', 'placeholder-value'],
    ['access key ID', 'AKIAIOSFODNN7EXAMPLE', 'api-key-access-key-id'],
    ['temporary access key ID', 'ASIAIOSFODNN7EXAMPLE', 'api-key-access-key-id'],
    ['secret access key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'api-key-secret-access-key'],
    ['double quotes', `"${valid}"`, 'value-quotes-or-spaces'],
    ['single quotes', `'${valid}'`, 'value-quotes-or-spaces'],
    ['trailing space', `${valid} `, 'value-quotes-or-spaces'],
    ['split over lines', `${valid.slice(0, 20)}\n${valid.slice(20)}`, 'api-key-multiline'],
    ['Bearer prefix', `Bearer ${valid}`, 'api-key-bearer-prefix'],
    ['pasted assignment', `AWS_BEARER_TOKEN_BEDROCK=${valid}`, 'api-key-assignment'],
    ['export line', `export AWS_BEARER_TOKEN_BEDROCK=${valid}`, 'api-key-assignment'],
    ['something else', 'sk-ant-api03-not-a-bedrock-key', 'api-key-unrecognized'],
  ];
  it.each(cases)('%s', (_name, value, code) => {
    const result = inspectApiKey(value, { now });
    expect(result.kind).toBe('not-a-key');
    expect(result.findings.map((f) => f.code)).toEqual([code]);
    expect(result.findings[0]).toMatchObject({ severity: 'error', variable: 'AWS_BEARER_TOKEN_BEDROCK' });
  });
});

describe('inspectApiKey: secrets and languages', () => {
  it('never returns any part of the key', () => {
    const keys = [
      fakeShortTermKey({ region: 'us-west-2', issuedAt: new Date('2026-11-23T00:00:00Z') }),
      fakeShortTermKey({ accessKeyId: 'ASIAFAKEFAKEFAKE0003', issuedAt: new Date('2026-11-24T11:30:00Z') }),
      fakeLongTermKey(),
      `"${fakeLongTermKey()}"`,
    ];
    for (const key of keys) {
      const text = JSON.stringify(inspectApiKey(key, { now, region: 'us-east-1' }));
      for (let i = 0; i + 12 <= key.length; i++) expect(text).not.toContain(key.slice(i, i + 12));
      expect(text).not.toContain('fakeSecretForTestsOnly');
      expect(text).not.toContain('0fa4e0fa4e');
    }
  });

  it('every finding code has a title in both languages, and Japanese text is Japanese', () => {
    const titles = KEY_FINDING_CODES.map((code) => FINDING_CODES[code]);
    expect(titles.map((info) => info?.code)).toEqual([...KEY_FINDING_CODES]);
    for (const { title } of titles) {
      expect(title.en.length).toBeGreaterThan(0);
      expect(title.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    }
  });

  it('runs without Node built-ins (the module imports none)', async () => {
    const { readFile } = await import('node:fs/promises');
    // The inspection is @repo/config's (api-key.ts); the policy generator is this package's.
    for (const file of ['../../config/src/api-key.ts', './policy.ts']) {
      const source = await readFile(new URL(file, import.meta.url), 'utf8');
      expect(source).not.toMatch(/from ['"]node:|require\(/);
    }
  });
});
