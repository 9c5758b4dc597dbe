// Japanese and English are equal: every page exists in both languages with the same heading structure.
import { describe, expect, it } from 'vitest';
import { contentHeadings, docPages } from './support/site.ts';

const docs = docPages();
const ja = docs.filter((p) => p.lang === 'ja');
const en = new Map(docs.filter((p) => p.lang === 'en').map((p) => [p.slug, p]));

describe('language parity', () => {
  it.each(ja.map((p) => [p.slug || '(home)', p] as const))('%s has the same headings in both languages', (_, page) => {
    const english = en.get(page.slug);
    expect(english, `/en/${page.slug} is missing`).toBeDefined();
    const levels = (p: typeof page) => contentHeadings(p).map((h) => h.level);
    expect(levels(page)).toEqual(levels(english!));
    expect(levels(page).length).toBeGreaterThan(0);
  });
});
