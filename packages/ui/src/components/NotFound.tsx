import { pageStrings } from '../i18n/pages.ts';
import type { Lang } from '../i18n/strings.ts';

/** The body of a sample's 404 page (the app puts its header above it). */
export function NotFound({ lang, homeHref }: { lang: Lang; homeHref: string }) {
  const t = pageStrings(lang);
  return (
    <main className="a0-landing" id="main" data-testid="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p className="a0-lead">{t.notFoundMessage}</p>
      <div className="a0-landing-actions">
        <a className="a0-button" href={homeHref}>
          {t.backToStart}
        </a>
      </div>
    </main>
  );
}
