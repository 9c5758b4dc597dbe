// The registry the docs build troubleshooting anchors from: complete, bilingual, and in sync with the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const sources = ['checks.ts', 'classify.ts', 'auth0.ts'].map((file) =>
      readFileSync(join(import.meta.dirname, file), 'utf8'),
    );
    const emitted = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(/(?:make|onlineFinding)\(\s*'([a-z0-9-]+)'/g)) emitted.add(m[1]!);
    }
    expect(emitted.size).toBeGreaterThan(20);
    for (const code of emitted) expect(Object.keys(ONLINE_FINDINGS), code).toContain(code);
  });

  it('includes the key-inspection codes from @repo/auth', () => {
    for (const code of ['api-key-expired', 'api-key-wrong-region', 'api-key-expiring-soon', 'api-key-placeholder']) {
      expect(ONLINE_FINDINGS[code]).toBeDefined();
    }
  });
});
