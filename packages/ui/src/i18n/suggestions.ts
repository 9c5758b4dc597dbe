// Example questions for an empty chat, one per tool: each makes the model call that tool (offline the emulator
// does, by the question's words), so a first visit can see every tool at work with one click. A new tool gets a
// line here and its name in the sample's src/lib/chat/suggestions.ts; the sample's suggestions test fails while
// one of its tools has none, and checks that each question really calls its tool.
import type { Lang } from './strings.ts';

export const TOOL_SUGGESTIONS: Record<string, Record<Lang, string>> = {
  get_user_info: { ja: '私のユーザー情報を教えてください', en: 'Show me my user info' },
  current_time: { ja: '今何時ですか？', en: 'What time is it?' },
  calculator: { ja: '(12 + 30) * 2 を計算してください', en: 'Calculate (12 + 30) * 2' },
  search_documents: {
    ja: '私の文書には予算について何と書いてありますか？',
    en: 'What do my documents say about the budget?',
  },
  get_calendar_events: { ja: '今日の予定を教えてください', en: "What's on my calendar today?" },
  shop_online: {
    ja: 'コーヒー豆を 2 袋、1 袋 1,200 円で購入してください',
    en: 'Buy 2 bags of coffee beans at 12 USD a bag',
  },
};

/** The questions for these tools, in their order; a tool without a suggestion is left out. */
export function toolSuggestions(tools: readonly string[], lang: Lang): string[] {
  return tools.flatMap((tool) => {
    const text = TOOL_SUGGESTIONS[tool]?.[lang];
    return text ? [text] : [];
  });
}
