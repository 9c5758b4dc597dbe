// Reading the built site: every HTML page, its language, headings, links and ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '@repo/config';
import { parse } from 'node-html-parser';
import { SITE_ROOT } from './build.ts';

export const DIST = join(SITE_ROOT, 'dist');

export interface Page {
  /** URL path, e.g. `/ja/aws/api-keys/`. */
  path: string;
  file: string;
  html: string;
  lang?: Lang;
  /** Path without the locale prefix, e.g. `aws/api-keys/`. */
  slug?: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

// The build is done before any test file runs (globalSetup) and never changes: read and parse each page once.
let cached: Page[] | undefined;
const parsed = new WeakMap<Page, ReturnType<typeof parse>>();

export function pages(): Page[] {
  cached ??= walk(DIST).map((file) => {
    const rel = relative(DIST, file).replace(/\\/g, '/');
    const path = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
    const match = /^\/(ja|en)\/(.*)$/.exec(path);
    return {
      path,
      file,
      html: readFileSync(file, 'utf8'),
      ...(match ? { lang: match[1] as Lang, slug: match[2] } : {}),
    };
  });
  return cached;
}

/** The pages written for readers (404 and the root chooser excluded). */
export function docPages(): Page[] {
  return pages().filter((p) => p.lang && !p.path.endsWith('/404'));
}

export function document(page: Page) {
  let root = parsed.get(page);
  if (!root) {
    root = parse(page.html);
    parsed.set(page, root);
  }
  return root;
}

const idSets = new WeakMap<Page, Set<string>>();

/** Every `id` on the page: the anchors a link to it may name. */
export function anchorIds(page: Page): Set<string> {
  let set = idSets.get(page);
  if (!set) {
    set = new Set(
      document(page)
        .querySelectorAll('[id]')
        .map((el) => el.getAttribute('id')!),
    );
    idSets.set(page, set);
  }
  return set;
}

/** The headings of the page's own content (not the sidebar or the table of contents). */
export function contentHeadings(page: Page): { level: number; id: string }[] {
  const main = document(page).querySelector('main');
  if (!main) return [];
  return main
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .map((h) => ({ level: Number(h.tagName.slice(1)), id: h.getAttribute('id') ?? '' }));
}
