// The doctor's check pipeline. Offline steps always run; online steps (network checks against Amazon Bedrock and
// Auth0) run unless --offline is given, and only when the configuration itself has no error.
// To add checks: write a DoctorStep (pipeline.ts) and append it to OFFLINE_STEPS or ONLINE_STEPS below.
import { connectionCheckStep } from './online/doctor-steps.ts';
import { fgaCheckStep } from './online/fga.ts';
import type { DoctorStep } from './pipeline.ts';

export type { DoctorContext, DoctorStep } from './pipeline.ts';

/** The configuration as @repo/config sees it: parsing, values, modes, models, keys. */
const configStep: DoctorStep = {
  id: 'config',
  title: { ja: '設定（.env）', en: 'Configuration (.env)' },
  online: false,
  run: (ctx) => ctx.inspection.findings,
};

export const OFFLINE_STEPS: DoctorStep[] = [configStep];

/** The guide's connection check (src/online/): credentials, Bedrock, the models in the account, Auth0; then FGA. */
export const ONLINE_STEPS: DoctorStep[] = [connectionCheckStep(), fgaCheckStep];
