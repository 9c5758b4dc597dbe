#!/usr/bin/env node
// The one entry point behind every root script (`npm start`, `npm test`, `npm run doctor`, ...).
// It makes sure the project's toolchain is there, then runs the task with it:
//   1. Node >= 22.12: the machine's own when new enough, else Node 22 installed from the npm
//      registry into .tools/node (git-ignored);
//   2. pnpm, pinned by `packageManager`, installed into .tools/pnpm when missing;
//   3. `pnpm install` when the lock file or a package.json changed since the last install;
//   4. for `test`: Debian's Chromium and Japanese fonts for the browser tests (apt-get, as root).
// Written for old Node (no dependencies, no TypeScript) because it is what installs the new one.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nodeVersion = readFileSync(join(root, '.node-version'), 'utf8').trim();
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');
const MIN_NODE = [22, 12];

// Windows: npm, pnpm and the node_modules/.bin shims are .cmd files (they need a shell), and a global
// install puts executables in the prefix folder itself rather than in prefix/bin.
const isWindows = process.platform === 'win32';
const binDir = (prefix) => (isWindows ? prefix : join(prefix, 'bin'));

const say = (msg) => console.error(`\x1b[2m[setup]\x1b[0m ${msg}`);

// Each task is a list of commands run in order, stopping at the first that fails; the user's extra
// arguments go to the first one.
const doctor = ['tsx', join(root, 'packages/doctor/src/cli.ts')];
const dev = ['turbo', 'run', 'dev', '--ui=stream', '--concurrency=20'];
const TASKS = {
  setup: [],
  // `npm start`: doctor's offline checks, then build, serve and warm up the samples and the guide, and print
  // one ready block (packages/start).
  start: [['tsx', join(root, 'packages/start/src/cli.ts')]],
  test: [['pnpm', 'run', 'test:all']],
  doctor: [doctor],
  emulator: [['tsx', join(root, 'packages/bedrock-emulator/src/cli.ts')]],
  fga: [['tsx', join(root, 'packages/dev-fga/src/cli.ts')]],
  'fga:init': [['tsx', join(root, 'packages/dev-fga/src/init.ts')]],
  dev: [dev],
  build: [['turbo', 'run', 'build']],
  // --continue: one failing benchmark still leaves the others' figures.
  bench: [['turbo', 'run', 'bench', '--concurrency=1', '--continue']],
  lint: [['biome', 'check', '.']],
  format: [['biome', 'check', '--write', '.']],
};

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: isWindows, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function npmInstallGlobal(prefix, spec) {
  say(`installing ${spec} into ${prefix.replace(`${root}/`, '')} from the npm registry ...`);
  const status = run('npm', [
    'install',
    '--global',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefix',
    prefix,
    spec,
  ]);
  if (status !== 0) {
    console.error(`Could not install ${spec}. Check your connection to the npm registry, or install it yourself.`);
    process.exit(1);
  }
}

function versionAtLeast(version, [major, minor]) {
  const [a, b] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** Directory whose `node` is >= 22.12, or null when the one on PATH already is. */
function ensureNode() {
  if (versionAtLeast(process.version, MIN_NODE)) return null;
  const bin = binDir(join(tools, 'node'));
  const local = join(bin, isWindows ? 'node.exe' : 'node');
  if (!existsSync(local) || !execFileSync(local, ['--version']).toString().trim().endsWith(nodeVersion)) {
    say(`this machine has Node ${process.version}; the project needs >= ${MIN_NODE.join('.')}.`);
    npmInstallGlobal(join(tools, 'node'), `node@${nodeVersion}`);
  }
  return bin;
}

function ensurePnpm(env) {
  const bin = binDir(join(tools, 'pnpm'));
  const probe = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8', shell: isWindows });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return null;
  if (!existsSync(join(bin, isWindows ? 'pnpm.cmd' : 'pnpm')))
    npmInstallGlobal(join(tools, 'pnpm'), `pnpm@${pnpmVersion}`);
  return bin;
}

/** Hash of everything that decides what `pnpm install` does. */
function installFingerprint() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) files.push(join(group, name, 'package.json'));
  }
  for (const f of files) {
    const p = join(root, f);
    hash.update(f).update(existsSync(p) ? readFileSync(p) : '');
  }
  return hash.digest('hex');
}

function ensureInstall(env) {
  const stamp = join(root, 'node_modules', '.install-fingerprint');
  const want = installFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  say('installing dependencies (pnpm install) ...');
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  if (run('pnpm', ['install', ...frozen], { env }) !== 0) process.exit(1);
  writeFileSync(stamp, installFingerprint()); // again: a non-frozen install may have rewritten the lock file
}

function findChromium() {
  return process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
}

function hasJapaneseFonts() {
  return spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' }).stdout?.trim().length > 0;
}

function ensureBrowser() {
  if (findChromium() && hasJapaneseFonts()) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      'Browser tests need Chromium and Japanese fonts. On Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
        'Elsewhere, install Chromium and set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
  say('installing Chromium and Japanese fonts for the browser tests (apt-get) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) process.exit(1);
  if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { env }) !== 0)
    process.exit(1);
}

function main() {
  const [task = 'setup', ...args] = process.argv.slice(2);
  if (!(task in TASKS)) {
    console.error(`Unknown task "${task}". Tasks: ${Object.keys(TASKS).join(', ')}`);
    process.exit(2);
  }
  const env = { ...process.env };
  const paths = [];
  const nodeBin = ensureNode();
  if (nodeBin) paths.push(nodeBin);
  env.PATH = [...paths, env.PATH].join(delimiter);
  const pnpmBin = ensurePnpm(env);
  if (pnpmBin) paths.push(pnpmBin);
  paths.push(join(root, 'node_modules', '.bin'));
  env.PATH = [...paths, process.env.PATH].join(delimiter);
  ensureInstall(env);
  if (task === 'test') ensureBrowser();
  // Run where the user ran `npm run`/`pnpm` (INIT_CWD), so relative paths such as --env-file work.
  const cwd = process.env.INIT_CWD || process.cwd();
  const commands = TASKS[task];
  if (commands.length === 0) return say('ready.');
  for (const [i, [cmd, ...cmdArgs]] of commands.entries()) {
    const status = run(cmd, i === 0 ? [...cmdArgs, ...args] : cmdArgs, { env, cwd });
    if (status !== 0) process.exit(status);
  }
}

main();
