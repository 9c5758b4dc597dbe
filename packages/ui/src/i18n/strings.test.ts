import { CHAT_ERRORS } from '@repo/chat/errors';
import { PURCHASE_TOOL_NAME } from '@repo/chat/purchase';
import { ONLINE_FINDINGS } from '@repo/doctor/findings';
import { describe, expect, it } from 'vitest';
import { pickLang } from './lang.ts';
import { PAGE_STRINGS, signInErrorKind } from './pages.ts';
import { STRINGS } from './strings.ts';
import { TOOL_SUGGESTIONS, toolSuggestions } from './suggestions.ts';

function leaves(value: unknown, path: string): [string, unknown][] {
  if (typeof value === 'function') return [[path, value(7, 'sample')]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
  }
  return [[path, value]];
}

describe('UI strings', () => {
  it('has the same keys in Japanese and English, none empty', () => {
    const ja = leaves(STRINGS.ja, '');
    const en = leaves(STRINGS.en, '');
    expect(ja.map(([path]) => path)).toEqual(en.map(([path]) => path));
    for (const [path, text] of [...ja, ...en]) expect(text, path).toMatch(/\S/);
  });

  it('writes Japanese in Japanese (not an English copy)', () => {
    for (const [path, text] of leaves(STRINGS.ja, '')) {
      if (path.startsWith('.languageName') || ['.appTitle', '.sourceBedrock'].includes(path)) continue;
      expect(text, path).not.toBe(leaves(STRINGS.en, '').find(([p]) => p === path)?.[1]);
    }
  });

  it('explains every chat error in both languages', () => {
    for (const [code, info] of Object.entries(CHAT_ERRORS)) {
      for (const lang of ['ja', 'en'] as const) {
        expect(info[lang].message, `${code}.${lang}`).toMatch(/\S/);
        expect(info[lang].action, `${code}.${lang}`).toMatch(/\S/);
      }
      // The link goes to the troubleshooting entry of the finding `npm run doctor` reports for the same cause.
      if (info.docs)
        expect(
          Object.values(ONLINE_FINDINGS).map((f) => f.docs),
          code,
        ).toContain(info.docs);
    }
  });
});

describe('page strings (sign-in error, not found)', () => {
  it('has the same keys in Japanese and English, none empty, none an English copy', () => {
    const ja = leaves(PAGE_STRINGS.ja, '');
    const en = leaves(PAGE_STRINGS.en, '');
    expect(ja.map(([path]) => path)).toEqual(en.map(([path]) => path));
    for (const [path, text] of [...ja, ...en]) expect(text, path).toMatch(/\S/);
    for (const [path, text] of ja) expect(text, path).not.toBe(en.find(([p]) => p === path)?.[1]);
  });

  it("reads the issuer's and the SDK's error codes", () => {
    expect(signInErrorKind('access_denied')).toBe('access_denied');
    expect(signInErrorKind('invalid_state')).toBe('expired');
    expect(signInErrorKind('missing_state')).toBe('expired');
    expect(signInErrorKind('discovery_error')).toBe('unreachable');
    expect(signInErrorKind('server_error')).toBe('other');
    expect(signInErrorKind(undefined)).toBe('other');
  });
});

describe('tool suggestions', () => {
  it('has a question for every tool the chat shows a card for, in both languages, the Japanese one in Japanese', () => {
    // The tools with a named tool card, and the purchase tool with its own card.
    const tools = [...Object.keys(STRINGS.en.toolNames), PURCHASE_TOOL_NAME];
    expect(Object.keys(TOOL_SUGGESTIONS).sort()).toEqual(tools.sort());
    for (const [tool, text] of Object.entries(TOOL_SUGGESTIONS)) {
      expect(text.en, tool).toMatch(/\S/);
      expect(text.ja, tool).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('lists the questions in the order of the tools given, leaving out tools without one', () => {
    expect(toolSuggestions(['current_time', 'no_such_tool', 'calculator'], 'ja')).toEqual([
      TOOL_SUGGESTIONS.current_time?.ja,
      TOOL_SUGGESTIONS.calculator?.ja,
    ]);
  });
});

describe('pickLang', () => {
  it('prefers an explicit choice', () => {
    expect(pickLang('ja', 'en-US,en;q=0.9')).toBe('ja');
  });
  it('follows the browser, by weight', () => {
    expect(pickLang(undefined, 'ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
    expect(pickLang(undefined, 'fr-FR, en;q=0.5, ja;q=0.7')).toBe('ja');
    expect(pickLang(undefined, 'de, en-GB;q=0.8')).toBe('en');
  });
  it('ignores unknown choices and falls back to English', () => {
    expect(pickLang('xx', null)).toBe('en');
    expect(pickLang(undefined, 'ko-KR')).toBe('en');
    expect(pickLang(undefined, 'ja;q=0')).toBe('en');
  });
});
