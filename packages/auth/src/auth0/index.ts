// @repo/auth/auth0: Auth0 sign-in for the Next.js samples. `ensureDevIdp` lives in `@repo/auth/auth0/dev-idp`.

export { auth0Client } from './client.ts';
export { Auth0SetupError, type Auth0SetupErrorCode } from './errors.ts';
export { type AppLocation, auth0ClientOptions, BASE_SCOPES, mergeScopes, resolveAppBaseUrl } from './options.ts';
