// `pnpm test` / `npm test`: lint, then every package's typecheck and tests (turbo), then one closing line
// that adds up every package's vitest results: "Tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultFiles = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name, 'test-results', 'vitest.json'))
    : [],
);

// Tests never read the developer's own .env files (a real AUTH0_DOMAIN must not reach them): @repo/config
// reads DOTENV_CONFIG_PATH instead, here an empty file. Tests that need values pass their own.
const env = { ...process.env };
if (!env.DOTENV_CONFIG_PATH) {
  env.DOTENV_CONFIG_PATH = join(mkdtempSync(join(tmpdir(), 'samples-test-env-')), '.env');
  writeFileSync(env.DOTENV_CONFIG_PATH, '');
}
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env, shell: process.platform === 'win32' }).status ?? 1;

for (const file of resultFiles) rmSync(file, { force: true });
let status = run('biome', ['ci', '--colors=off', '.']);
if (status === 0) status = run('turbo', ['run', 'typecheck', 'test', '--concurrency=2', ...process.argv.slice(2)]);

const totals = { passed: 0, failed: 0, skipped: 0, packages: 0 };
for (const file of resultFiles) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  totals.packages += 1;
}
console.log(`\n${totals.packages} packages tested.`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status !== 0 ? status : totals.failed > 0 || totals.passed === 0 ? 1 : 0);
