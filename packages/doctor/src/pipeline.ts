// The shape of a doctor check: a step looks at the loaded configuration and returns findings. Types only, so the
// step lists (steps.ts) and the online adapter (online/doctor-steps.ts) both depend on this file and not on each other.
import type { Config, Finding, Lang, Localized } from '@repo/config';
import type { InspectResult } from '@repo/config/node';

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
  /** Stable id, e.g. `config`, `connection-check`. */
  id: string;
  title: Localized;
  /** Online steps need the network and are skipped with --offline. */
  online: boolean;
  run(ctx: DoctorContext): Finding[] | Promise<Finding[]>;
}
