export { banner } from './banner.ts';
export { answersOk, waitForHttp } from './http.ts';
export { runToEnd, type ServerProcess, type StartServerOptions, startServer } from './process.ts';
export {
  type EnsureOptions,
  ensureServices,
  planServices,
  type RunningServices,
  type ServiceName,
  type ServicePlan,
  type ServicesConfig,
} from './services.ts';
