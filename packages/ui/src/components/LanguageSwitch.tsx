'use client';
import { LANG_COOKIE } from '../i18n/lang.ts';
import { LANGS, type Lang, strings } from '../i18n/strings.ts';

/** Remembers an explicit language choice for a year (the server reads it before Accept-Language). */
function rememberLang(lang: Lang) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server on the next render
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = strings(lang);
  return (
    <fieldset className="a0-lang">
      <legend className="a0-visually-hidden">{t.language}</legend>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="a0-lang-option"
          aria-pressed={option === lang}
          onClick={() => {
            if (option === lang) return;
            rememberLang(option);
            onChange(option);
          }}
        >
          {t.languageName[option]}
        </button>
      ))}
    </fieldset>
  );
}
