// The doctor's check pipeline. A step looks at the loaded configuration and returns findings.
// Offline steps always run; online steps (network checks against Amazon Bedrock and Auth0) run
// unless --offline is given, and only when the configuration itself has no error.
// To add checks: write a DoctorStep and append it to OFFLINE_STEPS or ONLINE_STEPS below.
import type { Config, Finding, Lang, Localized } from '@repo/config';
import type { InspectResult } from '@repo/config/node';
import { onlineDoctorSteps } from './online/doctor-steps.ts';

export interface DoctorContext {
  lang: Lang;
  /** Everything @repo/config read and resolved (values, sources, summary, findings). */
  inspection: InspectResult;
  /** The typed configuration; online steps only run when it exists (no configuration error). */
  config?: Config;
  /** Lets long-running steps stop early (Ctrl-C). */
  signal?: AbortSignal;
}

export interface DoctorStep {
  /** Stable id, e.g. `config`, `bedrock-list-models`. */
  id: string;
  title: Localized;
  /** Online steps need the network and are skipped with --offline. */
  online: boolean;
  run(ctx: DoctorContext): Finding[] | Promise<Finding[]>;
}

/** The configuration as @repo/config sees it: parsing, values, modes, models, keys. */
const configStep: DoctorStep = {
  id: 'config',
  title: { ja: '設定（.env）', en: 'Configuration (.env)' },
  online: false,
  run: (ctx) => ctx.inspection.findings,
};

export const OFFLINE_STEPS: DoctorStep[] = [configStep];

/** Network checks plug in here (see README: "Adding checks"): the guide's connection check, from src/online/. */
export const ONLINE_STEPS: DoctorStep[] = onlineDoctorSteps();
