// The h2 headings of the two generated pages (troubleshooting, environment reference): the components render
// them and src/route-toc.ts lists them in "On this page", so their ids and the titles written here are shared.
import type { Localized } from '@repo/config';

export const topicHeadingId = (topicId: string) => `topic-${topicId}`;
export const sectionHeadingId = (sectionId: string) => `section-${sectionId}`;

export const ALIASES_HEADING: { id: string; title: Localized } = {
  id: 'aliases',
  title: { ja: '古い変数名', en: 'Old variable names' },
};
export const ENV_EXAMPLE_HEADING = { id: 'env-example', title: '.env.example' };
