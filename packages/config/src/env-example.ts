// Renders the root .env.example from ENV_VARIABLES (isomorphic, so the docs site can show it too).
// `pnpm --filter @repo/config gen:env-example` writes it; a test fails when the committed file differs.
import { docsUrl } from './docs.ts';
import { ENV_SECTIONS, ENV_VARIABLES, type EnvVariable } from './variables.ts';

const RULE = `# ${'='.repeat(98)}`;
const THIN = `# ${'-'.repeat(98)}`;

export function renderEnvExample(): string {
  const out: string[] = [
    RULE,
    '# Auth0 AI samples on Amazon Bedrock: the one environment file for every sample',
    '# Auth0 AI サンプル（Amazon Bedrock）: すべてのサンプル共通の環境変数ファイル',
    '#',
    '# Copy it to .env.local (git-ignored) and fill in what you need:   cp .env.example .env.local',
    '# .env.local（git の管理対象外）にコピーして、必要な値を設定してください。',
    '#',
    '# As it is, everything runs offline: the local Bedrock emulator and a local sign-in issuer.',
    '# このままでもオフラインで動きます（ローカルの Bedrock エミュレーターとローカルの開発用 ID プロバイダーを使います）。',
    '# Credential lines are commented out: remove the leading "# " when you fill one in.',
    '# 認証情報の行はコメントアウトしてあります。値を設定するときは先頭の "# " を削除してください。',
    '#',
    '# Check your settings / 設定の確認:   npm run doctor',
    `# Reference / リファレンス: ${docsUrl('reference/environment/', 'en')}  ${docsUrl('reference/environment/', 'ja')}`,
    '#',
    '# Generated from packages/config/src/variables.ts by `pnpm --filter @repo/config gen:env-example`.',
    RULE,
  ];
  for (const section of ENV_SECTIONS) {
    const variables = ENV_VARIABLES.filter((v) => v.section === section.id);
    if (variables.length === 0) continue;
    const title =
      section.title.en === section.title.ja ? section.title.en : `${section.title.en} / ${section.title.ja}`;
    out.push('', THIN, `# ${title}`, THIN, `# ${section.intro.en}`, `# ${section.intro.ja}`);
    for (const v of variables) out.push('', ...renderVariable(v));
  }
  return `${out.join('\n')}\n`;
}

function renderVariable(v: EnvVariable): string[] {
  const facts = [
    v.default !== undefined ? `default / 既定値: ${v.default}` : undefined,
    `${v.required.en} / ${v.required.ja}`,
    v.secret ? 'secret: never commit or share / 秘密の値: コミットや共有をしないでください' : undefined,
  ].filter(Boolean);
  const value = v.secret ? '' : v.exampleLine === 'active' ? (v.default ?? v.example) : v.example;
  const line = `${v.name}=${value}`;
  return [
    `# ${v.description.en}`,
    `# ${v.description.ja}`,
    `# (${facts.join('; ')})`,
    v.exampleLine === 'active' ? line : `# ${line}`,
  ];
}
