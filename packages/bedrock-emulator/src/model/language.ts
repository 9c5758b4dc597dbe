export type ReplyLanguage = 'ja' | 'en';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export function detectLanguage(text: string): ReplyLanguage {
  return JAPANESE.test(text) ? 'ja' : 'en';
}

/** A language the system prompt asks for explicitly ("Answer in Japanese", "英語で答えてください"). */
export function requestedLanguage(system: string): ReplyLanguage | undefined {
  if (/in Japanese|日本語で/i.test(system)) return 'ja';
  if (/in English|英語で/i.test(system)) return 'en';
  return undefined;
}

/** Whether the system prompt asks for short answers ("be brief", "one sentence", "簡潔に"). */
export function wantsBrevity(system: string): boolean {
  return /\b(?:brief|briefly|concise|concisely|terse|one sentence|short answers?)\b|簡潔|手短|一文で|短く/i.test(
    system,
  );
}
