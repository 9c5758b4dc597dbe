// The generated pages follow their sources: one troubleshooting anchor per finding code in every registry
// (doctor links to them), each explained in both languages; one reference anchor per variable and alias; and
// "On this page" built by Starlight from the pages' own headings, in page order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ENV_ALIASES, ENV_SECTIONS, ENV_VARIABLES, FINDING_CODES } from '@repo/config';
import { ONLINE_FINDINGS } from '@repo/doctor/findings';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FINDING_REGISTRY } from '../src/markdown/finding-entries.ts';
import { SITE_ROOT } from './support/build.ts';
import { anchorIds, contentHeadings, docPages, document, type Page } from './support/site.ts';

const LANGS = ['ja', 'en'] as const;
const registryCodes = [...new Set([...Object.keys(FINDING_CODES), ...Object.keys(ONLINE_FINDINGS)])].sort();
/** The topics' anchors: links from outside the site may name them, so they never change. */
const TOPIC_IDS = [
  'env-file',
  'api-key',
  'credentials',
  'region-and-models',
  'permissions',
  'service',
  'auth0',
  'fga',
  'token-vault',
].map((id) => `topic-${id}`);

/** The codes a troubleshooting page explains (`:::finding{#<code>}` blocks), in page order. */
function explainedCodes(lang: string): string[] {
  const source = readFileSync(join(SITE_ROOT, 'src', 'content', 'docs', lang, 'troubleshooting.mdx'), 'utf8');
  return [...source.matchAll(/^:::finding\{#([^}\s]+)\}\s*$/gm)].map((m) => m[1]!);
}

function page(lang: string, slug: string): Page {
  const found = docPages().find((p) => p.lang === lang && p.slug === slug);
  if (!found) throw new Error(`/${lang}/${slug} was not built`);
  return found;
}

/** The links of the page's "On this page" list (the desktop one; the mobile one repeats it). */
function tocLinks(p: Page): string[] {
  const toc = document(p).querySelector('starlight-toc');
  if (!toc) throw new Error(`${p.path} has no "On this page"`);
  return toc.querySelectorAll('a').map((a) => a.getAttribute('href')!);
}

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('troubleshooting page', () => {
  it.each(LANGS)('explains every finding code of the registries, and only those, once each (%s)', (lang) => {
    const codes = explainedCodes(lang);
    expect([...codes].sort()).toEqual(registryCodes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('explains the codes in the same order in both languages', () => {
    expect(explainedCodes('ja')).toEqual(explainedCodes('en'));
  });

  it.each(LANGS)('has an anchor for every code doctor links to (%s)', (lang) => {
    const ids = anchorIds(page(lang, 'troubleshooting/'));
    const docsLinks = [
      ...Object.values(FINDING_CODES).map((f) => f.docs),
      ...Object.values(ONLINE_FINDINGS).map((f) => f.docs),
    ];
    const missing = docsLinks.filter((docs) => !ids.has(docs.replace(/^troubleshooting\/#/, '')));
    expect(missing).toEqual([]);
    expect(ids.has('topic-other')).toBe(false);
  });

  it.each(LANGS)('writes every topic and explanation (%s), the Japanese ones in Japanese', (lang) => {
    const root = document(page(lang, 'troubleshooting/'));
    const topics = root.querySelectorAll('main h2[id^="topic-"]');
    expect(topics.map((h) => h.getAttribute('id'))).toEqual(TOPIC_IDS);
    for (const h2 of topics) {
      expect(h2.textContent.trim()).not.toBe('');
      // Starlight wraps each heading (with its anchor link); the topic's introduction follows the wrapper.
      const wrapper = h2.parentNode?.classList.contains('sl-heading-wrapper') ? h2.parentNode : h2;
      const intro = wrapper.nextElementSibling;
      expect(intro?.tagName).toBe('P');
      if (lang === 'ja') expect(intro!.textContent).toMatch(japanese);
      else expect(intro!.textContent.trim()).not.toBe('');
    }
    const findings = root.querySelectorAll('main .finding[data-code]');
    expect(findings.map((f) => f.getAttribute('data-code')).sort()).toEqual(registryCodes);
    for (const finding of findings) {
      const code = finding.getAttribute('data-code')!;
      const registered = FINDING_REGISTRY.get(code);
      expect(finding.getAttribute('data-severity')).toBe(registered!.severity);
      expect(finding.querySelector('h3')?.getAttribute('id')).toBe(code);
      expect(finding.querySelector('h3')?.textContent).toContain(registered!.title[lang]);
      const explanation = finding.querySelector('p');
      const text = (explanation?.textContent ?? '').replace(
        explanation?.querySelector('strong')?.textContent ?? '',
        '',
      );
      expect(text.replace(/^\s*·\s*/, '').trim(), code).not.toBe('');
      if (lang === 'ja') expect(text, code).toMatch(japanese);
    }
  });

  it.each(LANGS)('lists its topics in "On this page" from its own headings, in page order (%s)', (lang) => {
    const p = page(lang, 'troubleshooting/');
    const h2 = contentHeadings(p)
      .filter((h) => h.level === 2)
      .map((h) => `#${h.id}`);
    expect(h2).toEqual(TOPIC_IDS.map((id) => `#${id}`));
    expect(tocLinks(p)).toEqual(['#_top', ...h2]);
  });
});

describe('environment variable reference', () => {
  it.each(LANGS)('has an anchor for every variable and alias (%s)', (lang) => {
    const ids = anchorIds(page(lang, 'reference/environment/'));
    const missing = [...ENV_VARIABLES.map((v) => v.docs), ...ENV_ALIASES.map((a) => a.docs)]
      .map((docs) => docs.replace(/^reference\/environment\/#/, ''))
      .filter((anchor) => !ids.has(anchor));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('lists its sections in "On this page" from its own headings, in page order (%s)', (lang) => {
    const expected = [...ENV_SECTIONS.map((s) => `#section-${s.id}`), '#aliases', '#env-example'];
    const p = page(lang, 'reference/environment/');
    const h2 = contentHeadings(p)
      .filter((h) => h.level === 2)
      .map((h) => `#${h.id}`);
    expect(h2).toEqual(expected);
    expect(tocLinks(p)).toEqual(['#_top', ...expected]);
  });

  it.each(LANGS)('shows code in the descriptions as code, never as raw backticks (%s)', (lang) => {
    // A fresh parse: the code elements are taken out of this copy only.
    const main = parse(page(lang, 'reference/environment/').html).querySelector('main');
    const code = main?.querySelectorAll('code') ?? [];
    expect(code.map((element) => element.textContent)).toContain('auto');
    // The .env example is a code block (Expressive Code), and its comments do use backticks.
    for (const element of main?.querySelectorAll('code, .expressive-code') ?? []) element.remove();
    expect(main?.textContent).not.toContain('`');
  });
});

// Every `troubleshooting/#<anchor>` and `reference/environment/#<anchor>` that the repository's own source and
// READMEs write (doctor, the apps, @repo/config, the guide) lands on an anchor in both languages.
describe('anchors linked from the repository', () => {
  const REPO = join(SITE_ROOT, '..', '..');
  const SKIP = new Set([
    'node_modules',
    '.git',
    '.tools',
    'dist',
    '.astro',
    '.next',
    '.turbo',
    '.data',
    'test-results',
  ]);
  const TEST = /(\.test\.[a-z]+$|(^|\/)tests?\/)/;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : files(full);
      const path = relative(REPO, full).split(sep).join('/');
      return /\.(ts|tsx|astro|mdx?)$/.test(entry.name) && !TEST.test(path) ? [full] : [];
    });
  const links = files(REPO).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(troubleshooting|reference\/environment)\/#([a-z0-9][a-z0-9_-]*)/g)].map(
      (m) => ({ file: relative(REPO, file), slug: `${m[1]}/`, anchor: m[2]! }),
    ),
  );

  it('finds the links doctor, the apps and the guide write', () => {
    const from = new Set(links.map((l) => l.file.split('/').slice(0, 2).join('/')));
    expect([...from]).toEqual(expect.arrayContaining(['packages/chat', 'packages/doctor', 'apps/docs']));
  });

  it.each(LANGS)('finds each of them on the page it names (%s)', (lang) => {
    const missing = links.filter((l) => !anchorIds(page(lang, l.slug)).has(l.anchor));
    expect(missing.map((l) => `${l.file}: ${l.slug}#${l.anchor}`)).toEqual([]);
  });
});
