import type { ReactNode } from 'react';
import type { SourceInfo } from '../chat-types.ts';
import { type Lang, strings } from '../i18n/strings.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface AppHeaderProps {
  lang: Lang;
  source: SourceInfo;
  /** The language switch (the app wires what happens after a switch, e.g. a refresh). */
  languageSwitch: ReactNode;
  /** The user menu when signed in, or nothing. */
  user?: ReactNode;
}

export function AppHeader({ lang, source, languageSwitch, user }: AppHeaderProps) {
  const t = strings(lang);
  return (
    <header className="a0-header">
      <div className="a0-header-row">
        <a className="a0-title" href="/">
          {t.appTitle}
        </a>
        <div className="a0-header-controls">
          {languageSwitch}
          {user}
        </div>
      </div>
      <SourceBadge source={source} lang={lang} />
    </header>
  );
}
