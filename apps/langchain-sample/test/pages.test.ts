// A first visit in Chromium, Japanese and English: the offline badge, a question per tool, the sign-in error
// page, the 404 page with the header, the icon.
import { describeSamplePages } from '@repo/devtools/sample-pages';
import { PAGE_STRINGS, STRINGS, TOOL_SUGGESTIONS } from '@repo/ui';
import { SUGGESTED_TOOLS } from '../src/lib/chat/suggestions.ts';

describeSamplePages({
  ui: STRINGS,
  pages: PAGE_STRINGS,
  suggestions: { tools: SUGGESTED_TOOLS, questions: TOOL_SUGGESTIONS },
});
