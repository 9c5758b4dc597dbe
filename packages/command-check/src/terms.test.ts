// One Japanese name for one thing: the local issuer is 「ローカルの開発用 ID プロバイダー」 in the apps, the guide,
// doctor, the issuer's own screens and the READMEs. Earlier names must not come back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryTexts } from './sources.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const OLD_NAMES =
  /開発用(の)? ?(OpenID Connect )?(発行者|認証サーバー|サーバー)|開発用 ?IdP|OpenID Connect 発行者|サインイン発行者/g;

describe('terms', () => {
  it('calls the local issuer 「ローカルの開発用 ID プロバイダー」 everywhere', () => {
    const found = repositoryTexts(ROOT).flatMap(({ path, text }) =>
      [...text.matchAll(OLD_NAMES)].map((m) => `${path}:${text.slice(0, m.index).split('\n').length}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
