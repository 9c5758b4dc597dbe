// The repository files a module reaches through its imports (static and dynamic, type-only ones included),
// resolved as TypeScript resolves them for the app (its tsconfig paths, workspace packages). Files under
// node_modules are not followed: the question is what of our own code a module pulls in.
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ReachedFile {
  path: string;
  /** Import specifiers the file names (bare and relative). */
  imports: string[];
}

/** Every repository file reachable from `entry`, with what each imports. */
export function reachableFiles(entry: string, tsconfigPath: string, repoRoot: string): ReachedFile[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
  const options = parsed.options;
  const host = ts.createCompilerHost(options);
  const inRepo = (file: string) => file.startsWith(`${repoRoot}/`) && !file.includes('/node_modules/');
  const seen = new Map<string, ReachedFile>();
  const queue = [realpathSync(entry)];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const imports = info.importedFiles.map((i) => i.fileName);
    seen.set(file, { path: file, imports });
    for (const specifier of imports) {
      const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule;
      if (!resolved || resolved.resolvedFileName.endsWith('.d.ts')) continue;
      const real = realpathSync(resolved.resolvedFileName);
      if (inRepo(real) && !seen.has(real)) queue.push(real);
    }
  }
  return [...seen.values()];
}

/** The reachable files that import React (or render JSX from a .tsx file). */
export function reactImporters(entry: string, appDir: string): string[] {
  const repoRoot = realpathSync(join(appDir, '..', '..'));
  return reachableFiles(entry, join(appDir, 'tsconfig.json'), repoRoot)
    .filter((f) => f.path.endsWith('.tsx') || f.imports.some((i) => /^react(-dom)?(\/|$)/.test(i)))
    .map((f) => f.path.slice(repoRoot.length + 1));
}
