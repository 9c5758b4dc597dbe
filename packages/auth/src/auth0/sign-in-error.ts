// Where a failed sign-in lands. The SDK's default answer to a callback error is a bare English 500
// ("An error occurred during the authorization flow."); this hook sends the browser to the app's own page
// instead, which explains the error in the user's language and offers to sign in again. Only the error's
// code travels in the URL: never its description, a token or the callback's query.
import { InvalidConfigurationError } from '@auth0/nextjs-auth0/errors';
import type { OnCallbackHook } from '@auth0/nextjs-auth0/types';
import { NextResponse } from 'next/server';

/** The app page that explains a failed sign-in (each sample has one). */
export const SIGN_IN_ERROR_PATH = '/sign-in-error';

/** What a code may look like to be shown: OAuth error codes and the SDK's are lower-case words with `_`. */
const SAFE_CODE = /^[a-z][a-z0-9_.-]{0,63}$/;

/** The error's code, if it looks like one: the issuer's OAuth error (`access_denied`, ...) before the SDK's own. */
export function signInErrorCode(error: { code?: unknown; cause?: unknown }): string | undefined {
  const cause = error.cause as { code?: unknown } | undefined;
  for (const code of [cause?.code, error.code]) {
    if (typeof code === 'string' && SAFE_CODE.test(code)) return code;
  }
  return undefined;
}

/** `path` under the base URL, as the SDK builds its own redirects (a leading `/` stays under a base path). */
function underBase(path: string, baseUrl: string): URL {
  return new URL(path.replace(/^\/+/, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/**
 * The SDK's `onCallback`: success goes where the sign-in started (`returnTo`, else `/`), as the SDK's default
 * does; an error goes to {@link SIGN_IN_ERROR_PATH} with its code.
 */
export const redirectFailedSignIn: OnCallbackHook = async (error, ctx) => {
  if (!error) {
    if (!ctx.appBaseUrl)
      throw new InvalidConfigurationError('appBaseUrl could not be resolved for the callback redirect.');
    return NextResponse.redirect(underBase(ctx.returnTo || '/', ctx.appBaseUrl));
  }
  const code = signInErrorCode(error);
  const target = `${SIGN_IN_ERROR_PATH}${code ? `?code=${encodeURIComponent(code)}` : ''}`;
  // A missing or unknown `state` reaches the hook without the base URL: a relative Location is valid HTTP.
  if (!ctx.appBaseUrl) return new NextResponse(null, { status: 307, headers: { location: target } });
  return NextResponse.redirect(underBase(target, ctx.appBaseUrl));
};
