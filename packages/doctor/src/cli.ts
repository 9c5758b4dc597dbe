#!/usr/bin/env node
// `npm run doctor -- [--offline] [--env-file FILE] [--lang ja|en] [--json] [--policy]`
// Exit code: 0 no error, 1 at least one error, 2 usage error.
import { langFromEnv } from '@repo/config/node';
import { parseArgs, USAGE } from './args.ts';
import { liveOnlineSteps } from './online/live.ts';
import { askAccountDestinations, printPolicy } from './online/policy.ts';
import { COLOR, ONLINE_NOTE, PLAIN, renderJson, renderText } from './render.ts';
import { runDoctor } from './run.ts';
import { OFFLINE_STEPS } from './steps.ts';

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    // The language flag itself may be what is wrong, so usage errors are shown in both languages.
    process.stderr.write(`${parsed.problem.en}\n${parsed.problem.ja}\n\n${USAGE.en}\n\n${USAGE.ja}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    const lang = args.lang ?? langFromEnv();
    process.stdout.write(`${USAGE[lang]}\n`);
    return 0;
  }

  if (args.policy) {
    const checked = await runDoctor({
      offline: true,
      ...(args.envFile ? { envFile: args.envFile } : {}),
      ...(args.lang ? { lang: args.lang } : {}),
    });
    const config = checked.inspection.config;
    if (config) {
      // Online, the account says where its inference profiles route requests; --offline keeps to the catalog.
      const asked = args.offline ? undefined : await askAccountDestinations(config);
      process.stdout.write(
        printPolicy(config, {
          lang: checked.lang,
          withNotes: !args.json,
          ...(asked ? { destinations: asked.destinations, notes: asked.notes } : {}),
        }),
      );
      return 0;
    }
    process.stdout.write(renderText(checked, true, PLAIN));
    return 1;
  }

  const report = await runDoctor({
    offline: args.offline,
    ...(args.envFile ? { envFile: args.envFile } : {}),
    ...(args.lang ? { lang: args.lang } : {}),
    // Text output shows each online check as it finishes (stderr); --json stays quiet.
    ...(args.json ? {} : { steps: { offline: OFFLINE_STEPS, online: liveOnlineSteps(args.lang ?? langFromEnv()) } }),
  });

  if (args.json) process.stdout.write(renderJson(report));
  else {
    const color = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(renderText(report, args.offline, color ? COLOR : PLAIN));
    const skipped = report.online.skipped;
    if (skipped === 'not-available' || skipped === 'config-errors')
      process.stderr.write(`\n${ONLINE_NOTE[skipped][report.lang]}\n`);
  }
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a configuration problem (those are findings): a bug or an unreadable file.
    process.stderr.write(`npm run doctor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
