// `npm start`: build what changed, start the local services the configuration needs, serve the built samples
// and guide, warm the first routes (saying so), then print one ready block. Ctrl+C stops everything it started.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Config, Lang } from '@repo/config';
import { ensureServices, planServices, type ServerProcess, startServer } from '@repo/devtools';
import { APPS, type AppName, type AppSpec } from './apps.ts';
import { readyBlock } from './ready.ts';
import { warmUp, warmUpCookie } from './warm-up.ts';

export interface StartOptions {
  root: string;
  config: Config;
  lang: Lang;
  /** Port per app; the default ports otherwise. */
  ports?: Partial<Record<AppName, number>>;
  /** Where progress and the ready block go. */
  log?: (line: string) => void;
  /** Skip `turbo run build` (the builds exist already). */
  skipBuild?: boolean;
}

export interface Started {
  apps: Array<{ spec: AppSpec; url: string }>;
  /** Milliseconds from the call to ready. */
  readyMs: number;
  /** The cookie the warm-up used (a throwaway demo session), for measurements. */
  cookie: string;
  stop(): Promise<void>;
}

const TEXT = {
  ja: {
    portTaken: (app: string, port: number, flag: string) =>
      `ポート ${port}（${app}）はほかのプログラムが使っています。前に起動した npm start や pnpm dev が動いていれば止めてください。別のポートを使うには: npm start -- --port ${flag}`,
    building: 'サンプルとガイドをビルドしています（初回は数分、次回からは変更があった分だけです）…',
    buildFailed: 'ビルドに失敗しました。上の出力を確認してください。',
    starting: 'サーバーを起動しています…',
    warming: '準備運転中です（最初に使うページ、チャット、ドキュメント API、データベースを一度ずつ呼び出しています）…',
    warmProblem: (app: string, what: string, problem: string) => `${app} の ${what} が応答しません（${problem}）`,
    stopping: '停止しています…',
  },
  en: {
    portTaken: (app: string, port: number, flag: string) =>
      `Port ${port} (${app}) is taken by another program. If an earlier npm start or pnpm dev is still running, stop it. To use another port: npm start -- --port ${flag}`,
    building: 'Building the samples and the guide (a few minutes the first time, then only what changed) ...',
    buildFailed: 'The build failed: see the output above.',
    starting: 'Starting the servers ...',
    warming: 'Warming up (calling the first pages, the chat, the documents API and the database once each) ...',
    warmProblem: (app: string, what: string, problem: string) => `${app}: ${what} does not answer (${problem})`,
    stopping: 'Stopping ...',
  },
} as const;

/** A start-up problem the user can fix, in their language: printed without a stack trace. */
export class StartError extends Error {}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: 'localhost', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function binOf(appDir: string, request: string): string {
  return createRequire(join(appDir, 'package.json')).resolve(request);
}

function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The environment of a built app: production, its port, and on loopback the local issuer's dev session secret. */
export function appEnv(config: Config, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port) };
  env.NEXT_TELEMETRY_DISABLED = '1';
  if (config.auth0.mode === 'dev') {
    // A built app normally refuses the local issuer; `npm start` serves on localhost only, for this machine.
    env.ALLOW_DEV_ISSUER_IN_PRODUCTION = 'true';
    env.AUTH0_SECRET = config.auth0.secret;
  }
  return env;
}

function serve(root: string, spec: AppSpec, port: number, config: Config): Promise<ServerProcess> {
  const cwd = join(root, spec.dir);
  const url = `http://localhost:${port}`;
  if (spec.kind === 'astro') {
    const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'); // not in astro's exports
    const args = [astro, 'preview', '--port', String(port), '--host', 'localhost'];
    return startServer({ command: process.execPath, args, cwd, env: { ...process.env }, url: `${url}/ja/` });
  }
  const next = binOf(cwd, 'next/dist/bin/next');
  const args = ['--experimental-async-context-frame', next, 'start', '--port', String(port), '--hostname', 'localhost'];
  return startServer({ command: process.execPath, args, cwd, env: appEnv(config, port), url: `${url}/` });
}

export async function start(options: StartOptions): Promise<Started> {
  const began = performance.now();
  const { root, config, lang } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const t = TEXT[lang];
  const apps = APPS.map((spec) => ({ spec, port: options.ports?.[spec.name] ?? spec.defaultPort }));

  for (const { spec, port } of apps) {
    if (!(await portIsFree(port))) throw new StartError(t.portTaken(spec.name, port, `${spec.name}=${port + 100}`));
  }
  if (!options.skipBuild) {
    log(t.building);
    const filters = apps.map(({ spec }) => `--filter=${spec.packageName}`);
    const status = await run('turbo', ['run', 'build', ...filters, '--output-logs=errors-only'], root);
    if (status !== 0) throw new StartError(t.buildFailed);
  }

  const services = await ensureServices(planServices(config), { pacing: 'human', log: (line) => log(`  ${line}`) });
  log(t.starting);
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await services.close();
  };
  try {
    for (const server of await Promise.allSettled(apps.map(({ spec, port }) => serve(root, spec, port, config)))) {
      if (server.status === 'rejected') throw server.reason;
      servers.push(server.value);
    }
    log(t.warming);
    const cookie = await warmUpCookie(config.auth0.secret);
    const warmed = await Promise.all(
      apps.map(({ spec, port }) => warmUp(`http://localhost:${port}`, spec.warmUp, { cookie })),
    );
    for (const [i, results] of warmed.entries()) {
      for (const { request, problem } of results) {
        if (problem) log(`  ! ${t.warmProblem(apps[i]?.spec.name ?? '', request.what, problem)}`);
      }
    }
    const readyMs = performance.now() - began;
    const emulator = planServices(config).emulator;
    const { devIdp, devFga } = planServices(config);
    log(
      readyBlock({
        lang,
        apps: apps.map(({ spec, port }) => ({ spec, url: `http://localhost:${port}` })),
        bedrock: {
          mode: config.bedrock.mode,
          region: config.bedrock.region,
          chatModelId: config.bedrock.chatModelId,
          emulatorUrl: emulator?.url,
        },
        auth0: { mode: config.auth0.mode, domain: config.auth0.domain, issuer: devIdp?.issuer },
        fga: config.fga && { mode: config.fga.mode, apiUrl: config.fga.apiUrl, devFgaUrl: devFga?.url },
        seconds: readyMs / 1000,
      }),
    );
    return { apps: apps.map(({ spec, port }) => ({ spec, url: `http://localhost:${port}` })), readyMs, cookie, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const STOPPING = { ja: TEXT.ja.stopping, en: TEXT.en.stopping };
