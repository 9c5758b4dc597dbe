import { sourceInfo } from '@repo/chat';
import type { Config } from '@repo/config';
import { AppHeader, type Lang, UserMenu } from '@repo/ui';
import type { SignedInUser } from '@/lib/server/session.ts';
import { LanguageControl } from './language-control.tsx';

/** The shared header: title, where answers come from, the language switch and the user menu when signed in. */
export function Header({ lang, config, user }: { lang: Lang; config: Config; user: SignedInUser | null }) {
  return (
    <AppHeader
      lang={lang}
      source={sourceInfo(config)}
      languageSwitch={<LanguageControl lang={lang} />}
      user={user ? <UserMenu lang={lang} logoutHref="/auth/logout" user={user.profile} /> : undefined}
    />
  );
}
