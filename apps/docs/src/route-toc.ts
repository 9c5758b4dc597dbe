// Starlight builds the table of contents from Markdown headings only; the two generated pages render their
// sections from data, so their "On this page" entries are added here from the same data. The live tools'
// pages get their Content-Security-Policy here too (tool-csp.ts), so it can follow dev and build.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ENV_SECTIONS, langFromLocale } from '@repo/config';
import { ALIASES_HEADING, ENV_EXAMPLE_HEADING, sectionHeadingId, topicHeadingId } from './data/page-headings.ts';
import { TOPICS } from './data/troubleshooting.ts';
import { isToolPage, toolPageCsp } from './tool-csp.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const page = route.id.replace(/^(ja|en)\//, '');
  if (isToolPage(page)) {
    const csp = { 'http-equiv': 'Content-Security-Policy', content: toolPageCsp(import.meta.env.DEV) };
    route.head.unshift({ tag: 'meta', attrs: csp, content: '' });
  }
  const toc = route.toc;
  if (!toc) return;
  const lang = langFromLocale(route.lang);
  const item = (slug: string, text: string) => ({ depth: 2, slug, text, children: [] });
  if (page === 'troubleshooting') {
    toc.items.push(...TOPICS.map((topic) => item(topicHeadingId(topic.id), topic.title[lang])));
  } else if (page === 'reference/environment') {
    toc.items.push(
      ...ENV_SECTIONS.map((s) => item(sectionHeadingId(s.id), s.title[lang])),
      item(ALIASES_HEADING.id, ALIASES_HEADING.title[lang]),
      item(ENV_EXAMPLE_HEADING.id, ENV_EXAMPLE_HEADING.title),
    );
  }
});
