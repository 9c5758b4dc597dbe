// @repo/dev-idp/testing: for tests that sign in through the dev issuer in a browser, need its CIBA answers, or use
// its Token Vault. Not for application code.
export { cancelSignIn } from './cancel.ts';
export { approvedCibaToken, waitForPendingRequest } from './ciba.ts';
export { allowConnection, disconnectThroughApp } from './connect.ts';
export { answerOnDevicePage } from './device-page.ts';
export { signInAs, signInBackTo } from './sign-in.ts';
export { connectAccount, disconnectAccounts, refreshTokenFor } from './token-vault.ts';
