export { APPS, type AppName, type AppSpec, type WarmUpRequest } from './apps.ts';
export { type ReadyInfo, readyBlock } from './ready.ts';
export { appEnv, portIsFree, StartError, type Started, type StartOptions, start } from './start.ts';
export { type WarmUpResult, warmUp, warmUpCookie } from './warm-up.ts';
