// Japanese and English are equal: every text exists in both, the Japanese is Japanese and the
// English has no Japanese in it. Also: every registered finding code is reachable by a test input.
import { describe, expect, it } from 'vitest';
import { CASE_NOW, CASES, INSPECTOR_ONLY_KEYS, NODE_ONLY_CODES } from '../test/diagnostics.cases.ts';
import { inspectApiKey } from './api-key.ts';
import { checkEnvText } from './env-text.ts';
import { FINDING_CODES } from './findings.ts';
import { parseEnv } from './parse-env.ts';
import { resolveConfig } from './resolve.ts';
import type { Localized } from './types.ts';
import { ENV_ALIASES, ENV_SECTIONS, ENV_VARIABLES } from './variables.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const KANA = /[\u3040-\u30ff]/;

function expectBilingual(text: Localized, where: string) {
  expect(text.ja.trim(), `${where} (ja) is empty`).not.toBe('');
  expect(text.en.trim(), `${where} (en) is empty`).not.toBe('');
  expect(JAPANESE.test(text.ja), `${where} (ja) has no Japanese: ${text.ja}`).toBe(true);
  expect(JAPANESE.test(text.en), `${where} (en) contains Japanese: ${text.en}`).toBe(false);
}

describe('bilingual parity', () => {
  it('every finding the table produces has a Japanese and an English message and fix', () => {
    let count = 0;
    for (const c of CASES) {
      for (const f of checkEnvText(c.env, undefined, { now: CASE_NOW, production: c.production ?? false })) {
        expectBilingual(f.message, `${f.code} message`);
        expectBilingual(f.fix, `${f.code} fix`);
        // Sentences, not fragments: the Japanese uses kana (です/ます style), not only kanji and names.
        expect(KANA.test(f.message.ja), `${f.code}: ${f.message.ja}`).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThan(CASES.length);
  });

  it('the mode reason exists in both languages for every case', () => {
    for (const c of CASES) {
      const { summary } = resolveConfig(parseEnv(c.env).values, {}, { now: CASE_NOW });
      expectBilingual(summary.bedrock.reason, `${c.name}: reason`);
      expectBilingual(summary.bedrock.credential, `${c.name}: credential`);
    }
  });

  it('every registered code has bilingual titles and is produced by at least one test input', () => {
    const produced = new Set<string>(CASES.map((c) => c.expect.code));
    for (const { value, code } of INSPECTOR_ONLY_KEYS) {
      expect(inspectApiKey(value).findings.map((f) => f.code)).toEqual([code]);
      produced.add(code);
    }
    for (const [code, info] of Object.entries(FINDING_CODES)) {
      expectBilingual(info.title, `${code} title`);
      expect(info.docs).toBe(`troubleshooting/#${code}`);
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (!(NODE_ONLY_CODES as readonly string[]).includes(code))
        expect(produced.has(code as never), `${code} has no case in diagnostics.cases.ts`).toBe(true);
    }
  });

  it('every variable, alias and section is described in both languages', () => {
    for (const v of ENV_VARIABLES) {
      expectBilingual(v.description, `${v.name} description`);
      expectBilingual(v.required, `${v.name} required`);
      expect(v.docs).toBe(`reference/environment/#${v.name.toLowerCase()}`);
    }
    for (const a of ENV_ALIASES) expectBilingual(a.description, `${a.name} description`);
    for (const s of ENV_SECTIONS) {
      expectBilingual(s.intro, `${s.id} intro`);
      expect(s.title.ja && s.title.en).toBeTruthy();
    }
  });
});
