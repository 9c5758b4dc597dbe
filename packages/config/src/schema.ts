// Per-variable value validation with zod, generated from ENV_VARIABLES. zod decides whether a single
// value is acceptable; the bilingual finding for a failure comes from the variable's type, so the
// messages stay in our words (zod's own messages are English only).
import { z } from 'zod';
import { type FindingCode, finding } from './findings.ts';
import type { Finding } from './types.ts';
import { ENV_VARIABLES, type EnvVariable } from './variables.ts';

const port = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(1).max(65535));
const integer = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().positive().max(100_000));
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname });

function valueSchema(v: EnvVariable): z.ZodType {
  switch (v.type) {
    case 'enum':
      return z.enum(v.choices as [string, ...string[]]);
    case 'port':
      return port;
    case 'integer':
      return integer;
    case 'url':
      return httpUrl;
    default:
      return z.string();
  }
}

/** zod schema of the whole layout (every variable optional; values as strings before checks). */
export const ENV_SCHEMA = z.object(
  Object.fromEntries(ENV_VARIABLES.map((v) => [v.name, valueSchema(v).optional().describe(v.description.en)])),
);

/** Validate one value against its variable's schema; a finding when it fails. */
export function validateValue(v: EnvVariable, value: string): Finding | undefined {
  if (valueSchema(v).safeParse(value).success) return undefined;
  const codes: Partial<Record<EnvVariable['type'], FindingCode>> = {
    enum: 'invalid-choice',
    port: 'invalid-port',
    integer: 'invalid-integer',
    url: 'invalid-url',
  };
  const code = codes[v.type];
  if (!code) return undefined;
  const shown = v.secret ? '' : ` (${JSON.stringify(value)})`;
  switch (code) {
    case 'invalid-choice': {
      const list = (v.choices ?? []).join(' | ');
      return finding(
        code,
        v.name,
        {
          ja: `${v.name} の値${shown}は使えません。使える値は ${list} です。`,
          en: `${v.name}${shown} is not one of ${list}.`,
        },
        {
          ja: `${v.name} を ${list} のどれかにするか、行を削除して既定値（${v.default}）を使ってください。`,
          en: `Set ${v.name} to one of ${list}, or delete the line to use the default (${v.default}).`,
        },
      );
    }
    case 'invalid-port':
      return finding(
        code,
        v.name,
        {
          ja: `${v.name}${shown}はポート番号として正しくありません（1〜65535 の整数が必要です）。`,
          en: `${v.name}${shown} is not a port number (a whole number from 1 to 65535).`,
        },
        {
          ja: `${v.name}=${v.default ?? v.example} のように数字だけを書くか、行を削除して既定値を使ってください。`,
          en: `Write digits only, e.g. ${v.name}=${v.default ?? v.example}, or delete the line to use the default.`,
        },
      );
    case 'invalid-integer':
      return finding(
        code,
        v.name,
        { ja: `${v.name}${shown}は正の整数ではありません。`, en: `${v.name}${shown} is not a positive whole number.` },
        {
          ja: `${v.name}=${v.example} のように数字だけを書いてください。`,
          en: `Write digits only, e.g. ${v.name}=${v.example}.`,
        },
      );
    default:
      return finding(
        code,
        v.name,
        {
          ja: `${v.name}${shown}は http:// または https:// で始まる URL ではありません。`,
          en: `${v.name}${shown} is not an http:// or https:// URL.`,
        },
        {
          ja: `${v.name}=${v.example} のように、スキームとホスト名を含む URL を書いてください。`,
          en: `Write a full URL with scheme and host, e.g. ${v.name}=${v.example}.`,
        },
      );
  }
}
