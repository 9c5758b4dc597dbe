// Page weight: the JavaScript each page loads when it opens (its module scripts, everything they import
// statically, and inline scripts), gzip-compressed. Lazily imported code (search, loaded on first use) is
// not part of the page load and is not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, docPages, document, type Page } from './support/site.ts';

const KB = 1024;
const GUIDE_BUDGET = 20 * KB;
const LIVE_EXAMPLE_BUDGET = 60 * KB;
const STATIC_IMPORT =
  /(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']|export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g;

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

function staticImports(code: string, base: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => new URL(m[1] ?? m[2]!, `http://site${base}`).pathname);
}

/** gzip bytes of the JavaScript a page loads on open. */
function pageJs(page: Page): { total: number; files: string[] } {
  const seen = new Set<string>();
  let total = 0;
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    total += gz(code);
    for (const dep of staticImports(code, path)) visit(dep);
  };
  for (const script of document(page).querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data and the like
    const src = script.getAttribute('src');
    if (src) visit(new URL(src, `http://site${page.path}`).pathname);
    else {
      total += gz(script.textContent);
      if (type === 'module') for (const dep of staticImports(script.textContent, page.path)) visit(dep);
    }
  }
  return { total, files: [...seen] };
}

const isLiveExample = (page: Page) => page.slug?.startsWith('tools/') ?? false;
const measured: string[] = [];

describe('page weight (gzip JavaScript per page)', () => {
  afterAll(() => console.log(`[docs] JavaScript per page (gzip):\n${measured.sort().join('\n')}`));

  it.each(docPages().map((p) => [p.path, p] as const))('%s stays within its budget', (_, page) => {
    const budget = isLiveExample(page) ? LIVE_EXAMPLE_BUDGET : GUIDE_BUDGET;
    const { total } = pageJs(page);
    measured.push(`  ${page.path.padEnd(34)} ${(total / KB).toFixed(1).padStart(5)} KB / ${budget / KB} KB`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budget);
  });
});
