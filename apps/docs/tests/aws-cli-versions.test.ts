// The guide's AWS CLI check: both languages name the same minimum versions (the first with `bedrock` and
// `bedrock-runtime`, the first with `converse`, the first that reads AWS_BEARER_TOKEN_BEDROCK), say that Debian's
// package predates Bedrock, and tell users how to see their version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const page = (lang: 'ja' | 'en') =>
  readFileSync(join(import.meta.dirname, '..', 'src/content/docs', lang, 'aws/connection-check.mdx'), 'utf8');

/** The version table's rows: the version in the first cell, the rest of the row after it. */
function versionRows(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const [, version, rest] of text.matchAll(/^\| (\d+\.\d+\.\d+)[^|]*\|(.*)\|$/gm))
    rows.set(version ?? '', rest ?? '');
  return rows;
}

describe.each(['ja', 'en'] as const)('the AWS CLI check (%s)', (lang) => {
  const text = page(lang);
  const rows = versionRows(text);

  it('names the minimum versions for bedrock, converse and the API key', () => {
    expect([...rows.keys()]).toEqual(['2.13.23', '2.15.61', '2.28.0']);
    expect(rows.get('2.13.23')).toMatch(/`aws bedrock`.*`aws bedrock-runtime`/);
    expect(rows.get('2.15.61')).toContain('converse');
    expect(rows.get('2.28.0')).toContain('AWS_BEARER_TOKEN_BEDROCK');
  });

  it("tells how to check the version and that Debian's package is too old", () => {
    expect(text).toContain('`aws --version`');
    expect(text).toMatch(/Debian.*`awscli`.*2\.9/);
  });
});
