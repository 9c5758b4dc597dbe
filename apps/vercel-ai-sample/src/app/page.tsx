import { DOCS_BASE_URL } from '@repo/config';
import { AppHeader, Landing, UserMenu } from '@repo/ui';
import { sourceInfo } from '@repo/ui/server';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { Chat } from './chat.tsx';
import { LanguageControl } from './language-control.tsx';

// Per-user page: rendered for every request, never prerendered.
export const dynamic = 'force-dynamic';

export default async function Home() {
  const [{ config, auth0 }, lang] = await Promise.all([serverContext(), requestLang()]);
  const session = await auth0.getSession();
  const user = session?.user;
  return (
    <>
      <AppHeader
        lang={lang}
        source={sourceInfo(config)}
        languageSwitch={<LanguageControl lang={lang} />}
        user={
          user ? (
            <UserMenu
              lang={lang}
              logoutHref="/auth/logout"
              user={{ name: user.name, email: user.email, picture: user.picture }}
            />
          ) : undefined
        }
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
