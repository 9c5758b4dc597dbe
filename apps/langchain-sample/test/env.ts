// The environment the app is built and run with in tests. Secret values are generated sentinels, so a
// test can look for them in everything the browser receives. All obviously fake.
import { DEV_FIXED_SECRETS, sentinelBedrockKey, sentinelSecret } from '@repo/devtools/secret-scan';

export const SENTINELS = {
  AUTH0_SECRET: sentinelSecret(),
  AUTH0_CLIENT_SECRET: sentinelSecret(),
  AWS_BEARER_TOKEN_BEDROCK: sentinelBedrockKey(),
  /** The password inside DATABASE_URL. */
  DATABASE_PASSWORD: sentinelSecret(),
} as const;

/**
 * What the secrets tests look for: any slice of the secrets made for this run, and the fixed secrets the app
 * really uses in dev mode (public, but server-side) as whole strings.
 */
export const SECRETS = { sliced: Object.values(SENTINELS), whole: DEV_FIXED_SECRETS };

/** The app's environment: emulator mode on the test emulator, the dev issuer, dev-fga, documents on the test database. */
export function appEnv(ports: { emulatorPort: number; devIdpPort: number; devFgaPort: number }, databaseUrl: string) {
  const { DATABASE_PASSWORD: _, ...secrets } = SENTINELS;
  return {
    ...secrets,
    BEDROCK_MODE: 'emulator',
    BEDROCK_EMULATOR_PORT: String(ports.emulatorPort),
    DEV_IDP_PORT: String(ports.devIdpPort),
    DEV_FGA_PORT: String(ports.devFgaPort),
    DATABASE_URL: databaseUrl,
    LANG: 'en_US.UTF-8',
  };
}
