// The environment the app is built and run with in tests. Secret values are generated sentinels, so a
// test can look for them in everything the browser receives. All obviously fake.
import { randomBytes } from 'node:crypto';
import { DEV_AUTH0_CLIENT_SECRET, DEV_AUTH0_SECRET } from '@repo/config';

// Random letters only: a readable word inside a sentinel could match unrelated text in a bundle.
const random = () => randomBytes(30).toString('base64url');

export const SENTINELS = {
  AUTH0_SECRET: `fake${random()}`,
  AUTH0_CLIENT_SECRET: `fake${random()}`,
  AWS_BEARER_TOKEN_BEDROCK: `ABSK${Buffer.from(`BedrockAPIKey-fake-at-000000000000:${random()}`).toString('base64')}`,
  /** The password inside DATABASE_URL. */
  DATABASE_PASSWORD: `fake${random()}`,
} as const;

/** Server-side secrets made for this run: no slice of them may appear in what the browser gets. */
export const SERVER_SECRETS: readonly string[] = Object.values(SENTINELS);

/** Fixed secrets the app really uses in dev mode (public, but server-side): checked as whole strings. */
export const FIXED_SECRETS: readonly string[] = [DEV_AUTH0_CLIENT_SECRET, DEV_AUTH0_SECRET];

/** The app's environment: emulator mode on the test emulator, the dev issuer, documents on the test database. */
export function appEnv(ports: { emulatorPort: number; devIdpPort: number }, databaseUrl: string) {
  const { DATABASE_PASSWORD: _, ...secrets } = SENTINELS;
  return {
    ...secrets,
    BEDROCK_MODE: 'emulator',
    BEDROCK_EMULATOR_PORT: String(ports.emulatorPort),
    DEV_IDP_PORT: String(ports.devIdpPort),
    DATABASE_URL: databaseUrl,
    LANG: 'en_US.UTF-8',
  };
}
