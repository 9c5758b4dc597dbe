// The first hour, measured: a fresh clone of this repository (its committed HEAD) to `npm start`'s ready block,
// then the first chat answer after ready, as a person would ask it (signed in, one message), and a second
// `npm start` of the same clone (builds cached). Ports are free ones, so a running `npm start` is not disturbed.
// Run: `pnpm --filter @repo/start bench` (part of `pnpm bench`). It takes minutes: it installs and builds.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@repo/config/node';
import { warmUpCookie } from '../src/warm-up.ts';

const repo = join(import.meta.dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Running {
  child: ChildProcess;
  readyMs: number;
  output: string;
}

/** `npm start` in `dir` (through scripts/run.mjs, as npm runs it), resolved when the ready block appears. */
function npmStart(dir: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30 * 60_000): Promise<Running> {
  const began = performance.now();
  const child = spawn(process.execPath, [join(dir, 'scripts', 'run.mjs'), 'start', ...args], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready block after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('✔')) {
        clearTimeout(timer);
        resolve({ child, readyMs: performance.now() - began, output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before ready:\n${output}`));
    });
  });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGINT');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** Milliseconds to the first chunk of the answer's body, and to its end. */
async function chat(url: string, cookie: string, body: unknown): Promise<{ firstMs: number; endMs: number }> {
  const began = performance.now();
  const response = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok || !response.body) throw new Error(`chat answered ${response.status}: ${await response.text()}`);
  let firstMs = 0;
  for await (const _chunk of response.body) if (!firstMs) firstMs = performance.now() - began;
  return { firstMs, endMs: performance.now() - began };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const clone = mkdtempSync(join(tmpdir(), 'first-hour-'));
  const emptyEnv = join(clone, '..', `${clone.split('/').pop()}.env`);
  writeFileSync(emptyEnv, '');
  const ports = {
    'vercel-ai-sample': await freePort(),
    'langchain-sample': await freePort(),
    docs: await freePort(),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BEDROCK_EMULATOR_PORT: String(await freePort()),
    DEV_IDP_PORT: String(await freePort()),
    DOTENV_CONFIG_PATH: emptyEnv,
    INIT_CWD: clone,
    LANG: 'en_US.UTF-8',
  };
  const args = Object.entries(ports).flatMap(([app, port]) => ['--port', `${app}=${port}`]);
  try {
    const cloneBegan = performance.now();
    execFileSync('git', ['clone', '--quiet', repo, clone]);
    const cloneMs = performance.now() - cloneBegan;
    const first = await npmStart(clone, args, env);
    const config = loadConfig({ cwd: clone, env, envFile: emptyEnv });
    const cookie = await warmUpCookie(config.auth0.secret);
    const vercel = `http://localhost:${ports['vercel-ai-sample']}`;
    const langchain = `http://localhost:${ports['langchain-sample']}`;
    const vercelBody = {
      id: 'bench',
      messages: [{ id: 'bench-1', role: 'user', parts: [{ type: 'text', text: 'What time is it?' }] }],
      lang: 'en',
    };
    const langchainBody = { messages: [{ role: 'user', text: 'What time is it?' }], lang: 'en' };
    const firstVercel = await chat(vercel, cookie, vercelBody);
    const firstLangchain = await chat(langchain, cookie, langchainBody);
    const secondVercel = await chat(vercel, cookie, vercelBody);
    await stopGroup(first.child);

    const again = await npmStart(clone, args, env);
    await stopGroup(again.child);

    console.log('\nnpm start on a fresh clone (2 cores: numbers depend on the machine and its load)');
    console.table({
      'git clone': seconds(cloneMs),
      'npm start to ready (install, build, start, warm-up)': seconds(first.readyMs),
      'clone to ready': seconds(cloneMs + first.readyMs),
      'second npm start to ready (builds cached)': seconds(again.readyMs),
      'first chat answer after ready, Vercel AI sample (first text / end)': `${seconds(firstVercel.firstMs)} / ${seconds(firstVercel.endMs)}`,
      'first chat answer after ready, LangChain sample (first text / end)': `${seconds(firstLangchain.firstMs)} / ${seconds(firstLangchain.endMs)}`,
      'second chat answer, Vercel AI sample (first text / end)': `${seconds(secondVercel.firstMs)} / ${seconds(secondVercel.endMs)}`,
      'first answer / second answer (first text)': (firstVercel.firstMs / secondVercel.firstMs).toFixed(2),
    });
  } finally {
    rmSync(clone, { recursive: true, force: true });
    rmSync(emptyEnv, { force: true });
  }
}

await main();
