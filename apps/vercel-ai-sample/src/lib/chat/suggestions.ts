// The tools the empty chat suggests a question for (texts in @repo/ui's TOOL_SUGGESTIONS), in this order: one
// for every tool of createTools(). suggestions.test.ts fails while a tool has none, and checks that each
// question makes the model call its tool.
export const SUGGESTED_TOOLS = [
  'get_user_info',
  'current_time',
  'calculator',
  'search_documents',
  'get_calendar_events',
  'shop_online',
] as const;
