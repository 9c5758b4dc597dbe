export { type AuthOptions, authenticator } from './auth.ts';
export { DEFAULT_DATA_DIR } from './data-dir.ts';
export { modelFromDsl } from './dsl.ts';
export { ERROR_CODES, type ErrorCodeName, FgaError } from './errors.ts';
export { DevFgaError, isLoopbackHost } from './guard.ts';
export { DEV_STORE_NAME, initDevStore } from './model-init.ts';
export { DEFAULT_DEV_FGA_PORT, type DevFga, type DevFgaOptions, startDevFga } from './server.ts';
