// @repo/doctor as a library: the same pipeline `npm run doctor` runs.
export { type DoctorArgs, parseArgs, USAGE } from './args.ts';
export { COLOR, PLAIN, renderJson, renderText, type Style } from './render.ts';
export { type DoctorOptions, type DoctorReport, runDoctor } from './run.ts';
export { type DoctorContext, type DoctorStep, OFFLINE_STEPS, ONLINE_STEPS } from './steps.ts';
