// @repo/config: the one .env layout every sample reads. Isomorphic (no Node built-ins): the docs
// site runs it in the browser. Reading files and the real environment is in `@repo/config/node`.

export {
  API_KEY_VARIABLE,
  formatDuration,
  formatUtc,
  type InspectOptions,
  inspectApiKey,
  KEY_FINDING_CODES,
  type KeyInspection,
  type LongTermKeyDetails,
  type ShortTermKeyDetails,
  wrongRegionFinding,
} from './api-key.ts';
export { normalizeAuth0Domain } from './checks/auth0.ts';
export { isPublicDevSecret } from './checks/production.ts';
export { ConfigError, formatConfigProblems } from './config-error.ts';
export { CONNECT_BEDROCK_DOCS, DOCS_BASE_URL, docsUrl, findingDocs, variableDocs } from './docs.ts';
export { DEV_AUTH0_CLIENT_ID, DEV_FGA_CLIENT_ID, EMULATOR_API_KEY } from './emulator-key.ts';
export { renderEnvExample } from './env-example.ts';
export { checkEnvText, envTextFindings, maskEnvSecrets, mergeFindings } from './env-text.ts';
export {
  FINDING_CODES,
  type FindingCode,
  type FindingCodeInfo,
  finding,
  hasErrors,
  type LocalizedFinding,
  localizeFinding,
  sortFindings,
} from './findings.ts';
export { fingerprint } from './fingerprint.ts';
export {
  type ApiKeyReading,
  describeSecret,
  formatAmzDate,
  type KeyMistake,
  type LongTermKeyFields,
  parseAmzDate,
  placeholderKind,
  readApiKey,
  SHORT_TERM_PREFIX,
  type ShortTermKeyFields,
} from './key-shapes.ts';
export { langFromLocale, parseLang } from './lang.ts';
export * from './models.ts';
export { type EnvEntry, type ParsedEnv, parseEnv } from './parse-env.ts';
export {
  type ConfigSummary,
  DEFAULT_GOOGLE_CONNECTION,
  DEFAULT_SHOP_API_AUDIENCE,
  type ResolveOptions,
  type ResolveResult,
  resolveConfig,
  type ValueSummary,
} from './resolve.ts';
export { ENV_SCHEMA, validateValue } from './schema.ts';
export * from './types.ts';
export {
  ENV_ALIASES,
  ENV_SECTIONS,
  ENV_VARIABLES,
  type EnvAlias,
  type EnvSection,
  type EnvVariable,
  findVariable,
  KNOWN_NAMES,
  type SectionId,
  VARIABLE_NAMES,
  type VariableType,
} from './variables.ts';
