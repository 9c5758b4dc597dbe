import { DocumentsPanel } from '@repo/ui';
import { redirect } from 'next/navigation';
import { serverContext } from '@/lib/server/context.ts';
import { requestLang } from '@/lib/server/lang.ts';
import { signedInUser } from '@/lib/server/session.ts';
import { Header } from '../header.tsx';

export const dynamic = 'force-dynamic';

export default async function DocumentsPage() {
  const [{ config }, lang, user] = await Promise.all([serverContext(), requestLang(), signedInUser()]);
  if (!user) redirect('/auth/login?returnTo=/documents');
  return (
    <>
      <Header lang={lang} config={config} user={user} current="documents" />
      <DocumentsPanel lang={lang} />
    </>
  );
}
