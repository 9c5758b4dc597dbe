// The registry the docs build troubleshooting anchors from: complete, bilingual, and in sync with the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_CODES, KEY_FINDING_CODES } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { ONLINE_FINDINGS } from './findings.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

describe('ONLINE_FINDINGS', () => {
  it('has a severity, a title in both languages and a troubleshooting anchor for every code', () => {
    for (const [code, info] of Object.entries(ONLINE_FINDINGS)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.title.en.length).toBeGreaterThan(3);
      expect(info.title.ja).toMatch(JAPANESE);
      expect(info.docs).toBe(`troubleshooting/#${code}`);
    }
  });

  it('lists every code the online checks can emit', () => {
    const sources = ['checks.ts', 'classify.ts', 'auth0.ts', 'account.ts'].map((file) =>
      readFileSync(join(import.meta.dirname, file), 'utf8'),
    );
    const emitted = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(/(?:make|onlineFinding)\(\s*'([a-z0-9-]+)'/g)) emitted.add(m[1]!);
    }
    expect(emitted.size).toBeGreaterThan(20);
    for (const code of emitted) expect(Object.keys(ONLINE_FINDINGS), code).toContain(code);
    // Findings built by @repo/config (the key inspection's) are registered there.
    for (const m of sources.join('\n').matchAll(/(wrongRegionFinding)\(/g))
      expect(FINDING_CODES['api-key-wrong-region'], m[1]).toBeDefined();
  });

  it('the key-inspection codes are in @repo/config, and no code is in both registries (one anchor each)', () => {
    for (const code of ['api-key-expired', 'api-key-wrong-region', 'api-key-expiring-soon', 'placeholder-value']) {
      expect(FINDING_CODES[code as keyof typeof FINDING_CODES]).toBeDefined();
    }
    for (const code of KEY_FINDING_CODES) expect(FINDING_CODES[code]).toBeDefined();
    const shared = Object.keys(ONLINE_FINDINGS).filter((code) => code in FINDING_CODES);
    expect(shared).toEqual([]);
  });
});
