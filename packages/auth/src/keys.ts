// Bedrock API key inspection, for the doctor and the docs' key inspector. The decoder and its findings live in
// @repo/config (the offline diagnostics use the same ones); this entry keeps `@repo/auth/keys` as the stable,
// isomorphic import (no Node built-ins: it runs in the browser).
export {
  API_KEY_VARIABLE,
  formatDuration,
  type InspectOptions,
  inspectApiKey,
  KEY_FINDING_CODES,
  type KeyInspection,
  type KeyMistake,
  type LongTermKeyDetails,
  type ShortTermKeyDetails,
} from '@repo/config';
