// The workspace's packages and their scripts: what a shown command may name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkspacePackage {
  /** Folder relative to the repository root, with forward slashes; '' for the root package. */
  dir: string;
  name: string;
  scripts: Record<string, string>;
}

export type Workspace = WorkspacePackage[];

function readPackage(root: string, dir: string): WorkspacePackage {
  const json = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return { dir, name: json.name ?? dir, scripts: json.scripts ?? {} };
}

/** The root package and every package matched by pnpm-workspace.yaml's `- folder/*` patterns. */
export function loadWorkspace(root: string): Workspace {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const groups = [...yaml.matchAll(/^\s*-\s*['"]?([\w.-]+)\/\*['"]?\s*$/gm)].map((m) => m[1] ?? '');
  const packages = [readPackage(root, '')];
  for (const group of groups) {
    if (!existsSync(join(root, group))) continue;
    for (const name of readdirSync(join(root, group)).sort()) {
      if (existsSync(join(root, group, name, 'package.json'))) packages.push(readPackage(root, `${group}/${name}`));
    }
  }
  return packages;
}
