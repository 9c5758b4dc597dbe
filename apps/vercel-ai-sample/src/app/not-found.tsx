import { NotFound } from '@repo/ui';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { signedInUser } from '@/lib/server/session.ts';
import { Header } from './header.tsx';

/** Any address the app has no page for: the app's header, in the user's language, and the way back. */
export default async function NotFoundPage() {
  const [{ config }, lang, user] = await Promise.all([serverContext(), requestLang(), signedInUser()]);
  return (
    <>
      <Header lang={lang} config={config} user={user} />
      <NotFound lang={lang} homeHref="/" />
    </>
  );
}
