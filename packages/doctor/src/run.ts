// Runs the pipeline and returns a report; printing is done by render.ts.
import { type Finding, hasErrors, type Lang, sortFindings } from '@repo/config';
import { type InspectResult, inspectConfig } from '@repo/config/node';
import type { DoctorContext, DoctorStep } from './pipeline.ts';
import { OFFLINE_STEPS, ONLINE_STEPS } from './steps.ts';

export interface DoctorOptions {
  offline?: boolean;
  envFile?: string;
  lang?: Lang;
  cwd?: string;
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Defaults to OFFLINE_STEPS and ONLINE_STEPS; tests and embedders may pass their own. */
  steps?: { offline: DoctorStep[]; online: DoctorStep[] };
}

export interface DoctorReport {
  ok: boolean;
  lang: Lang;
  findings: Finding[];
  inspection: InspectResult;
  /** Which online steps ran, and why none did when they did not. */
  online: { ran: string[]; skipped?: 'offline' | 'not-available' | 'config-errors' };
}

export async function runDoctor(options: DoctorOptions = {}): Promise<DoctorReport> {
  const inspection = inspectConfig({
    ...(options.envFile ? { envFile: options.envFile } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const lang = inspection.lang;
  const steps = options.steps ?? { offline: OFFLINE_STEPS, online: ONLINE_STEPS };
  const ctx: DoctorContext = { lang, inspection, ...(inspection.config ? { config: inspection.config } : {}) };

  const findings: Finding[] = [];
  for (const step of steps.offline) findings.push(...(await step.run(ctx)));

  const online: DoctorReport['online'] = { ran: [] };
  if (options.offline) online.skipped = 'offline';
  else if (steps.online.length === 0) online.skipped = 'not-available';
  else if (!ctx.config || hasErrors(findings)) online.skipped = 'config-errors';
  else
    for (const step of steps.online) {
      findings.push(...(await step.run(ctx)));
      online.ran.push(step.id);
    }

  const sorted = sortFindings(findings);
  return { ok: !hasErrors(sorted), lang, findings: sorted, inspection, online };
}
