import { leakedSecrets } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { CASE_NOW, CASES } from '../test/diagnostics.cases.ts';
import { checkEnvText } from './env-text.ts';
import { parseEnv } from './parse-env.ts';
import { resolveConfig } from './resolve.ts';
import { findVariable } from './variables.ts';

/** Every secret in a case: the values of secret variables as parsed, plus the case's own list. */
function secretsOf(env: string, extra: string[] = []): string[] {
  const parsed = parseEnv(env);
  const fromFile = parsed.entries.filter((e) => findVariable(e.key)?.secret).map((e) => e.value);
  return [...fromFile, ...extra].filter((s) => s.length >= 8);
}

describe('diagnostics table', () => {
  it('has at least 40 distinct inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.env)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.expect.code}: ${c.name}`, () => {
      const options = { now: CASE_NOW, production: c.production ?? false };
      const findings = checkEnvText(c.env, undefined, options);
      const match = findings.find((f) => f.code === c.expect.code && f.variable === c.expect.variable);
      expect(match, JSON.stringify(findings.map((f) => [f.code, f.variable]))).toBeDefined();
      expect(match?.severity).toBe(c.expect.severity);
      expect(match?.docs).toBe(`troubleshooting/#${c.expect.code}`);

      for (const lang of ['ja', 'en'] as const) {
        const localized = checkEnvText(c.env, lang, options);
        const same = localized.find((f) => f.code === c.expect.code && f.variable === c.expect.variable);
        expect(same?.message).toBe(match?.message[lang]);
        expect(same?.fix).toBe(match?.fix[lang]);
        expect(same?.docs).toBe(`http://localhost:4321/${lang}/troubleshooting/#${c.expect.code}`);
        if (c.fixIncludes) expect(same?.fix).toContain(c.fixIncludes);
      }

      // Nothing a user can see may contain a secret: findings in both languages and the summary.
      const parsed = parseEnv(c.env);
      const { summary } = resolveConfig(parsed.values, {}, options);
      const output = JSON.stringify([findings, summary]);
      expect(leakedSecrets(output, secretsOf(c.env, c.secrets))).toEqual([]);
    });
  }
});
