// @repo/config/node: reads the real environment and the .env files, then resolves them with the
// isomorphic core. Precedence, first wins: the real environment, apps/<sample>/.env.local, the
// repo-root .env.local, the repo-root .env. `envFile` (or DOTENV_CONFIG_PATH, the name dotenv users know)
// replaces the files; the environment still wins. Tests use it to keep a developer's own .env.local out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  /** Sample folder name under apps/ (e.g. `vercel-ai-sample`). Default: the app the cwd is in, if any. */
  app?: string;
  /** Read this file instead of the repo's .env files (relative to `cwd`). Default: DOTENV_CONFIG_PATH. */
  envFile?: string;
  /** Language of the error. Default: from LANG / LC_ALL. */
  lang?: Lang;
  /** Where to start looking for the repo root. Default: process.cwd(). */
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
  /** Path as shown to users (relative to the repo root when inside it). */
  label: string;
  path: string;
  found: boolean;
}

export interface InspectResult extends ResolveResult {
  lang: Lang;
  root?: string;
  /** The files considered, in precedence order. */
  files: EnvFileRead[];
}

/** The folder holding pnpm-workspace.yaml, walking up from `from`; undefined outside the repo. */
export function findRepoRoot(from: string = process.cwd()): string | undefined {
  // turbopackIgnore: a path computed at run time, not a module for Next.js's build to trace.
  let dir = resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
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
  // Outside the repository (e.g. a script run from elsewhere), fall back to the repository this package lives in.
  const root = findRepoRoot(cwd) ?? findRepoRoot(import.meta.dirname);
  const label = (path: string) => (root && !relative(root, path).startsWith('..') ? relative(root, path) : path);

  const files: EnvFileRead[] = (
    envFile
      ? [isAbsolute(envFile) ? envFile : resolve(cwd, envFile)]
      : root
        ? [
            ...appFolders(root, cwd, options.app).map((app) => join(root, 'apps', app, '.env.local')),
            join(root, '.env.local'),
            join(root, '.env'),
          ]
        : [join(cwd, '.env.local'), join(cwd, '.env')]
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
 * git-ignored `.data/dev-secret` of the repository root. The dev issuer and the samples read the same.
 */
export function devSecrets(cwd: string = process.cwd()): DevSecrets {
  const from = resolve(/* turbopackIgnore: true */ cwd);
  return devSecretsAt(findRepoRoot(from) ?? findRepoRoot(import.meta.dirname) ?? from);
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

/** The sample folders whose .env.local applies: the one asked for, else the one the cwd is inside. */
function appFolders(root: string, cwd: string, app: string | undefined): string[] {
  if (app) return [app];
  const inside = relative(join(root, 'apps'), cwd);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return [];
  return [inside.split(sep)[0] as string];
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
