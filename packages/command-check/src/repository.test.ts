// Every npm/pnpm command this repository shows its users runs our code: READMEs, guide pages, .env.example,
// the source of finding texts, CLI usage, banners and UI strings, and the doctor's real output in both languages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckContext, checkCommand, findCommands } from './commands.ts';
import { pnpmBuiltins } from './pnpm-builtins.ts';
import { repositoryTexts } from './sources.ts';
import { loadWorkspace } from './workspace.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const workspace = loadWorkspace(ROOT);
const builtins = pnpmBuiltins();
const rootPackage = workspace.filter((p) => p.dir === '');

function contextFor(path: string): CheckContext {
  const own = workspace.filter((p) => p.dir !== '' && path.startsWith(`${p.dir}/`));
  return { workspace, builtins, defaultTargets: [...rootPackage, ...own] };
}

function problemsIn(path: string, text: string, markdown: boolean): string[] {
  const context = contextFor(path);
  return findCommands(text, { markdown }).flatMap((command) => {
    const problem = checkCommand(command, context);
    return problem ? [`${path}:${command.line}: ${problem}`] : [];
  });
}

describe('commands shown to users', () => {
  it('finds the files it should read', () => {
    const paths = repositoryTexts(ROOT).map((t) => t.path);
    expect(paths).toContain('README.md');
    expect(paths).toContain('.env.example');
    expect(paths).toContain('packages/doctor/src/args.ts');
    expect(paths.some((p) => p.startsWith('apps/docs/src/content/docs/ja/'))).toBe(true);
    expect(paths.some((p) => p.endsWith('.test.ts') || p.includes('/node_modules/'))).toBe(false);
  });

  it('every command in READMEs, guide pages, .env.example and user-facing source runs our script', () => {
    const problems = repositoryTexts(ROOT).flatMap((t) => problemsIn(t.path, t.text, t.markdown));
    expect(problems).toEqual([]);
  });

  describe("the doctor's own output", () => {
    const dir = mkdtempSync(join(tmpdir(), 'command-check-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // Mistakes that bring out fix texts: placeholder key, unknown region, legacy model, misspelt variable.
    const envFile = join(dir, 'broken.env');
    writeFileSync(
      envFile,
      [
        'AWS_BEARER_TOKEN_BEDROCK=XXXXXXXXXXXXXXXXXXXXXXXX',
        'AWS_REGION=tokyo',
        'BEDROCK_MODEL_ID=anthropic.claude-3-sonnet-20240229-v1:0',
        'BEDROK_EMBEDDING_MODEL_ID=amazon.titan-embed-text-v2:0',
        'AWS_PROFILE=default',
        'AUTH0_DOMAIN=https://example.jp.auth0.com/',
      ].join('\n'),
    );
    const doctor = (args: string[]) =>
      spawnSync(TSX, [join(ROOT, 'packages/doctor/src/cli.ts'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: [dirname(process.execPath), process.env.PATH].join(':'), HOME: dir },
      });

    it.each(['ja', 'en'])('names only commands that run our code (%s)', (lang) => {
      const help = doctor(['--help', '--lang', lang]);
      const report = doctor(['--offline', '--env-file', envFile, '--lang', lang]);
      expect(report.stdout).toMatch(/npm run doctor/); // the output does show commands: this check reads them
      const output = `${help.stdout}${help.stderr}\n${report.stdout}${report.stderr}`;
      expect(problemsIn(`doctor --lang ${lang}`, output, false)).toEqual([]);
    });
  });
});
