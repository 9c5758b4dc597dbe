// The online connection check as one doctor pipeline step. Its sub-steps (credentials, key, control plane, models,
// Converse, embedding, Auth0) report progress through `onStep`; the pipeline only needs the findings.
import type { DoctorStep } from '../pipeline.ts';
import type { OnlineStep } from './checks.ts';

export interface ConnectionCheckOptions {
  /** Live progress: called when each sub-step starts and ends (render with `formatStep`). */
  onStep?: (step: OnlineStep) => void;
  /** Time limit of each network call (default 10 000 ms). */
  timeoutMs?: number;
}

/** The step that calls Bedrock (and checks Auth0): its answer is the account's word on the configured models. */
export const CONNECTION_CHECK_ID = 'connection-check';

export function connectionCheckStep(options: ConnectionCheckOptions = {}): DoctorStep {
  return {
    id: CONNECTION_CHECK_ID,
    title: { ja: '接続確認（Bedrock と Auth0）', en: 'Connection check (Bedrock and Auth0)' },
    online: true,
    async run(ctx) {
      if (!ctx.config) return [];
      // Loaded on first use: `npm run doctor -- --offline` never pays for the AWS SDK.
      const { runOnlineChecks } = await import('./checks.ts');
      const result = await runOnlineChecks(ctx.config, {
        lang: ctx.lang,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.onStep ? { onStep: options.onStep } : {}),
      });
      return result.findings;
    },
  };
}
