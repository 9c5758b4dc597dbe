import { approvalDeviceUrl } from '@repo/chat/tools';
import { DOCS_BASE_URL } from '@repo/config';
import { Landing, toolSuggestions } from '@repo/ui';
import { appStrings } from '@/i18n/strings.ts';
import { SUGGESTED_TOOLS } from '@/lib/chat/suggestions.ts';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { signedInUser } from '@/lib/server/session.ts';
import { Chat } from './chat.tsx';
import { Header } from './header.tsx';

// Per-user page: rendered for every request, never prerendered.
export const dynamic = 'force-dynamic';

export default async function Home() {
  const [{ config }, lang, user] = await Promise.all([serverContext(), requestLang(), signedInUser()]);
  const t = appStrings(lang);
  return (
    <>
      <Header lang={lang} config={config} user={user} current="chat" />
      {user ? (
        <Chat
          lang={lang}
          docsBaseUrl={DOCS_BASE_URL}
          suggestions={toolSuggestions(SUGGESTED_TOOLS, lang)}
          approvalDeviceUrl={approvalDeviceUrl(config, lang)}
        />
      ) : (
        <Landing
          lang={lang}
          // ui_locales: Auth0's Universal Login (and the dev issuer) show their screens in the app's language.
          loginHref={`/auth/login?ui_locales=${lang}`}
          signupHref={`/auth/login?screen_hint=signup&ui_locales=${lang}`}
          lead={t.landingLead}
          points={t.landingPoints}
        />
      )}
    </>
  );
}
