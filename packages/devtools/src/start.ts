#!/usr/bin/env -S node --import tsx
// `sample-start --default-port <n> [next start options]`: what `pnpm start` runs in a sample's folder: `next start`
// of the built app on `--port N` (or `-p N`), else PORT, else the default, with PORT set for the app's Auth0 base
// URL and the Node flags of NEXT_START_NODE_ARGS.
import { spawn } from 'node:child_process';
import { NEXT_START_NODE_ARGS, nextBin } from './next-app.ts';
import { choosePort, portArgument, withoutPort } from './port.ts';

const args = process.argv.slice(2);
const defaultAt = args.indexOf('--default-port');
const defaultPort = Number(defaultAt >= 0 ? args[defaultAt + 1] : 3000);
const rest = withoutPort(defaultAt >= 0 ? [...args.slice(0, defaultAt), ...args.slice(defaultAt + 2)] : args);
const chosen = choosePort(portArgument(args), process.env, defaultPort);
if ('error' in chosen) {
  console.error(`${chosen.error}\nUsage: sample-start --default-port <port> [--port <port>] [next start options]`);
  process.exit(2);
}

const child = spawn(
  process.execPath,
  [...NEXT_START_NODE_ARGS, nextBin(process.cwd()), 'start', '--port', String(chosen.port), ...rest],
  { stdio: 'inherit', env: { ...process.env, PORT: String(chosen.port) } },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
