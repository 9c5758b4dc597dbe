// @repo/dev-idp/testing: for tests that sign in through the dev issuer in a browser. Not for application code.
export { cancelSignIn } from './cancel.ts';
export { signInAs } from './sign-in.ts';
