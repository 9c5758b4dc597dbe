// Japanese and English are equal: every page exists in both languages with the same heading structure.
import { describe, expect, it } from 'vitest';
import { contentHeadings, docPages, document } from './support/site.ts';

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

describe('code block frames (Expressive Code) in the page language', () => {
  // Starlight gives Expressive Code the default locale's texts for every locale unless each has its own
  // (src/content/i18n): English pages said 「ターミナルウィンドウ」, which also leaked into search excerpts.
  const frameTexts = (page: (typeof docs)[number]) => {
    const root = document(page);
    return {
      terminal: root.querySelectorAll('.frame.is-terminal figcaption .sr-only').map((el) => el.textContent),
      copy: root.querySelectorAll('.expressive-code .copy button').map((el) => el.getAttribute('title')),
    };
  };
  const expected = {
    ja: { terminal: 'ターミナルウィンドウ', copy: 'クリップボードにコピー' },
    en: { terminal: 'Terminal window', copy: 'Copy to clipboard' },
  } as const;

  it.each(['ja', 'en'] as const)('labels terminal frames and copy buttons in %s on every page', (lang) => {
    const pages = docs.filter((p) => p.lang === lang);
    const terminals = pages.flatMap((p) => frameTexts(p).terminal);
    const copies = pages.flatMap((p) => frameTexts(p).copy);
    expect(terminals.length).toBeGreaterThan(5);
    expect(copies.length).toBeGreaterThan(5);
    expect(new Set(terminals)).toEqual(new Set([expected[lang].terminal]));
    expect(new Set(copies)).toEqual(new Set([expected[lang].copy]));
  });
});
