// The online checks as doctor pipeline steps (src/steps.ts). One connection check runs per doctor run; each
// step waits for its own part, so the pipeline (and a live display) advances as the checks finish.
import type { DoctorContext, DoctorStep } from '../steps.ts';
import type { OnlineCheckResult, OnlineStep } from './checks.ts';
import { type OnlineStepId, STEP_TITLES } from './titles.ts';

const ORDER: readonly OnlineStepId[] = [
  'credentials',
  'key',
  'control-plane',
  'models',
  'converse',
  'embedding',
  'auth0',
];

/** Doctor step id for each online step. */
export const DOCTOR_STEP_IDS: Record<OnlineStepId, string> = {
  credentials: 'bedrock-credentials',
  key: 'bedrock-key',
  'control-plane': 'bedrock-control-plane',
  models: 'bedrock-models',
  converse: 'bedrock-converse',
  embedding: 'bedrock-embedding',
  auth0: 'auth0-issuer',
};

interface Session {
  steps: Map<OnlineStepId, Promise<OnlineStep>>;
  result: Promise<OnlineCheckResult>;
}

export interface OnlineDoctorStepsOptions {
  /** Live progress: called when each check starts and ends (render with `formatStep`). */
  onStep?: (step: OnlineStep) => void;
  /** Time limit of each network call (default 10 000 ms). */
  timeoutMs?: number;
}

export function onlineDoctorSteps(options: OnlineDoctorStepsOptions = {}): DoctorStep[] {
  const sessions = new WeakMap<DoctorContext, Session>();

  function session(ctx: DoctorContext): Session {
    const existing = sessions.get(ctx);
    if (existing) return existing;
    const resolvers = new Map<OnlineStepId, (step: OnlineStep) => void>();
    const steps = new Map<OnlineStepId, Promise<OnlineStep>>(
      ORDER.map((id) => [id, new Promise<OnlineStep>((resolve) => resolvers.set(id, resolve))]),
    );
    if (!ctx.config) throw new Error('online checks need a configuration without errors');
    const config = ctx.config;
    // Loaded on first use: `npm run doctor -- --offline` never pays for the AWS SDK, LangChain and the AI SDK.
    const result = import('./checks.ts').then(({ runOnlineChecks }) =>
      runOnlineChecks(config, {
        lang: ctx.lang,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        onStep: (step) => {
          options.onStep?.(step);
          if (step.status !== 'running') resolvers.get(step.id)?.(step);
        },
      }),
    );
    // A step that never reported (a crash inside the check) resolves as skipped rather than hanging the pipeline.
    void result.finally(() => {
      for (const id of ORDER) resolvers.get(id)?.({ id, title: STEP_TITLES[id], status: 'skipped', findings: [] });
    });
    const created = { steps, result };
    sessions.set(ctx, created);
    return created;
  }

  return ORDER.map((id) => ({
    id: DOCTOR_STEP_IDS[id],
    title: STEP_TITLES[id],
    online: true,
    async run(ctx: DoctorContext) {
      const { steps, result } = session(ctx);
      const step = await Promise.race([steps.get(id)!, result.then(() => steps.get(id)!)]);
      return step.findings;
    },
  }));
}
