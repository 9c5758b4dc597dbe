// Where the "connect your account" window lands after @auth0/nextjs-auth0's /auth/connect: it says so and closes
// itself, and the chat in the main window asks the interrupted question again.
import { ConnectedWindow } from '@repo/ui';
import { requestLang } from '@/lib/server/lang.ts';

export const dynamic = 'force-dynamic';

export default async function Connected() {
  return <ConnectedWindow lang={await requestLang()} />;
}
