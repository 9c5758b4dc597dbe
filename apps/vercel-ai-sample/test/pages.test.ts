// The pages around the chat in Chromium, Japanese and English: sign-in error, 404 with the header, the icon.
import { describeSamplePages } from '@repo/devtools/sample-pages';
import { PAGE_STRINGS, STRINGS } from '@repo/ui';

describeSamplePages({ ui: STRINGS, pages: PAGE_STRINGS });
