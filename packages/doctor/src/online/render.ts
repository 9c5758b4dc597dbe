// One line per step for terminals and CI logs: `✓ Credentials resolved (12 ms): the API key ...`.
import type { Lang } from '@repo/config';
import type { OnlineStep } from './checks.ts';

const MARK: Record<OnlineStep['status'], string> = {
  running: '…',
  ok: '✓',
  warning: '!',
  failed: '✗',
  skipped: '-',
};

export function formatStep(step: OnlineStep, lang: Lang): string {
  const time = step.durationMs === undefined || step.status === 'skipped' ? '' : ` (${step.durationMs} ms)`;
  const detail = step.detail ? `: ${step.detail[lang]}` : '';
  return `${MARK[step.status]} ${step.title[lang]}${time}${detail}`;
}
