import type { Lang } from './types.ts';

/**
 * The language a locale string asks for: `ja`, `ja_JP.UTF-8`, `ja-JP` -> `ja`; anything else -> `en`.
 * Works for the `LANG` variable and for `navigator.language`.
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^ja(?:[-_.@]|$)/i.test(locale.trim()) ? 'ja' : 'en';
}

/** `ja` | `en` when `value` is one of them (case-insensitive), else undefined. */
export function parseLang(value: string | undefined): Lang | undefined {
  const lower = value?.trim().toLowerCase();
  return lower === 'ja' || lower === 'en' ? lower : undefined;
}
