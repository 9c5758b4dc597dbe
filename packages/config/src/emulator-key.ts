// The bearer key clients send to the local Bedrock emulator when no real credential is configured.
// It has the shape of a long-term Bedrock API key, `ABSK` + base64(`<IAM user>-at-<account>:<secret>`),
// so every client and every key check treats it like a real one; the account 000000000000 and the
// user name make it unmistakably fake. It is public and grants nothing anywhere.

const EMULATOR_KEY_USER = 'BedrockAPIKey-emulator-at-000000000000';
const EMULATOR_KEY_SECRET = 'ZW11bGF0b3Itb25seS1ub3QtYS1yZWFsLWtleQ==';

export const EMULATOR_API_KEY = `ABSK${btoa(`${EMULATOR_KEY_USER}:${EMULATOR_KEY_SECRET}`)}`;

/** The local dev issuer's client ID (see @repo/dev-idp). Its secret is per checkout: devSecrets() in ./node. */
export const DEV_AUTH0_CLIENT_ID = 'auth0-ai-samples-dev';
/** The dev issuer's machine client for the local OpenFGA server (client credentials); its secret is per checkout too. */
export const DEV_FGA_CLIENT_ID = 'auth0-ai-samples-fga-dev';
