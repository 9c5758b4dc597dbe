// pnpm's own commands, read from `pnpm help` of the pnpm that runs this repository, so a new pnpm release that
// adds a built-in (as `doctor` once was) is noticed without anyone updating a list.
import { spawnSync } from 'node:child_process';

export interface Builtin {
  /** The command's main name (for an alias, the command it stands for). */
  command: string;
  /** True for the few built-ins that run the package's script of the same name (`test`, `start`, ...). */
  runsScript: boolean;
}

/**
 * Every name `pnpm <name>` answers itself, aliases included, from the "Commands:" section of `pnpm help`.
 * A built-in runs our script instead when its description says so: it speaks of a script and names itself
 * (`Runs a package's "test" script`, "A `clean` script in package.json overrides the built-in command").
 */
export function parsePnpmHelp(help: string): Map<string, Builtin> {
  const builtins = new Map<string, Builtin>();
  const lines = help.split(/\r?\n/);
  const start = lines.findIndex((line) => /^Commands:\s*$/.test(line));
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    const match = /^ {2}([a-z][\w-]*)\s+(.*)$/.exec(line);
    if (!match) break; // the section ends at the first line that is not a command
    const [, command = '', description = ''] = match;
    const namesItself = new RegExp(`(^|[^\\w-])${command}([^\\w-]|$)`).test(description);
    const entry = { command, runsScript: /script/i.test(description) && namesItself };
    builtins.set(command, entry);
    const aliases = /\[alias(?:es)?: ([^\]]+)\]/.exec(description)?.[1] ?? '';
    for (const alias of aliases.split(',').map((a) => a.trim())) if (alias) builtins.set(alias, entry);
  }
  if (builtins.size === 0) throw new Error(`Found no command list in the output of \`pnpm help\`:\n${help}`);
  return builtins;
}

export function pnpmBuiltins(): Map<string, Builtin> {
  const result = spawnSync('pnpm', ['help'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return parsePnpmHelp(result.stdout);
}
