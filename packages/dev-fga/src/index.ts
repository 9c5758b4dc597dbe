export { type AuthOptions, authenticator } from './auth.ts';
export { modelFromDsl } from './dsl.ts';
export { ERROR_CODES, type ErrorCodeName, FgaError } from './errors.ts';
export { DevFgaError, isLoopbackHost } from './guard.ts';
export { DEFAULT_DEV_FGA_PORT, type DevFga, type DevFgaOptions, startDevFga } from './server.ts';
