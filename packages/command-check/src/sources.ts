// Where users read commands: Markdown (READMEs, guide pages), .env.example, and the source that prints or
// renders text (finding fix texts, CLI usage and banners, UI strings, the guide's components). Tests and this
// package are left out: they spell wrong commands on purpose, to show that they are caught.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TextSource {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
  markdown: boolean;
}

const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.tools',
  '.next',
  '.astro',
  '.turbo',
  'dist',
  'test-results',
  'coverage',
  '.data',
  '.pnpm-store',
]);
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;
const SELF = 'packages/command-check/';
const TEST = /(\.test\.[a-z]+$|\.cases\.ts$|(^|\/)tests?\/)/;

export function repositoryTexts(root: string): TextSource[] {
  const found: TextSource[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
        continue;
      }
      const path = relative(root, full).split(sep).join('/');
      if (path.startsWith(SELF)) continue;
      const markdown = /\.mdx?$/.test(entry.name);
      if (!markdown && entry.name !== '.env.example' && !(SOURCE.test(entry.name) && !TEST.test(path))) continue;
      found.push({ path, text: readFileSync(full, 'utf8'), markdown });
    }
  };
  walk(root);
  return found;
}
