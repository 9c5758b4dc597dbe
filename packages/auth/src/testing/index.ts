// Test helpers for packages that test Bedrock code (@repo/doctor, the samples): fake keys, a hand-built
// Config, an isolated AWS environment and the emulator's control API. Not for application code.
export { type IsolatedAwsEnv, isolateAwsEnv } from './aws-env.ts';
export { devAuth0Config, emulatorModeConfig, type TestConfigOptions, testConfig } from './config.ts';
export { emulatorRequests, type FaultSpec, injectFault, resetEmulator } from './emulator.ts';
export { type FakeShortTermKeyOptions, fakeLongTermKey, fakeShortTermKey } from './fake-keys.ts';
