// @repo/auth/auth0: Auth0 sign-in for the Next.js samples (the local dev issuer is started by `pnpm dev`, @repo/devtools).

export { auth0Client } from './client.ts';
export { Auth0SetupError, type Auth0SetupErrorCode } from './errors.ts';
export { type AppLocation, auth0ClientOptions, BASE_SCOPES, mergeScopes, resolveAppBaseUrl } from './options.ts';
export { redirectFailedSignIn, SIGN_IN_ERROR_PATH, signInErrorCode } from './sign-in-error.ts';
