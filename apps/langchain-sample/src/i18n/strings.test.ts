import { LANGS } from '@repo/ui';
import { describe, expect, it } from 'vitest';
import { APP_STRINGS } from './strings.ts';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: string[]) => string)('x', 'y' as never))];
  if (Array.isArray(value)) return value.flatMap(texts);
  return [];
}

describe('app strings', () => {
  it('has every key, non-empty, in both languages', () => {
    const keys = Object.keys(APP_STRINGS.en);
    for (const lang of LANGS) {
      expect(Object.keys(APP_STRINGS[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const values = texts(APP_STRINGS[lang][key as keyof typeof APP_STRINGS.en]);
        expect(values.length, `${lang}.${key}`).toBeGreaterThan(0);
        for (const value of values) expect(value.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('writes Japanese in Japanese', () => {
    expect(APP_STRINGS.ja.landingLead).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(APP_STRINGS.ja.landingLead).toContain('です');
  });
});
