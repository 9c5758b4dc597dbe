// Live progress of the online checks on stderr: a line that updates in place in a terminal, plain lines in CI.
import type { Lang } from '@repo/config';
import type { DoctorStep } from '../pipeline.ts';
import { connectionCheckStep } from './doctor-steps.ts';
import { formatStep } from './render.ts';

export function liveOnlineSteps(lang: Lang, stream: NodeJS.WriteStream = process.stderr): DoctorStep[] {
  const tty = stream.isTTY === true;
  const live = connectionCheckStep({
    onStep(step) {
      if (step.status === 'running') {
        if (tty) stream.write(formatStep(step, lang));
        return;
      }
      stream.write(`${tty ? '\r\x1b[2K' : ''}${formatStep(step, lang)}\n`);
    },
  });
  return [live];
}
