// Child processes for tests: start a server, wait until it answers, stop it (and its children) for sure.
import { type ChildProcess, spawn } from 'node:child_process';
import { waitForHttp } from './http.ts';

export interface ServerProcess {
  url: string;
  /** The last lines the process printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** URL polled until it answers. */
  url: string;
  timeoutMs?: number;
}

function keepTail(child: ChildProcess, maxLines = 200) {
  const lines: string[] = [];
  const push = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > maxLines) lines.splice(0, lines.length - maxLines);
  };
  child.stdout?.on('data', push);
  child.stderr?.on('data', push);
  return () => lines.join('\n');
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Sends `signal` to the child's whole process group (it was started detached, as a group leader). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function startServer(options: StartServerOptions): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = keepTail(child);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited(child);
    clearTimeout(timer);
  };
  try {
    await waitForHttp(options.url, {
      timeoutMs: options.timeoutMs ?? 60_000,
      isAlive: () => child.exitCode === null && child.signalCode === null,
    });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- output ---\n${output()}`);
  }
  return { url: options.url, output, stop };
}

/** Runs a command to completion; rejects with its output when it fails. */
export function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = keepTail(child, 400);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(output())
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output()}`)),
    );
  });
}
