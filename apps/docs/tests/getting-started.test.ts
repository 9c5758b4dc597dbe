// The guide's getting-started page tells the README's story: the same Node requirement, the same clone command and
// folder, `npm start` as the one command, and the same way out when a port is taken, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const guide = (lang: 'ja' | 'en') =>
  readFileSync(join(import.meta.dirname, '..', 'src/content/docs', lang, 'getting-started.mdx'), 'utf8');

/** The first match's group, or a note that nothing matched (so a failure says what is missing). */
const first = (text: string, pattern: RegExp) => pattern.exec(text)?.[1] ?? `no match for ${pattern}`;

describe('getting started, in the guide and the README', () => {
  const nodeMajor = first(README, /Node\.js (\d+) or newer/);
  const folder = first(README, /git clone \S+ \S+ ([\w-]+)/);
  const portCommand = first(README, /`(npm start -- --port [^`]+)`/);

  it.each(['ja', 'en'] as const)('states the same Node requirement (%s)', (lang) => {
    const pattern = lang === 'ja' ? /Node\.js (\d+) 以降/ : /Node\.js (\d+) or newer/;
    expect(first(guide(lang), pattern)).toBe(nodeMajor);
  });

  it.each(['ja', 'en'] as const)('clones into the same folder and starts everything with npm start (%s)', (lang) => {
    const text = guide(lang);
    expect(first(text, /git clone \S+ \S+ ([\w-]+)/)).toBe(folder);
    expect(text).toMatch(/^\s*npm start\s*$/m);
  });

  it.each(['ja', 'en'] as const)('gives the same command when a port is taken (%s)', (lang) => {
    expect(guide(lang)).toContain(portCommand);
  });
});
