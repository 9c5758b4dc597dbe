// The core must run in a browser (the docs site's live checker): bundle it for the browser and fail
// on any Node built-in, and on any use of `process`.
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('browser bundle of @repo/config', () => {
  it('bundles src/index.ts for the browser without any Node built-in', async () => {
    const nodeImports: string[] = [];
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
      plugins: [
        {
          name: 'forbid-node-builtins',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (NODE_BUILTINS.has(args.path)) nodeImports.push(`${args.path} (from ${args.importer})`);
              return undefined;
            });
          },
        },
      ],
    });
    expect(nodeImports).toEqual([]);
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/\bprocess\.(env|cwd|argv)\b/);
    expect(Object.keys(result.metafile.inputs).some((p) => p.endsWith('node.ts'))).toBe(false);
    console.log(`browser bundle: ${(code.length / 1024).toFixed(0)} KiB unminified`);
  });

  it('the same check catches a Node import (the test can fail)', async () => {
    const nodeImports: string[] = [];
    await build({
      stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);", loader: 'ts' },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'forbid-node-builtins',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (NODE_BUILTINS.has(args.path)) nodeImports.push(args.path);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    expect(nodeImports).toEqual(['node:fs']);
  });
});
