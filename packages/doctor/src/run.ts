// Runs the pipeline and returns a report; printing is done by render.ts.
import { type Finding, hasErrors, type Lang, sortFindings } from '@repo/config';
import { CATALOG_DATE } from '@repo/config/models';
import { type InspectResult, inspectConfig } from '@repo/config/node';
import { CONNECTION_CHECK_ID } from './online/doctor-steps.ts';
import { onlineFinding } from './online/findings.ts';
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
  const loadOptions = {
    ...(options.envFile ? { envFile: options.envFile } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  const inspection = inspectConfig(loadOptions);
  const lang = inspection.lang;
  const steps = options.steps ?? { offline: OFFLINE_STEPS, online: ONLINE_STEPS };
  const ctx: DoctorContext = { lang, inspection, ...(inspection.config ? { config: inspection.config } : {}) };

  let findings: Finding[] = [];
  for (const step of steps.offline) findings.push(...(await step.run(ctx)));

  // The account is the final word: when the only errors are the model catalog's, the online checks still run (on
  // the same configuration with those models kept) and the account's answer decides.
  const catalogOnly = !ctx.config && onlyCatalogErrors(findings);
  const deferred = catalogOnly ? inspectConfig({ ...loadOptions, deferCatalogModelErrors: true }) : undefined;
  const onlineCtx: DoctorContext = deferred?.config ? { ...ctx, config: deferred.config } : ctx;

  const online: DoctorReport['online'] = { ran: [] };
  if (options.offline) online.skipped = 'offline';
  else if (steps.online.length === 0) online.skipped = 'not-available';
  else if (!onlineCtx.config || (hasErrors(findings) && !deferred?.config)) online.skipped = 'config-errors';
  else {
    const answered: Finding[] = [];
    let bedrockAnswered = false;
    for (const step of steps.online) {
      const found = await step.run(onlineCtx);
      if (step.id === CONNECTION_CHECK_ID) bedrockAnswered = !hasErrors(found);
      answered.push(...found);
      online.ran.push(step.id);
    }
    // The connection check passed with those models (Bedrock answered the calls): the catalog's errors give way.
    if (deferred?.config && bedrockAnswered) findings = overruleCatalog(findings, deferred.deferred ?? []);
    findings.push(...answered);
  }

  const sorted = sortFindings(findings);
  return { ok: !hasErrors(sorted), lang, findings: sorted, inspection, online };
}

/** The config errors that rest on the model catalog alone; the account may answer otherwise. */
const CATALOG_MODEL_ERRORS = new Set([
  'model-end-of-life',
  'model-not-in-region',
  'model-needs-inference-profile',
  'model-profile-wrong-region',
]);

function onlyCatalogErrors(findings: Finding[]): boolean {
  const errors = findings.filter((f) => f.severity === 'error');
  return errors.length > 0 && errors.every((f) => CATALOG_MODEL_ERRORS.has(f.code));
}

/** Replaces each catalog error the account contradicted with the account's answer, naming what the catalog said. */
function overruleCatalog(findings: Finding[], contradicted: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.code}/${f.variable ?? ''}`;
  const gone = new Set(contradicted.map(key));
  return [
    ...findings.filter((f) => !gone.has(key(f))),
    ...contradicted.map((f) =>
      onlineFinding(
        'bedrock-catalog-stale',
        {
          ja: `モデルカタログ（${CATALOG_DATE} 時点）では「${f.message.ja}」とされていますが、アカウントはこのモデルの呼び出しに応えました。doctor はアカウントの答えを正しいものとして扱います。`,
          en: `The model catalog (as of ${CATALOG_DATE}) says: "${f.message.en}" Your account answered calls to this model, so doctor takes the account's answer as the truth.`,
        },
        {
          ja: '対応は不要です。カタログのこの項目は古くなっています（リポジトリの利用者であれば issue で知らせてください）。',
          en: 'Nothing to do for you. This catalog entry is stale (please report it if you use this repository).',
        },
        f.variable,
      ),
    ),
  ];
}
