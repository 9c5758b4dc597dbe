export { isLang, LANG_COOKIE, pickLang } from './lang.ts';
export { LANGS, type Lang, STRINGS, strings, type UiStrings } from './strings.ts';
export { TOOL_SUGGESTIONS, toolSuggestions } from './suggestions.ts';
