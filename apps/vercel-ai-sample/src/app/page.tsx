import { sourceInfo } from '@repo/chat';
import { DOCS_BASE_URL } from '@repo/config';
import { AppHeader, Landing, UserMenu } from '@repo/ui';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { signedInUser } from '@/lib/server/session.ts';
import { Chat } from './chat.tsx';
import { LanguageControl } from './language-control.tsx';

// Per-user page: rendered for every request, never prerendered.
export const dynamic = 'force-dynamic';

export default async function Home() {
  const [{ config }, lang, user] = await Promise.all([serverContext(), requestLang(), signedInUser()]);
  return (
    <>
      <AppHeader
        lang={lang}
        source={sourceInfo(config)}
        languageSwitch={<LanguageControl lang={lang} />}
        user={user ? <UserMenu lang={lang} logoutHref="/auth/logout" user={user.profile} /> : undefined}
      />
      {user ? (
        <Chat lang={lang} docsBaseUrl={DOCS_BASE_URL} />
      ) : (
        <Landing
          lang={lang}
          // ui_locales: Auth0's Universal Login (and the dev issuer) show their screens in the app's language.
          loginHref={`/auth/login?ui_locales=${lang}`}
          signupHref={`/auth/login?screen_hint=signup&ui_locales=${lang}`}
        />
      )}
    </>
  );
}
