// The signed-in user and their access token, from the Auth0 session (the SDK finds the request through Next.js).
import 'server-only';
import { auth0AIReady } from '@repo/auth/auth0-ai/settings';
import type { UserInfo } from '@repo/chat';
import { serverContext } from './context.ts';

export interface SignedInUser {
  /** The user's ID at the issuer (`auth0|...`, `dev-idp|...`). */
  sub: string;
  profile: UserInfo;
  /** The e-mail address, unless the issuer marks it as not verified (so it can be trusted to match shares). */
  verifiedEmail?: string;
}

/** The signed-in user, or null. */
export async function signedInUser(): Promise<SignedInUser | null> {
  const { auth0 } = await serverContext();
  const user = (await auth0.getSession())?.user;
  if (!user?.sub) return null;
  const verifiedEmail = typeof user.email === 'string' && user.email_verified !== false ? user.email : undefined;
  return { sub: user.sub, profile: { name: user.name, email: user.email, picture: user.picture }, verifiedEmail };
}

/** The user's access token for the issuer's APIs (the SDK refreshes it when it has expired). */
export async function accessToken(): Promise<string> {
  const { auth0 } = await serverContext();
  return (await auth0.getAccessToken()).token;
}

/** The session's refresh token: what Token Vault exchanges for the user's token at another service. */
export async function refreshToken(): Promise<string | undefined> {
  const { auth0, config } = await serverContext();
  // The exchange follows: with the local dev issuer, @auth0/ai's https call needs its certificate trusted.
  await auth0AIReady(config);
  return (await auth0.getSession())?.tokenSet.refreshToken;
}
