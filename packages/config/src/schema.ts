// Per-variable value validation with zod, generated from ENV_VARIABLES. zod decides whether a single
// value is acceptable; the bilingual finding for a failure comes from the variable's type, so the
// messages stay in our words (zod's own messages are English only). `zod/mini` keeps the browser
// bundle of the docs' live checker small (with the namespace import, the browser bundle is about 130 KB minified instead of 550 KB).
import * as z from 'zod/mini';
import { type FindingCode, finding } from './findings.ts';
import type { Finding } from './types.ts';
import { ENV_VARIABLES, type EnvVariable } from './variables.ts';

/** A string of digits whose number lies in [min, max]. */
const digitsBetween = (min: number, max: number) =>
  z.string().check(
    z.regex(/^\d+$/),
    z.refine((v) => Number(v) >= min && Number(v) <= max),
  );
const port = digitsBetween(1, 65535);
const integer = digitsBetween(1, 100_000);
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname });

function valueSchema(v: EnvVariable): z.ZodMiniType {
  switch (v.type) {
    case 'enum':
      return z.enum(v.choices as [string, ...string[]]);
    case 'port':
      return port;
    case 'integer':
      return integer;
    case 'url':
      return httpUrl;
    case 'url-list':
      // @auth0/nextjs-auth0 (4.x) accepts APP_BASE_URL as a comma-separated list.
      return z.string().check(z.refine((v) => v.split(',').every((u) => httpUrl.safeParse(u.trim()).success)));
    default:
      return z.string();
  }
}

/** zod schema of the whole layout (every variable optional; values as strings before checks). */
export const ENV_SCHEMA = z.object(Object.fromEntries(ENV_VARIABLES.map((v) => [v.name, z.optional(valueSchema(v))])));

/** The finding code for a value its type rejects (plain strings and secrets have no type check). */
const INVALID_CODES: Partial<Record<EnvVariable['type'], FindingCode>> = {
  enum: 'invalid-choice',
  port: 'invalid-port',
  integer: 'invalid-integer',
  url: 'invalid-url',
  'url-list': 'invalid-url',
};

/** Validate one value against its variable's schema; a finding when it fails. */
export function validateValue(v: EnvVariable, value: string): Finding | undefined {
  const code = INVALID_CODES[v.type];
  if (!code || valueSchema(v).safeParse(value).success) return undefined;
  const shown = v.secret ? '' : ` (${JSON.stringify(value)})`;
  const shownJa = v.secret ? '' : `「${value}」`;
  switch (code) {
    case 'invalid-choice': {
      const list = (v.choices ?? []).join(' | ');
      return finding(
        code,
        v.name,
        {
          ja: `${v.name} の値${shownJa}は使えません。使える値は ${list} です。`,
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
          ja: `${v.name} の値${shownJa}はポート番号として正しくありません（1〜65535 の整数が必要です）。`,
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
        {
          ja: `${v.name} の値${shownJa}は正の整数ではありません。`,
          en: `${v.name}${shown} is not a positive whole number.`,
        },
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
          ja: `${v.name} の値${shownJa}は http:// または https:// で始まる URL ではありません。`,
          en: `${v.name}${shown} is not an http:// or https:// URL.`,
        },
        /^[\w.-]+(:\d+)?(\/\S*)?$/.test(value)
          ? {
              ja: `先頭に http:// を付けてください: ${v.name}=http://${value}`,
              en: `Add the scheme: ${v.name}=http://${value}.`,
            }
          : {
              ja: `${v.name}=${v.example} のように、スキームとホスト名を含む URL を書いてください。`,
              en: `Write a full URL with scheme and host, e.g. ${v.name}=${v.example}.`,
            },
      );
  }
}
