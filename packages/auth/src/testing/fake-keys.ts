// Obviously fake, well-formed Bedrock API keys for tests. The signature and secret parts are made of
// repeated test markers: they would never authenticate anywhere.

export interface FakeShortTermKeyOptions {
  region?: string;
  /** Signing time; defaults to now. */
  issuedAt?: Date;
  expiresInSeconds?: number;
  /** `AKIA...` (IAM user) or `ASIA...` (temporary credentials). */
  accessKeyId?: string;
  /** Makes keys with otherwise equal fields differ (a different fake signature). */
  salt?: string;
}

function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function fakeShortTermKey(options: FakeShortTermKeyOptions = {}): string {
  const issuedAt = options.issuedAt ?? new Date();
  const region = options.region ?? 'us-east-1';
  const akid = options.accessKeyId ?? 'AKIAFAKEFAKEFAKE0000';
  const stamp = amzDate(issuedAt);
  const credential = encodeURIComponent(`${akid}/${stamp.slice(0, 8)}/${region}/bedrock/aws4_request`);
  const signature = `${'0fa4e'.repeat(12)}${(options.salt ?? '').padEnd(4, '0')}`.slice(0, 64);
  const token = akid.startsWith('ASIA')
    ? `&X-Amz-Security-Token=${encodeURIComponent('FAKE-SESSION-TOKEN//test')}`
    : '';
  const url =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256` +
    `&X-Amz-Credential=${credential}&X-Amz-Date=${stamp}&X-Amz-Expires=${options.expiresInSeconds ?? 43200}` +
    `${token}&X-Amz-Signature=${signature}&X-Amz-SignedHeaders=host&Version=1`;
  return `bedrock-api-key-${btoa(url)}`;
}

export function fakeLongTermKey(userName = 'BedrockAPIKey-test', accountId = '123456789012', secret?: string): string {
  return `ABSK${btoa(`${userName}-at-${accountId}:${secret ?? 'fakeSecretForTestsOnly0000000000000000000000'}`)}`;
}
