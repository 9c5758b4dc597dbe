// The contract every package builds on: what @repo/config hands out after reading the .env layout.
// Only @repo/config reads environment variables; everything else receives a Config.

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** A text that exists in both languages. A missing translation is a type error and fails a test. */
export interface Localized {
  ja: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** One diagnosis: what is wrong (or worth knowing), where, and how to fix it. Never holds a secret value. */
export interface Finding {
  /** Stable kebab-case code; also the anchor of its troubleshooting entry on the docs site. */
  code: string;
  severity: Severity;
  /** The variable it is about, when there is one (canonical name, or the alias the user wrote). */
  variable?: string;
  message: Localized;
  fix: Localized;
  /** Docs page path without locale, with anchor, e.g. `troubleshooting/#api-key-expired`. */
  docs: string;
}

/** How Bedrock is reached. `emulator` is the local @repo/bedrock-emulator. */
export type BedrockMode = 'aws' | 'emulator';

/**
 * The Bedrock credential the clients will use, already resolved by precedence:
 * 1. `api-key`: AWS_BEARER_TOKEN_BEDROCK (the IAM chain is then not consulted at all);
 * 2. `generated-api-key`: short-term keys generated and refreshed from the IAM chain;
 * 3. `iam`: the IAM chain, SigV4-signed requests;
 * `emulator`: the emulator's demo key (emulator mode with no credential configured).
 */
export type BedrockCredentials =
  | { source: 'api-key'; apiKey: string; keyKind: 'short-term' | 'long-term' }
  | { source: 'generated-api-key'; iam: IamSettings }
  | { source: 'iam'; iam: IamSettings }
  | { source: 'emulator'; apiKey: string };

/** Explicit IAM settings; empty means the standard AWS credential chain finds them (SSO, role, ...). */
export interface IamSettings {
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  profile?: string;
}

export interface BedrockConfig {
  mode: BedrockMode;
  /** Why this mode and credential were chosen, for doctor and the startup banner. */
  reason: Localized;
  region: string;
  chatModelId: string;
  embeddingModelId: string;
  /** Vector size the embedding model returns with this config (Titan v2: 256 | 512 | 1024). */
  embeddingDimensions: number;
  /** Runtime and control-plane endpoint overrides (VPC endpoints, the emulator). Unset: AWS's default. */
  endpoints: { runtime?: string; controlPlane?: string };
  credentials: BedrockCredentials;
  /** Port of the local emulator (used in emulator mode when no endpoint is set). */
  emulatorPort: number;
}

export type Auth0Mode = 'tenant' | 'dev';

/** Secrets used with the local dev issuer; random per checkout (see `devSecrets` in @repo/config/node). */
export interface DevSecrets {
  /** The session-cookie secret when AUTH0_SECRET is unset. */
  sessionSecret: string;
  /** The dev issuer's client secret. */
  clientSecret: string;
  /** The dev issuer's machine client secret for the local OpenFGA server. */
  fgaClientSecret: string;
}

export interface Auth0Config {
  mode: Auth0Mode;
  /** Host (and port for the dev issuer), never with scheme: `example.jp.auth0.com`, `localhost:4455`. */
  domain: string;
  /** `https://<domain>` for a tenant, `http://localhost:<port>` for the dev issuer. */
  issuerBaseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Cookie encryption secret for @auth0/nextjs-auth0 (32+ characters). */
  secret: string;
  /** Explicit APP_BASE_URL; unset means each app derives it from its own port. */
  appBaseUrl?: string;
  audience?: string;
  /** `openid profile email offline_access` plus AUTH0_SCOPE. */
  scope: string;
  /** Port of the local dev issuer (dev mode). */
  devIdpPort: number;
}

/** Where the LangChain sample keeps documents. Unset `databaseUrl`: the embedded PGlite. */
export interface DocumentsConfig {
  /** DATABASE_URL: a PostgreSQL server with pgvector. A secret (it holds a password). */
  databaseUrl?: string;
}

/**
 * Who decides document permissions. `dev`: the local dev-fga at `apiUrl` (no token). `remote`: Auth0 FGA or an
 * OpenFGA server, the store FGA_STORE_ID, with client credentials when FGA_CLIENT_ID is set.
 */
export interface FgaConfig {
  mode: 'dev' | 'remote';
  apiUrl: string;
  storeId?: string;
  clientId?: string;
  clientSecret?: string;
  apiAudience?: string;
  apiTokenIssuer?: string;
  /** Port of the local dev-fga (dev mode). */
  devFgaPort: number;
}

/** The Shop API of the asynchronous-authorization (CIBA) example. */
export interface ShopConfig {
  /** SHOP_API_URL; unset: the sample's own Shop API (`/api/shop` on the app's base URL). */
  apiUrl?: string;
  /** SHOP_API_AUDIENCE: the API's identifier, the `audience` of the tokens the purchase tool asks for. */
  audience: string;
}

/** Token Vault: the Auth0 connection whose tokens the calendar tool asks for. */
export interface TokenVaultConfig {
  /** GOOGLE_CONNECTION_NAME (default `google-oauth2`, Auth0's Google social connection). */
  connection: string;
}

export interface Config {
  bedrock: BedrockConfig;
  auth0: Auth0Config;
  documents?: DocumentsConfig;
  fga?: FgaConfig;
  shop?: ShopConfig;
  tokenVault?: TokenVaultConfig;
  /** Where each variable's value came from: `environment`, or the path of the .env file. */
  sources: Record<string, string>;
  /** Warnings and infos found while loading (errors make loadConfig throw instead). */
  findings: Finding[];
}
