import { SignInError } from '@repo/ui';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { signedInUser } from '@/lib/server/session.ts';
import { Header } from '../header.tsx';

// Where a failed sign-in lands (the Auth0 client's onCallback sends it here with the error's code).
export const dynamic = 'force-dynamic';

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const [{ config }, lang, user, { code }] = await Promise.all([
    serverContext(),
    requestLang(),
    signedInUser(),
    searchParams,
  ]);
  return (
    <>
      <Header lang={lang} config={config} user={user} />
      <SignInError
        lang={lang}
        code={typeof code === 'string' ? code : undefined}
        loginHref={`/auth/login?ui_locales=${lang}`}
        homeHref="/"
      />
    </>
  );
}
