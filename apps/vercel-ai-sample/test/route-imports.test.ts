// Server code never imports React: the chat route's import graph (our files, followed through the workspace
// packages) reaches no React import and no component file.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reactImporters } from '@repo/devtools/import-graph';
import { describe, expect, it } from 'vitest';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('the chat route', () => {
  it('reaches no React import', () => {
    expect(reactImporters(join(appDir, 'src/app/api/chat/route.ts'), appDir)).toEqual([]);
  });

  it('is seen to reach React when it does (the check itself works)', () => {
    expect(reactImporters(join(appDir, 'src/app/page.tsx'), appDir)).not.toEqual([]);
  });
});
