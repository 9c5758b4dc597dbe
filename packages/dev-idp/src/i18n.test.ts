import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, fromUiLocales, pickLang } from './i18n.ts';
import { MESSAGES } from './messages.ts';
import { scopeItems } from './screens.ts';

describe('language of a page', () => {
  it('takes the first supported tag of ui_locales', () => {
    expect(fromUiLocales('fr-CA ja-JP en')).toBe('ja');
    expect(fromUiLocales('de')).toBeUndefined();
  });

  it('ranks Accept-Language by q weight, then by order', () => {
    expect(fromAcceptLanguage('en-US;q=0.5, ja;q=0.9')).toBe('ja');
    expect(fromAcceptLanguage('fr, en-GB, ja')).toBe('en');
    expect(fromAcceptLanguage('ja;q=0, en;q=0.1')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });

  it("prefers the user's switch, then the app's ui_locales, then the browser, then English", () => {
    expect(pickLang({ explicit: 'en', uiLocales: 'ja', acceptLanguage: 'ja' })).toBe('en');
    expect(pickLang({ uiLocales: 'ja', acceptLanguage: 'en' })).toBe('ja');
    expect(pickLang({ acceptLanguage: 'ja-JP,ja;q=0.9' })).toBe('ja');
    expect(pickLang({})).toBe('en');
  });

  it('has every message in both languages', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect(message.ja.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(message.ja, key).not.toBe(message.en);
    }
  });

  it('lists what the consent screen shares in plain words: the user ID, not a literal "confirm who you are"', () => {
    const openid = scopeItems('ja', ['openid'], []).join('');
    expect(openid).toContain(MESSAGES.scopeOpenid.ja);
    expect(Object.values(MESSAGES).map((message) => message.ja)).not.toContainEqual(
      expect.stringContaining('あなたが誰か'),
    );
  });
});
