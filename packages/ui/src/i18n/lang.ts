import { LANGS, type Lang } from './strings.ts';

/** Cookie that remembers an explicit choice from the language switch. */
export const LANG_COOKIE = 'lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The UI language: an explicit choice (cookie) first, else the browser's preference (Accept-Language,
 * in the order and weights the browser sent), else English.
 */
export function pickLang(choice: string | undefined, acceptLanguage: string | null | undefined): Lang {
  if (isLang(choice)) return choice;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.base && Number.isFinite(entry.weight) && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLang) ?? 'en';
}
