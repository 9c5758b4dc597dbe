import type { SourceInfo } from '@repo/chat/errors';
import type { ReactNode } from 'react';
import { type Lang, strings } from '../i18n/strings.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface AppHeaderProps {
  lang: Lang;
  source: SourceInfo;
  /** The language switch (the app wires what happens after a switch, e.g. a refresh). */
  languageSwitch: ReactNode;
  /** The user menu when signed in, or nothing. */
  user?: ReactNode;
  /** Links to a sample's pages (e.g. Chat, Documents), shown next to the title. */
  nav?: ReactNode;
}

export function AppHeader({ lang, source, languageSwitch, user, nav }: AppHeaderProps) {
  const t = strings(lang);
  return (
    <header className="a0-header">
      <div className="a0-header-row">
        <a className="a0-title" href="/">
          {t.appTitle}
        </a>
        {nav}
        <div className="a0-header-controls">
          {languageSwitch}
          {user}
        </div>
      </div>
      <SourceBadge source={source} lang={lang} />
    </header>
  );
}
