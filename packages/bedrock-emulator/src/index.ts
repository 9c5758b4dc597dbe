export type { AuthKind, CallerIdentity } from './auth.ts';
export { fingerprint } from './auth.ts';
export { EXCEPTION_STATUS, type ExceptionName } from './errors.ts';
export { cosine, embed } from './model/embeddings.ts';
export { PACING_PRESETS, type Pacing, type PacingPreset } from './pacing.ts';
export {
  DEFAULT_PORT,
  DEFAULT_REGION,
  EmulatorOptionError,
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from './server.ts';
export { OPERATIONS, type Operation, type RequestRecord } from './state.ts';
