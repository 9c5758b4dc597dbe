import { sourceInfo } from '@repo/chat';
import type { Config } from '@repo/config';
import { AppHeader, type Lang, UserMenu } from '@repo/ui';
import { appStrings } from '@/i18n/strings.ts';
import type { SignedInUser } from '@/lib/server/session.ts';
import { LanguageControl } from './language-control.tsx';

/** The shared header with this sample's pages (Chat, Documents) when signed in. */
export function Header({
  lang,
  config,
  user,
  current,
}: {
  lang: Lang;
  config: Config;
  user: SignedInUser | null;
  current?: 'chat' | 'documents';
}) {
  const t = appStrings(lang);
  return (
    <AppHeader
      lang={lang}
      source={sourceInfo(config)}
      languageSwitch={<LanguageControl lang={lang} />}
      nav={
        user ? (
          <nav className="a0-nav" aria-label={t.navLabel}>
            <a href="/" aria-current={current === 'chat' ? 'page' : undefined}>
              {t.navChat}
            </a>
            <a href="/documents" aria-current={current === 'documents' ? 'page' : undefined}>
              {t.navDocuments}
            </a>
          </nav>
        ) : undefined
      }
      user={user ? <UserMenu lang={lang} logoutHref="/auth/logout" user={user.profile} /> : undefined}
    />
  );
}
