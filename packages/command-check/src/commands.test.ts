// The checker itself: it reads pnpm's real built-in list and catches each kind of wrong command.
import { describe, expect, it } from 'vitest';
import { type CheckContext, checkCommand, findCommands } from './commands.ts';
import { pnpmBuiltins } from './pnpm-builtins.ts';
import type { Workspace } from './workspace.ts';

const workspace: Workspace = [
  { dir: '', name: 'root', scripts: { start: '', test: '', doctor: '', setup: '', dev: '', emulator: '' } },
  { dir: 'packages/auth', name: '@repo/auth', scripts: { test: '', typecheck: '' } },
  { dir: 'apps/docs', name: '@repo/docs', scripts: { dev: '', build: '' } },
];
const context: CheckContext = { workspace, builtins: pnpmBuiltins(), defaultTargets: [workspace[0]!] };

/** The problems found in a Markdown text, one per wrong command. */
function problems(text: string, markdown = true): string[] {
  return findCommands(text, { markdown }).flatMap((c) => checkCommand(c, context) ?? []);
}

describe('pnpm help', () => {
  it('lists doctor and setup as pnpm built-ins that do not run a script, and test and start as ones that do', () => {
    const { builtins } = context;
    expect(builtins.get('doctor')).toEqual({ command: 'doctor', runsScript: false });
    expect(builtins.get('setup')).toEqual({ command: 'setup', runsScript: false });
    expect(builtins.get('install')?.runsScript).toBe(false);
    expect(builtins.get('i')?.command).toBe('install');
    expect(builtins.get('test')?.runsScript).toBe(true);
    expect(builtins.get('start')?.runsScript).toBe(true);
    expect(builtins.has('dev')).toBe(false);
  });
});

describe('commands shown to users', () => {
  it('accepts commands that run our scripts', () => {
    const text = [
      '```bash',
      'npm start',
      'npm test',
      'npm run doctor',
      'npm run doctor -- --offline --lang ja',
      'npm run -s doctor -- --policy > policy.json',
      'pnpm run doctor --offline',
      'pnpm dev',
      'pnpm emulator --port 0',
      'pnpm install',
      'pnpm --filter @repo/auth test',
      'pnpm --filter @repo/<name> test',
      'pnpm --filter ./apps/docs build',
      'npm install --global pnpm@12',
      '```',
      'The first run installs pnpm into `.tools/` and then pnpm takes over; the npm registry must be reachable.',
    ].join('\n');
    expect(problems(text)).toEqual([]);
  });

  it('flags a script name that pnpm answers with its own built-in, in code and in prose', () => {
    expect(problems('Check it with `pnpm doctor --offline`.')).toEqual([
      '`pnpm doctor --offline` runs pnpm\'s own `doctor` command, not our "doctor" script: write `pnpm run doctor` or `npm run doctor`',
    ]);
    expect(problems('pnpm setup で準備します', false)).toHaveLength(1);
    expect(problems('Run pnpm doctor.', false)).toHaveLength(1);
  });

  it('flags npm commands that do not run the script they name', () => {
    expect(problems('`npm doctor`')).toEqual(['`npm doctor` does not run our "doctor" script: write `npm run doctor`']);
    expect(problems('`npm run doctor --offline`')).toEqual([
      "`npm run doctor --offline`: npm takes `--offline` as its own option; put the script's options after `--` (`npm run doctor -- --offline`)",
    ]);
    expect(problems('`npm run doctor -- --json > out.json`')).toHaveLength(1);
    expect(problems('`npm run doctor -- --json | jq .ok`')).toHaveLength(1);
  });

  it('flags scripts that do not exist, where the command runs', () => {
    expect(problems('```\npnpm fga\n```')).toEqual(['`pnpm fga` names a script "fga" that root does not have']);
    expect(problems('`npm run lint`')).toHaveLength(1);
    expect(problems('`pnpm --filter @repo/docs test`')).toEqual([
      '`pnpm --filter @repo/docs test` names a script "test" that @repo/docs does not have',
    ]);
    expect(problems('`pnpm --filter @repo/nope test`')).toHaveLength(1);
    // In prose a word after "pnpm" is English unless it is one of our scripts somewhere.
    expect(problems('pnpm into the repository', false)).toEqual([]);
    expect(problems('`pnpm typecheck`')).toEqual([
      '`pnpm typecheck` names a script "typecheck" that root does not have',
    ]);
  });

  it('gives each command its line number', () => {
    const [command] = findCommands('one\ntwo `pnpm dev`\n', { markdown: true });
    expect(command).toMatchObject({ tool: 'pnpm', words: ['dev'], line: 2, code: true });
  });
});
