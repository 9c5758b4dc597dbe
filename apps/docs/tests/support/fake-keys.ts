// Generated, obviously fake Bedrock API keys: the right shape for the inspector, worthless anywhere else
// (the signature and secret are repeated test markers, the account is the documentation example).

function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A short-term key (`bedrock-api-key-` + base64 of a presigned URL) signed "at" `issuedAt`. */
export function fakeShortTermKey(options: {
  region: string;
  issuedAt: Date;
  expiresInSeconds: number;
  temporary?: boolean;
}): string {
  const akid = options.temporary ? 'ASIAFAKEFAKEFAKE0000' : 'AKIAFAKEFAKEFAKE0000';
  const stamp = amzDate(options.issuedAt);
  const credential = encodeURIComponent(`${akid}/${stamp.slice(0, 8)}/${options.region}/bedrock/aws4_request`);
  const session = options.temporary
    ? `&X-Amz-Security-Token=${encodeURIComponent('FAKE-SESSION-TOKEN-FOR-DOCS-TESTS')}`
    : '';
  const url =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}` +
    `&X-Amz-Date=${stamp}&X-Amz-Expires=${options.expiresInSeconds}${session}` +
    `&X-Amz-Signature=${'f00d'.repeat(16)}&X-Amz-SignedHeaders=host&Version=1`;
  return `bedrock-api-key-${btoa(url)}`;
}

/** A long-term key (`ABSK` + base64 of `<user>-at-<account>:<secret>`). */
export function fakeLongTermKey(user = 'BedrockAPIKey-docs-test', account = '123456789012'): string {
  return `ABSK${btoa(`${user}-at-${account}:docsTestFakeSecretNotARealKey0000000000000`)}`;
}
