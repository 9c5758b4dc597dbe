import { describe, expect, it } from 'vitest';
import { DOCUMENTS_STRINGS } from './documents.ts';
import { LANGS } from './strings.ts';

const text = (value: unknown): string =>
  typeof value === 'function' ? String((value as (a: string, b: unknown) => string)('x', 'y')) : String(value);

describe('documents page strings', () => {
  it('has every key, non-empty, in both languages, and Japanese in Japanese', () => {
    const keys = Object.keys(DOCUMENTS_STRINGS.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(DOCUMENTS_STRINGS[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        expect(text(DOCUMENTS_STRINGS[lang][key as keyof typeof DOCUMENTS_STRINGS.en]).trim(), key).not.toBe('');
      }
    }
    expect(DOCUMENTS_STRINGS.ja.documentsIntro).toMatch(/[ぁ-んァ-ン一-龯]/);
    for (const key of keys.filter((k) => k !== 'sharePlaceholder')) {
      const ja = text(DOCUMENTS_STRINGS.ja[key as keyof typeof DOCUMENTS_STRINGS.ja]);
      expect(ja, key).not.toBe(text(DOCUMENTS_STRINGS.en[key as keyof typeof DOCUMENTS_STRINGS.en]));
    }
  });

  it('calls the pieces of a document チャンク (chunks), one term everywhere', () => {
    expect(DOCUMENTS_STRINGS.ja.uploaded('a.md', 3)).toContain('3 個のチャンク');
    expect(DOCUMENTS_STRINGS.en.uploaded('a.md', 3)).toContain('3 chunks');
    for (const value of Object.values(DOCUMENTS_STRINGS.ja)) expect(text(value)).not.toContain('断片');
  });
});
