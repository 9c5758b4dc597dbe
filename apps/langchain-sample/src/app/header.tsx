import { sourceInfo } from '@repo/chat';
import type { Config } from '@repo/config';
import { AppHeader, type Lang, SampleNav, UserMenu } from '@repo/ui';
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
  return (
    <AppHeader
      lang={lang}
      source={sourceInfo(config)}
      languageSwitch={<LanguageControl lang={lang} />}
      nav={user ? <SampleNav lang={lang} current={current} /> : undefined}
      user={user ? <UserMenu lang={lang} logoutHref="/auth/logout" user={user.profile} /> : undefined}
    />
  );
}
