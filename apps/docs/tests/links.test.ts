// Internal links of the built site: every link resolves (page and anchor), no page is a fallback, and
// no page links into the other language.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECT_BEDROCK_DOCS } from '@repo/config';
import { describe, expect, it } from 'vitest';
import { anchorIds, DIST, docPages, document, type Page, pages } from './support/site.ts';

const FALLBACK_NOTICES = [
  'This content is not available in your language yet.',
  'このコンテンツはまだ日本語訳がありません。',
];

interface Link {
  from: string;
  href: string;
  path: string;
  anchor?: string;
}

function internalLinks(page: Page): Link[] {
  const root = document(page);
  return [
    ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    ...root.querySelectorAll('img[src]').map((img) => img.getAttribute('src')!),
    ...root
      .querySelectorAll('link[rel="icon"][href], link[rel="stylesheet"][href]')
      .map((l) => l.getAttribute('href')!),
  ]
    .filter((href) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href))
    .map((href) => {
      const [beforeHash, anchor] = href.split('#') as [string, string | undefined];
      const pathOnly = beforeHash.split('?')[0]!;
      const path = pathOnly === '' ? page.path : new URL(pathOnly, `http://site${page.path}`).pathname;
      return {
        from: page.path,
        href,
        path: decodeURI(path),
        ...(anchor ? { anchor: decodeURIComponent(anchor) } : {}),
      };
    });
}

function fileFor(path: string): string | undefined {
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, path), join(DIST, `${path}.html`), join(DIST, path, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

const all = pages();
const byPath = new Map(all.map((p) => [p.path, p]));
const byFile = new Map(all.map((p) => [p.file, p]));
const idsOf = (file: string): Set<string> => {
  const page = byFile.get(file);
  return page ? anchorIds(page) : new Set();
};

describe('the built site', () => {
  it('has every page in both languages', () => {
    const docs = docPages();
    expect(docs.length).toBeGreaterThan(30);
    const slugs = (lang: string) =>
      docs
        .filter((p) => p.lang === lang)
        .map((p) => p.slug)
        .sort();
    expect(slugs('ja')).toEqual(slugs('en'));
  });

  it('has no fallback pages (every page written in its own language)', () => {
    const fallbacks = docPages().filter((p) => FALLBACK_NOTICES.some((notice) => p.html.includes(notice)));
    expect(fallbacks.map((p) => p.path)).toEqual([]);
    for (const page of docPages()) expect(document(page).querySelector('html')?.getAttribute('lang')).toBe(page.lang);
  });

  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const page of all) {
      for (const link of internalLinks(page)) {
        const file = fileFor(link.path);
        if (!file) broken.push(`${link.from} -> ${link.href} (no such page)`);
        else if (link.anchor && link.anchor !== '_top' && file.endsWith('.html') && !idsOf(file).has(link.anchor)) {
          broken.push(`${link.from} -> ${link.href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never links a Japanese page to an English one, or the other way round', () => {
    const crossing: string[] = [];
    for (const page of docPages()) {
      const other = page.lang === 'ja' ? '/en/' : '/ja/';
      for (const link of internalLinks(page))
        if (link.path.startsWith(other)) crossing.push(`${link.from} -> ${link.href}`);
    }
    expect(crossing).toEqual([]);
  });

  it('links every required page slug in both languages (the slugs doctor and the apps link to)', () => {
    const required = [
      'getting-started/',
      'aws/prerequisites/',
      'aws/api-keys/',
      'aws/using-api-keys/',
      'aws/iam-permissions/',
      'aws/iam-alternative/',
      'aws/security-and-cost/',
      'aws/regions-and-models/',
      'aws/connection-check/',
      'troubleshooting/',
      'reference/environment/',
      'samples/vercel-ai/',
      'samples/langchain/',
      'samples/token-vault/',
      'local/emulator/',
      'local/dev-idp/',
      'tools/env-checker/',
      'tools/key-inspector/',
      'tools/policy-builder/',
      'tools/model-id/',
    ];
    for (const lang of ['ja', 'en'])
      for (const slug of required) expect(byPath.has(`/${lang}/${slug}`), `/${lang}/${slug}`).toBe(true);
  });

  it.each(['ja', 'en'] as const)("has the anchor the apps' offline badge links to (%s)", (lang) => {
    const [slug, anchor] = CONNECT_BEDROCK_DOCS[lang].split('#') as [string, string];
    const page = byPath.get(`/${lang}/${slug}`);
    expect(page, slug).toBeDefined();
    expect(anchorIds(page!).has(anchor), anchor).toBe(true);
  });

  it('offers both languages from the root page', () => {
    const root = byPath.get('/')!;
    const hrefs = document(root)
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/ja/', '/en/']));
  });
});
