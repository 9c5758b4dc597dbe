// Finds the npm/pnpm commands in a text and says what is wrong with each: a script name that the package
// manager answers with its own built-in (`pnpm doctor`, `pnpm setup`, `npm doctor`), a script that does not
// exist, an option npm would take for itself (`npm run doctor --offline`), or npm's header line mixed into
// output that is redirected (`npm run doctor -- --json > out.json` without `-s`).
import type { Builtin } from './pnpm-builtins.ts';
import type { Workspace, WorkspacePackage } from './workspace.ts';

export interface ShownCommand {
  tool: 'npm' | 'pnpm';
  /** The words after `npm`/`pnpm`, up to the first character that cannot be part of a shell word. */
  words: string[];
  /** The rest of the line after the words (where a `>` or `|` would be). */
  rest: string;
  /** 1-based line number in the text it was found in. */
  line: number;
  /** True inside code (a Markdown code span or block): any word there is meant as a command. */
  code: boolean;
}

export interface CheckContext {
  workspace: Workspace;
  builtins: Map<string, Builtin>;
  /** Packages whose scripts a command without --filter may mean: the root and the file's own package. */
  defaultTargets: WorkspacePackage[];
}

// `npm`/`pnpm` as a word (not `pnpm-lock.yaml`, `@pnpm/x`, `npm_config_x`), then shell words. `<`, `>`, `*`, `{`
// and `!` stay inside a word so placeholders (`@repo/<name>`) and patterns are recognised as such.
const COMMAND = /(?<![\w./@$-])(p?npm)(?![\w.-])((?:[ \t]+[\w@./:=+<>*{}[\]!-]*[\w@/<>*{}[\]!-])*)([^\n]*)/g;

/** Commands in `text`; in Markdown only code spans and blocks count as code. */
export function findCommands(text: string, { markdown }: { markdown: boolean }): ShownCommand[] {
  const codeRanges = markdown ? markdownCodeRanges(text) : [];
  const commands: ShownCommand[] = [];
  for (const match of text.matchAll(COMMAND)) {
    const all = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
    // `>`, `2>` or `>file` starts a redirect: it and what follows are not the command's words.
    const redirect = all.findIndex((w) => /^\d?>/.test(w));
    const words = redirect < 0 ? all : all.slice(0, redirect);
    const rest = redirect < 0 ? (match[3] ?? '') : `${all.slice(redirect).join(' ')}${match[3] ?? ''}`;
    const index = match.index ?? 0;
    commands.push({
      tool: match[1] as 'npm' | 'pnpm',
      words,
      rest,
      line: text.slice(0, index).split('\n').length,
      code: markdown ? codeRanges.some(([from, to]) => index >= from && index < to) : false,
    });
  }
  return commands.filter((c) => c.words.length > 0);
}

/** Offsets [from, to) of fenced code blocks and inline code spans. */
function markdownCodeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm))
    ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const PATTERN = /[<>*{}[\]!]|\.\.\./;
const NPM_SCRIPT_RUNNERS = new Set(['run', 'run-script', 'rum', 'urn', 'start', 'test', 't', 'tst', 'stop', 'restart']);
// Options that take a value: their value is not the command word.
const PNPM_VALUE_OPTIONS = new Set(['--filter', '-F', '--filter-prod', '-C', '--dir', '--reporter', '--loglevel']);
const NPM_VALUE_OPTIONS = new Set(['-w', '--workspace', '--prefix', '--loglevel']);

const quote = (c: ShownCommand) => `\`${c.tool} ${c.words.join(' ')}\``;

/** What is wrong with one command, or null when it runs what it says. */
export function checkCommand(command: ShownCommand, context: CheckContext): string | null {
  return command.tool === 'pnpm' ? checkPnpm(command, context) : checkNpm(command, context);
}

function checkPnpm(command: ShownCommand, context: CheckContext): string | null {
  const { words } = command;
  let targets: WorkspacePackage[] | null = context.defaultTargets;
  let i = 0;
  for (; i < words.length && words[i]?.startsWith('-'); i++) {
    const [option = '', inlineValue] = (words[i] ?? '').split('=', 2);
    if (['-r', '--recursive'].includes(option)) targets = context.workspace;
    if (['-w', '--workspace-root'].includes(option)) targets = context.workspace.filter((p) => p.dir === '');
    if (!PNPM_VALUE_OPTIONS.has(option)) continue;
    const value = inlineValue ?? words[++i] ?? '';
    if (['--filter', '-F', '--filter-prod', '-C', '--dir'].includes(option)) targets = selectPackages(value, context);
  }
  const word = words[i];
  if (!word || PATTERN.test(word)) return null;
  const builtin = context.builtins.get(word);
  if (word === 'run' || word === 'run-script' || builtin?.command === 'run') {
    const script = words.slice(i + 1).find((w) => !w.startsWith('-'));
    return script ? missingScript(command, script, targets) : null;
  }
  if (builtin && !builtin.runsScript) {
    const ours = context.workspace.some((p) => word in p.scripts);
    return ours
      ? `${quote(command)} runs pnpm's own \`${builtin.command}\` command, not our "${word}" script: write \`pnpm run ${word}\` or \`npm run ${word}\``
      : null;
  }
  // pnpm runs a script for any other word (and `test`, `start`, ... run theirs). In prose, a word that is
  // no script anywhere is taken as English ("pnpm is installed"), not as a command.
  const known = context.workspace.some((p) => word in p.scripts);
  if (!command.code && !known && !builtin) return null;
  return missingScript(command, builtin?.command ?? word, targets);
}

function checkNpm(command: ShownCommand, context: CheckContext): string | null {
  const { words } = command;
  let i = 0;
  let silent = false;
  let targets: WorkspacePackage[] | null = context.defaultTargets;
  for (; i < words.length && words[i]?.startsWith('-'); i++) {
    const [option = '', inlineValue] = (words[i] ?? '').split('=', 2);
    if (['-s', '--silent'].includes(option) || words[i] === '--loglevel=silent') silent = true;
    if (!NPM_VALUE_OPTIONS.has(option)) continue;
    const value = inlineValue ?? words[++i] ?? '';
    if (['-w', '--workspace', '--prefix'].includes(option)) targets = selectPackages(value, context);
  }
  const word = words[i];
  if (!word || PATTERN.test(word)) return null;
  if (!NPM_SCRIPT_RUNNERS.has(word)) {
    // npm has no shorthand for scripts: `npm doctor` is npm's own doctor, `npm dev` an unknown command.
    const ours = context.workspace.some((p) => word in p.scripts);
    return ours ? `${quote(command)} does not run our "${word}" script: write \`npm run ${word}\`` : null;
  }
  const isRun = ['run', 'run-script', 'rum', 'urn'].includes(word);
  let j = i + 1;
  for (; isRun && j < words.length && words[j]?.startsWith('-') && words[j] !== '--'; j++) {
    if (['-s', '--silent'].includes(words[j] ?? '')) silent = true;
  }
  const script = isRun ? words[j] : ({ t: 'test', tst: 'test' }[word] ?? word);
  if (!script || PATTERN.test(script)) return null;
  // Optional parts in usage lines (`[-- --port N]`) are read without their brackets.
  const args = words.slice(isRun ? j + 1 : i + 1).map((w) => w.replace(/^\[+/, ''));
  const dashDash = args.indexOf('--');
  const stolen = args.slice(0, dashDash < 0 ? args.length : dashDash).find((a) => a.startsWith('-'));
  if (stolen) {
    return `${quote(command)}: npm takes \`${stolen}\` as its own option; put the script's options after \`--\` (\`npm run ${script} -- ${stolen}\`)`;
  }
  if (/^\s*>|^\s+\|\s/.test(command.rest) && !silent) {
    return `${quote(command)} is redirected, but npm prints its own header lines on stdout: add \`-s\` (\`npm run -s ${script} ...\`)`;
  }
  return missingScript(command, script, targets);
}

function missingScript(command: ShownCommand, script: string, targets: WorkspacePackage[] | null): string | null {
  if (targets === null || PATTERN.test(script)) return null; // a pattern or placeholder: nothing to check
  if (targets.some((p) => script in p.scripts)) return null;
  const where = targets.map((p) => p.name).join(', ') || 'no package';
  return `${quote(command)} names a script "${script}" that ${where} does not have`;
}

/** The packages a --filter / -C / --workspace value selects, or null for a pattern this check cannot follow. */
function selectPackages(selector: string, context: CheckContext): WorkspacePackage[] | null {
  if (PATTERN.test(selector)) return null;
  const dir = selector.replace(/^\.\//, '').replace(/\/$/, '');
  const found = context.workspace.filter((p) => p.name === selector || (dir !== '' && p.dir === dir));
  return found;
}
