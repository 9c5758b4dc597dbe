// Starlight builds the table of contents from Markdown headings only; the two generated pages render their
// sections from data, so their "On this page" entries are added here from the same data.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ENV_SECTIONS, langFromLocale } from '@repo/config';
import { TOPICS } from './data/troubleshooting.ts';

const ALIASES_TITLE = { ja: '古い変数名', en: 'Old variable names' };

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const toc = route.toc;
  if (!toc) return;
  const lang = langFromLocale(route.lang);
  const page = route.id.replace(/^(ja|en)\//, '');
  const item = (slug: string, text: string) => ({ depth: 2, slug, text, children: [] });
  if (page === 'troubleshooting') {
    toc.items.push(...TOPICS.map((topic) => item(`topic-${topic.id}`, topic.title[lang])));
  } else if (page === 'reference/environment') {
    toc.items.push(
      ...ENV_SECTIONS.map((s) => item(`section-${s.id}`, s.title[lang])),
      item('aliases', ALIASES_TITLE[lang]),
      item('env-example', '.env.example'),
    );
  }
});
