// @repo/config/node: reads the real environment and the .env files, then resolves them with the
// isomorphic core. Precedence, first wins: the real environment, then the `.env.local` and `.env` of the app's
// folder and of each folder above it up to the project root, nearest first. In this repository that is
// apps/<sample>/.env.local, the root .env.local, the root .env. `envFile` (or
// DOTENV_CONFIG_PATH, the name dotenv users know) replaces the files; the environment still wins. Tests use it to
// keep a developer's own .env.local out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError, formatConfigProblems } from './config-error.ts';
import { devSecretsAt } from './dev-secrets.ts';
import { envTextFindings, mergeFindings } from './env-text.ts';
import { finding, hasErrors } from './findings.ts';
import { langFromLocale } from './lang.ts';
import { parseEnv } from './parse-env.ts';
import { type ResolveResult, resolveConfig } from './resolve.ts';
import type { Config, DevSecrets, Finding, Lang } from './types.ts';
import { KNOWN_NAMES } from './variables.ts';

export { ConfigError } from './config-error.ts';
export { DEV_SECRET_FILE } from './dev-secrets.ts';

export interface LoadOptions {
  /**
   * Sample folder name under the project root's apps/ (e.g. `vercel-ai-sample`): its .env files apply even when
   * the cwd is elsewhere in the project. Ignored where there is no such folder (a sample lifted out of the
   * repository is its own project root). Default: the folders the cwd is in.
   */
  app?: string;
  /** Read this file instead of the .env files (relative to `cwd`). Default: DOTENV_CONFIG_PATH. */
  envFile?: string;
  /** Language of the error. Default: from LANG / LC_ALL. */
  lang?: Lang;
  /** The folder the files are looked up from. Default: process.cwd(). */
  cwd?: string;
  /** The real environment. Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Clock for key expiry checks. */
  now?: Date;
  /** Check as production (dev-only values are errors). Default: NODE_ENV=production in `env`. */
  production?: boolean;
  /** See ResolveOptions: the catalog's model errors held back in `deferred` (online doctor). */
  deferCatalogModelErrors?: boolean;
}

export interface EnvFileRead {
  /** Path as shown to users (relative to the project root when inside it). */
  label: string;
  path: string;
  found: boolean;
}

export interface InspectResult extends ResolveResult {
  lang: Lang;
  /** The project root (see findProjectRoot); undefined when the files were looked up in the cwd alone. */
  root?: string;
  /** The files considered, in precedence order. */
  files: EnvFileRead[];
}

/**
 * What marks the root of a project: a lockfile of npm, pnpm, yarn or bun, a pnpm workspace, a git checkout. A
 * folder lifted out with `pnpm deploy` has its own pnpm-lock.yaml, so it is its own root.
 */
const PROJECT_ROOT_MARKERS = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package-lock.json',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
  '.git',
];

/**
 * The project root: the nearest folder, from `from` upwards, that holds a lockfile, pnpm-workspace.yaml or `.git`
 * (this repository's root; a deployed sample's own folder). Undefined when no folder up to the file system's root
 * does.
 */
export function findProjectRoot(from: string = process.cwd()): string | undefined {
  // turbopackIgnore: a path computed at run time, not a module for Next.js's build to trace.
  let dir = resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (PROJECT_ROOT_MARKERS.some((marker) => existsSync(join(dir, marker)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The .env files that apply to a program started in `dir`, first wins: the `.env.local` and then the `.env` of
 * `dir`, then of each folder above it up to `root`; a folder's files override its parents' (as Next.js, which
 * loads the app folder's own files into the environment, sees it too). Without a root, or with `dir` outside it,
 * only `dir`'s own files: nothing above a project is ever read.
 */
export function envFilePaths(dir: string, root: string | undefined): string[] {
  const folders = [dir];
  if (root && isInside(root, dir)) {
    for (let folder = dir; folder !== root; ) {
      folder = dirname(folder);
      folders.push(folder);
    }
  }
  return folders.flatMap((folder) => [join(folder, '.env.local'), join(folder, '.env')]);
}

/** `ja` when LC_ALL, LC_MESSAGES or LANG asks for Japanese, else `en`. */
export function langFromEnv(env: Record<string, string | undefined> = process.env): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Read and resolve without throwing: the Config (when there is no error), every finding, a summary. */
export function inspectConfig(options: LoadOptions = {}): InspectResult {
  const cwd = resolve(/* turbopackIgnore: true */ options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const envFile = options.envFile || env.DOTENV_CONFIG_PATH || undefined;
  const lang = options.lang ?? langFromEnv(env);
  const root = findProjectRoot(cwd);
  const label = (path: string) => (root && isInside(root, path) ? relative(root, path) : path);

  const files: EnvFileRead[] = (
    envFile
      ? [isAbsolute(envFile) ? envFile : resolve(cwd, envFile)]
      : envFilePaths(appFolder(root, cwd, options.app), root)
  ).map((path) => ({ path, label: label(path), found: existsSync(path) }));

  const vars: Record<string, string> = {};
  const sources: Record<string, string> = {};
  const textFindings: Finding[] = [];
  // Lowest precedence first, so later (higher) files overwrite.
  for (const file of [...files].reverse()) {
    if (!file.found) continue;
    const parsed = parseEnv(readFileSync(file.path, 'utf8'));
    textFindings.push(...envTextFindings(parsed, file.label));
    for (const [key, value] of Object.entries(parsed.values)) {
      vars[key] = value;
      sources[key] = file.label;
    }
  }
  if (envFile && !files[0]?.found) textFindings.push(missingFileFinding(envFile));

  // Until here `vars` and `sources` hold only what the files set.
  for (const name of KNOWN_NAMES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const fromFile = vars[name];
    if (fromFile !== undefined && fromFile !== value)
      textFindings.push(overriddenFinding(name, sources[name] as string));
    vars[name] = value;
    sources[name] = 'environment';
  }

  const result = resolveConfig(vars, sources, {
    ...(options.now ? { now: options.now } : {}),
    production: options.production ?? env.NODE_ENV === 'production',
    ...(options.deferCatalogModelErrors ? { deferCatalogModelErrors: true } : {}),
    // Only the dev issuer needs them; a tenant setup never creates the file.
    ...(vars.AUTH0_DOMAIN ? {} : { devSecrets: devSecretsAt(root ?? cwd) }),
  });
  const findings = mergeFindings(textFindings, result.findings);
  const config = result.config && !hasErrors(findings) ? { ...result.config, findings } : undefined;
  return {
    ...result,
    ...(config ? { config } : { config: undefined }),
    findings,
    lang,
    ...(root ? { root } : {}),
    files,
  };
}

/**
 * The typed Config for this process. Throws one ConfigError listing every problem, in `lang`
 * (default: from LANG), when anything is an error. Warnings are in `config.findings`.
 */
export function loadConfig(options: LoadOptions = {}): Config {
  const result = inspectConfig(options);
  if (!result.config) throw new ConfigError(result.findings, result.lang);
  return result.config;
}

/**
 * This checkout's development secrets (session cookie, dev issuer client), made on first use in the
 * git-ignored `.data/dev-secret` of the project root (see findProjectRoot; the cwd when there is none). The dev
 * issuer and the samples read the same.
 */
export function devSecrets(cwd: string = process.cwd()): DevSecrets {
  const from = resolve(/* turbopackIgnore: true */ cwd);
  return devSecretsAt(findProjectRoot(from) ?? from);
}

/**
 * For a server's start-up: under NODE_ENV=production, a configuration with any error (the dev issuer, a
 * missing, guessable or public AUTH0_SECRET, ...) stops the process with every problem in Japanese and
 * English, instead of serving requests that would fail or be forgeable. Elsewhere it does nothing.
 */
export function refuseToStartOnConfigErrors(options: LoadOptions = {}): void {
  const env = options.env ?? process.env;
  if (!(options.production ?? env.NODE_ENV === 'production')) return;
  const result = inspectConfig(options);
  if (result.config) return;
  console.error(`${formatConfigProblems(result.findings, 'ja')}\n\n${formatConfigProblems(result.findings, 'en')}`);
  process.exit(1);
}

/** Where the walk up starts: `<root>/apps/<app>` when asked for and present, else the cwd. */
function appFolder(root: string | undefined, cwd: string, app: string | undefined): string {
  if (!app || !root) return cwd;
  const folder = join(root, 'apps', app);
  return isInside(folder, cwd) || !existsSync(folder) ? cwd : folder;
}

/** Whether `path` is `folder` or inside it. */
function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

function missingFileFinding(path: string): Finding {
  return finding(
    'env-file-not-found',
    undefined,
    {
      ja: `指定されたファイル ${path} が見つかりません。`,
      en: `The file ${path} does not exist.`,
    },
    {
      ja: 'パスを確認してください。相対パスはコマンドを実行したフォルダーから数えます。',
      en: 'Check the path; a relative path starts from the folder you ran the command in.',
    },
  );
}

function overriddenFinding(name: string, file: string): Finding {
  return finding(
    'overridden-by-environment',
    name,
    {
      ja: `${name} はシェルの環境変数にも設定されているため、${file} の値ではなく環境変数の値が使われます。`,
      en: `${name} is also set in your shell's environment, which wins over the value in ${file}.`,
    },
    {
      ja: `${file} の値を使うには、シェルで \`unset ${name}\` を実行してください（シェルの設定ファイルに書かれていないかも確認してください）。`,
      en: `To use the value in ${file}, run \`unset ${name}\` in your shell (and check your shell's startup files).`,
    },
  );
}
