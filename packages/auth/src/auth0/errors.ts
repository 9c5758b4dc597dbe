import type { Localized } from '@repo/config';

export type Auth0SetupErrorCode = 'auth0-app-location-missing' | 'auth0-dev-domain-not-loopback';

/**
 * Auth0 sign-in cannot be wired up as configured. `localized` says what to do in both languages; the English
 * text is also the Error message. Never contains the client secret or the cookie secret.
 */
export class Auth0SetupError extends Error {
  override readonly name = 'Auth0SetupError';
  constructor(
    readonly code: Auth0SetupErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}
