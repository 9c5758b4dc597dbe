// @repo/dev-idp/testing: for tests that sign in through the dev issuer in a browser or need its CIBA answers.
// Not for application code.
export { cancelSignIn } from './cancel.ts';
export { approvedCibaToken, waitForPendingRequest } from './ciba.ts';
export { answerOnDevicePage } from './device-page.ts';
export { signInAs } from './sign-in.ts';
