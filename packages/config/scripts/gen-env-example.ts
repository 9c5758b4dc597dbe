// Writes the repo-root .env.example from the variable definitions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample } from '../src/env-example.ts';
import { findRepoRoot } from '../src/node.ts';

const root = findRepoRoot(import.meta.dirname);
if (!root) throw new Error('repository root (pnpm-workspace.yaml) not found');
const path = join(root, '.env.example');
writeFileSync(path, renderEnvExample());
console.log(`wrote ${path}`);
