// The generated pages follow their sources: one troubleshooting anchor per finding code in every registry
// (doctor links to them), one reference anchor per variable and alias, each with a written explanation.
import { ENV_ALIASES, ENV_VARIABLES, FINDING_CODES } from '@repo/config';
import { ONLINE_FINDINGS } from '@repo/doctor/findings';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../src/data/troubleshooting.ts';
import { anchorIds, docPages } from './support/site.ts';

const registryCodes = [...new Set([...Object.keys(FINDING_CODES), ...Object.keys(ONLINE_FINDINGS)])].sort();
const explainedCodes = TOPICS.flatMap((topic) => Object.keys(topic.codes));

function idsOn(lang: string, slug: string): Set<string> {
  const page = docPages().find((p) => p.lang === lang && p.slug === slug);
  if (!page) throw new Error(`/${lang}/${slug} was not built`);
  return anchorIds(page);
}

describe('troubleshooting page', () => {
  it('explains every finding code of the registries, and only those, once each', () => {
    expect([...explainedCodes].sort()).toEqual(registryCodes);
    expect(new Set(explainedCodes).size).toBe(explainedCodes.length);
  });

  it.each(['ja', 'en'])('has an anchor for every code doctor links to (%s)', (lang) => {
    const ids = idsOn(lang, 'troubleshooting/');
    const docsLinks = [
      ...Object.values(FINDING_CODES).map((f) => f.docs),
      ...Object.values(ONLINE_FINDINGS).map((f) => f.docs),
    ];
    const missing = docsLinks.filter((docs) => !ids.has(docs.replace(/^troubleshooting\/#/, '')));
    expect(missing).toEqual([]);
    expect(ids.has('topic-other')).toBe(false);
  });

  it('writes every explanation in both languages, the Japanese one in Japanese', () => {
    for (const topic of TOPICS) {
      expect(topic.title.ja.trim()).not.toBe('');
      expect(topic.title.en.trim()).not.toBe('');
      for (const text of [topic.intro, ...Object.values(topic.codes)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });
});

describe('environment variable reference', () => {
  it.each(['ja', 'en'])('has an anchor for every variable and alias (%s)', (lang) => {
    const ids = idsOn(lang, 'reference/environment/');
    const missing = [...ENV_VARIABLES.map((v) => v.docs), ...ENV_ALIASES.map((a) => a.docs)]
      .map((docs) => docs.replace(/^reference\/environment\/#/, ''))
      .filter((anchor) => !ids.has(anchor));
    expect(missing).toEqual([]);
  });
});
