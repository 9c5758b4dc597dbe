// Which language a page speaks: the user's own `?lang=` choice, then the app's `ui_locales`, then the browser.

import type { Lang } from '@repo/config';

export type { Lang, Localized } from '@repo/config';

export const UI_LOCALES: readonly Lang[] = ['ja', 'en'];

function asLang(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return primary === 'ja' || primary === 'en' ? primary : undefined;
}

/** The first supported language of an OpenID Connect `ui_locales` value (space-separated BCP 47 tags). */
export function fromUiLocales(uiLocales: string | undefined): Lang | undefined {
  for (const tag of (uiLocales ?? '').split(' ')) {
    const lang = asLang(tag);
    if (lang) return lang;
  }
  return undefined;
}

/** The supported language the browser prefers most, honouring `q` weights. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: asLang(tag), weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry): entry is { lang: Lang; weight: number; index: number } => !!entry.lang && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.lang;
}

export interface LangSources {
  uiLocales?: string;
  explicit?: string;
  acceptLanguage?: string;
}

/** English is the fallback when nothing says otherwise. */
export function pickLang({ uiLocales, explicit, acceptLanguage }: LangSources): Lang {
  return (
    (explicit ? asLang(explicit) : undefined) ?? fromUiLocales(uiLocales) ?? fromAcceptLanguage(acceptLanguage) ?? 'en'
  );
}
