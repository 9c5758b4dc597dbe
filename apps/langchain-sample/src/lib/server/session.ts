import 'server-only';
import type { DocumentUser } from '@repo/documents';
import type { UserInfo } from '@repo/ui';
import { serverContext } from './context.ts';

export interface SignedInUser {
  profile: UserInfo;
  /** Identity for the documents' access rules. */
  documents: DocumentUser;
}

/**
 * The signed-in user, or null. Shares are matched by e-mail, so an address the issuer marks as not
 * verified is not used for them.
 */
export async function signedInUser(): Promise<SignedInUser | null> {
  const { auth0 } = await serverContext();
  const user = (await auth0.getSession())?.user;
  if (!user?.sub) return null;
  const email = typeof user.email === 'string' && user.email_verified !== false ? user.email : undefined;
  return {
    profile: { name: user.name, email: user.email, picture: user.picture },
    documents: { userId: user.sub, email },
  };
}

/** The user's access token for the issuer's APIs (the SDK refreshes it when it has expired). */
export async function accessToken(): Promise<string> {
  const { auth0 } = await serverContext();
  return (await auth0.getAccessToken()).token;
}
