// From variables to a typed Config (isomorphic: the docs site's live checker runs this in the browser).
// Every problem becomes a Finding; a Config is returned only when there is no error.

import { checkAuth0 } from './checks/auth0.ts';
import { CheckContext } from './checks/context.ts';
import { checkBearerToken, checkIam, resolveBedrockAccess } from './checks/credentials.ts';
import { checkEmbeddingDimensions, checkModel } from './checks/models.ts';
import { checkRegion } from './checks/region.ts';
import { checkNames, checkSingleValues, collectValues } from './checks/values.ts';
import { hasErrors } from './findings.ts';
import { describeSecret } from './key-shapes.ts';
import type { Auth0Mode, BedrockMode, Config, DevSecrets, FgaConfig, Finding, Localized, ShopConfig } from './types.ts';
import { ENV_ALIASES, ENV_VARIABLES } from './variables.ts';

export interface ResolveOptions {
  /** Clock for key expiry checks (tests pass a fixed date). Default: now. */
  now?: Date;
  /** NODE_ENV=production: dev-only values (the dev issuer, public or missing secrets) are errors. */
  production?: boolean;
  /** Secrets for the dev issuer. Default: random ones for this call (the Node loader passes the checkout's). */
  devSecrets?: DevSecrets;
  /**
   * Hold back the errors that rest on the model catalog alone (end of life, not in the region, needs a profile,
   * profile from the wrong region) in `deferred`, keeping the model, so online doctor can let the account decide.
   */
  deferCatalogModelErrors?: boolean;
}

/** One variable as the summary shows it: secrets as kind + length + fingerprint, never the value. */
export interface ValueSummary {
  name: string;
  display: Localized;
  secret: boolean;
  source: string;
}

/** A secret-free description of what was resolved, also when there are errors (for doctor and the docs widget). */
export interface ConfigSummary {
  bedrock: {
    mode: BedrockMode;
    reason: Localized;
    region?: string;
    chatModelId?: string;
    embeddingModelId?: string;
    embeddingDimensions?: number;
    credential: Localized;
    endpoints: { runtime?: string; controlPlane?: string };
  };
  auth0: { mode: Auth0Mode; issuerBaseUrl: string; clientId: string };
  values: ValueSummary[];
}

export interface ResolveResult {
  config?: Config;
  findings: Finding[];
  summary: ConfigSummary;
  /** With `deferCatalogModelErrors`: the catalog's errors held back (not in `findings`). */
  deferred?: Finding[];
}

/**
 * Resolve the .env layout into a Config.
 * @param vars variable name -> value (empty strings count as unset)
 * @param sources variable name -> where the value came from (`environment`, a file path, ...)
 */
export function resolveConfig(
  vars: Record<string, string | undefined>,
  sources: Record<string, string> = {},
  options: ResolveOptions = {},
): ResolveResult {
  const ctx = new CheckContext(options.now ?? new Date(), options.deferCatalogModelErrors ?? false);
  checkNames(
    ctx,
    Object.keys(vars).filter((k) => vars[k] !== undefined),
  );
  collectValues(ctx, vars);
  checkSingleValues(ctx, new Set(['AWS_BEARER_TOKEN_BEDROCK']));

  const emulatorPort = Number(ctx.get('BEDROCK_EMULATOR_PORT') ?? 4010);
  const emulatorEndpoint = ctx.get('AWS_ENDPOINT_URL_BEDROCK_RUNTIME') ?? `http://127.0.0.1:${emulatorPort}`;
  const token = checkBearerToken(ctx);
  const iam = checkIam(ctx);
  const access = resolveBedrockAccess(ctx, token, iam, emulatorEndpoint);
  const region = checkRegion(ctx, access.mode, token?.kind === 'short-term' ? token.shortTerm : undefined);
  const chat = checkModel(ctx, 'chat', region, access.mode);
  const embedding = checkModel(ctx, 'embedding', region, access.mode);
  const embeddingDimensions = checkEmbeddingDimensions(ctx, embedding);
  const auth0 = checkAuth0(ctx, {
    devSecrets: options.devSecrets ?? randomDevSecrets(),
    production: options.production ?? false,
  });

  const runtime = ctx.get('AWS_ENDPOINT_URL_BEDROCK_RUNTIME');
  const controlPlane = ctx.get('AWS_ENDPOINT_URL_BEDROCK');
  const endpoints =
    access.mode === 'emulator'
      ? { runtime: emulatorEndpoint, controlPlane: controlPlane ?? emulatorEndpoint }
      : { ...(runtime ? { runtime } : {}), ...(controlPlane ? { controlPlane } : {}) };

  const summary: ConfigSummary = {
    bedrock: {
      mode: access.mode,
      reason: access.reason,
      ...(region ? { region } : {}),
      ...(chat ? { chatModelId: chat.id } : {}),
      ...(embedding ? { embeddingModelId: embedding.id } : {}),
      ...(embeddingDimensions ? { embeddingDimensions } : {}),
      credential: access.credentialLabel,
      endpoints,
    },
    auth0: { mode: auth0.mode, issuerBaseUrl: auth0.issuerBaseUrl, clientId: auth0.clientId },
    values: summarizeValues(vars, sources),
  };

  const findings = ctx.findings;
  const deferred = options.deferCatalogModelErrors ? { deferred: ctx.deferred } : {};
  if (
    hasErrors(findings) ||
    !access.credentials ||
    !region ||
    !chat ||
    !embedding ||
    !embeddingDimensions ||
    !auth0.secret
  )
    return { findings, summary, ...deferred };

  const usedSources: Record<string, string> = {};
  for (const v of summary.values) usedSources[v.name] = v.source;
  const config: Config = {
    bedrock: {
      mode: access.mode,
      reason: access.reason,
      region,
      chatModelId: chat.id,
      embeddingModelId: embedding.id,
      embeddingDimensions,
      endpoints,
      credentials: access.credentials,
      emulatorPort,
    },
    auth0: { ...auth0, secret: auth0.secret },
    documents: { databaseUrl: ctx.get('DATABASE_URL') },
    fga: fgaConfig(ctx.get.bind(ctx)),
    shop: shopConfig(ctx.get.bind(ctx)),
    tokenVault: { connection: ctx.get('GOOGLE_CONNECTION_NAME') ?? DEFAULT_GOOGLE_CONNECTION },
    sources: usedSources,
    findings,
  };
  return { config, findings, summary, ...deferred };
}

/** Auth0's name for its Google social connection. */
export const DEFAULT_GOOGLE_CONNECTION = 'google-oauth2';

/** FGA_STORE_ID switches from the local dev-fga to the configured FGA service. */
function fgaConfig(get: (name: string) => string | undefined): FgaConfig {
  const devFgaPort = Number(get('DEV_FGA_PORT') ?? 8080);
  const storeId = get('FGA_STORE_ID');
  if (!storeId) return { mode: 'dev', apiUrl: `http://localhost:${devFgaPort}`, devFgaPort };
  const optional = (name: string, key: keyof FgaConfig) => (get(name) ? { [key]: get(name) } : {});
  return {
    mode: 'remote',
    apiUrl: get('FGA_API_URL') ?? 'https://api.us1.fga.dev',
    storeId,
    ...optional('FGA_CLIENT_ID', 'clientId'),
    ...optional('FGA_CLIENT_SECRET', 'clientSecret'),
    ...optional('FGA_API_AUDIENCE', 'apiAudience'),
    ...optional('FGA_API_TOKEN_ISSUER', 'apiTokenIssuer'),
    devFgaPort,
  };
}

/** The Shop API's identifier when SHOP_API_AUDIENCE is unset (an absolute URI, as Auth0 recommends). */
export const DEFAULT_SHOP_API_AUDIENCE = 'https://shop.example.com/api';

function shopConfig(get: (name: string) => string | undefined): ShopConfig {
  const apiUrl = get('SHOP_API_URL');
  return { audience: get('SHOP_API_AUDIENCE') ?? DEFAULT_SHOP_API_AUDIENCE, ...(apiUrl ? { apiUrl } : {}) };
}

/** Unguessable and unshared: fine where nothing else must know them (the browser checker, tests). */
function randomDevSecrets(): DevSecrets {
  const hex = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  return { sessionSecret: hex(), clientSecret: hex(), fgaClientSecret: hex() };
}

function summarizeValues(vars: Record<string, string | undefined>, sources: Record<string, string>): ValueSummary[] {
  const known = [
    ...ENV_VARIABLES.map((v) => ({ name: v.name, secret: v.secret })),
    ...ENV_ALIASES.map((a) => ({ name: a.name, secret: false })),
  ];
  return known.flatMap(({ name, secret }) => {
    const value = vars[name];
    if (value === undefined || value === '') return [];
    const display = secret ? describeSecret(name, value) : { ja: value, en: value };
    return [{ name, display, secret, source: sources[name] ?? 'environment' }];
  });
}
