// The bearer key clients send to the local Bedrock emulator when no real credential is configured.
// It has the shape of a long-term Bedrock API key, `ABSK` + base64(`<IAM user>-at-<account>:<secret>`),
// so every client and every key check treats it like a real one; the account 000000000000 and the
// user name make it unmistakably fake. It is public and grants nothing anywhere.

const EMULATOR_KEY_USER = 'BedrockAPIKey-emulator-at-000000000000';
const EMULATOR_KEY_SECRET = 'ZW11bGF0b3Itb25seS1ub3QtYS1yZWFsLWtleQ==';

export const EMULATOR_API_KEY = `ABSK${btoa(`${EMULATOR_KEY_USER}:${EMULATOR_KEY_SECRET}`)}`;

/** The local dev issuer's fixed client (see @repo/dev-idp). Public, for local development only. */
export const DEV_AUTH0_CLIENT_ID = 'auth0-ai-samples-dev';
export const DEV_AUTH0_CLIENT_SECRET = 'dev-idp-client-secret-not-for-production';
/**
 * The dev issuer's machine client for the local OpenFGA server (client credentials). Public like the one above:
 * it only works against the dev issuer, which listens on loopback only.
 */
export const DEV_FGA_CLIENT_ID = 'auth0-ai-samples-fga-dev';
export const DEV_FGA_CLIENT_SECRET = 'dev-idp-fga-client-secret-not-for-production';
/** Session-cookie secret used with the dev issuer when AUTH0_SECRET is unset. Public, dev only. */
export const DEV_AUTH0_SECRET = 'dev-session-secret-not-for-production-0000000000000000';
