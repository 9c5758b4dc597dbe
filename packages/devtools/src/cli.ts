#!/usr/bin/env -S node --import tsx
// `sample-dev --app <name> --default-port <n> -- <command...>`: what `pnpm dev` runs in a sample's folder.
// Reads the .env layout, starts the local Bedrock emulator (human-like pacing) and the dev issuer when the
// config needs them and they are not running, runs the command (e.g. `next dev`) with PORT and --port set, on
// loopback only, and stops what it started when the command ends or on Ctrl+C. The port: `pnpm dev --port N` (or `-p N`), else
// PORT, else the default, as in any Next.js project; the app's Auth0 base URL follows it (through PORT).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { loadConfig } from '@repo/config/node';
import { banner } from './banner.ts';
import { devServerArgs } from './dev-listen.ts';
import { choosePort, portArgument, withoutPort } from './port.ts';
import { ensureServices, planServices } from './services.ts';

/** A start-up failure for people: the bilingual text our packages attach when there is one, else the message. */
function describeError(error: unknown): string {
  const e = error as { localized?: { ja?: unknown; en?: unknown }; ja?: unknown; en?: unknown; message?: unknown };
  const texts = e?.localized ?? e;
  if (typeof texts?.ja === 'string' && typeof texts.en === 'string') return `${texts.ja}\n${texts.en}`;
  return String(e?.message ?? error);
}

function usage(message: string): never {
  console.error(`${message}\nUsage: sample-dev --app <sample name> --default-port <port> -- <command> [args...]`);
  process.exit(2);
}

async function main() {
  const dashdash = process.argv.indexOf('--');
  const [command, ...afterDashDash] = dashdash >= 0 ? process.argv.slice(dashdash + 1) : [];
  const own = process.argv.slice(2, dashdash >= 0 ? dashdash : undefined);
  const { values } = parseArgs({
    args: withoutPort(own),
    options: { app: { type: 'string' }, 'default-port': { type: 'string' } },
  });
  if (!values.app) usage('Missing --app.');
  if (!command) usage('Missing the command to run after --.');
  // `pnpm dev --port N` puts `--port N` after the command; given before `--`, it means the same.
  const chosen = choosePort(
    portArgument([...own, ...afterDashDash]),
    process.env,
    Number(values['default-port'] ?? 3000),
  );
  if ('error' in chosen) usage(chosen.error);
  const { port } = chosen;
  const commandArgs = withoutPort(afterDashDash);

  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig({ app: values.app });
  } catch (error) {
    // loadConfig's errors are already written for people, in their language: no stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }

  let services: Awaited<ReturnType<typeof ensureServices>>;
  try {
    services = await ensureServices(planServices(config), { pacing: 'human', log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    console.error(describeError(error));
    process.exit(1);
  }
  console.log(banner(config, { app: values.app, port }));

  const child = spawn(command, devServerArgs(commandArgs, port), {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(port) },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  child.on('exit', async (code, signal) => {
    await services.close();
    process.exit(code ?? (signal ? 0 : 1));
  });
  child.on('error', async (error) => {
    console.error(`Could not run "${command}": ${error.message}`);
    await services.close();
    process.exit(1);
  });
}

await main();
