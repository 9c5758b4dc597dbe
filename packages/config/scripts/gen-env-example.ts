// Writes the repo-root .env.example from the variable definitions.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample } from '../src/env-example.ts';
import { findProjectRoot } from '../src/node.ts';

const root = findProjectRoot(import.meta.dirname);
if (!root) throw new Error('project root (pnpm-lock.yaml, pnpm-workspace.yaml or .git) not found');
const path = join(root, '.env.example');
writeFileSync(path, renderEnvExample());
console.log(`wrote ${path}`);
