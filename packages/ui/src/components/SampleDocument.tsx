import type { ReactNode } from 'react';
import { type Lang, strings } from '../i18n/index.ts';

export interface SampleDocumentProps {
  lang: Lang;
  children: ReactNode;
}

/** The page's `<html>` and `<body>` (a sample's root layout): the page language and a skip link to `#main`. */
export function SampleDocument({ lang, children }: SampleDocumentProps) {
  return (
    <html lang={lang}>
      <body>
        <a className="a0-skip" href="#main">
          {strings(lang).skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
