// Starlight route middleware: the live tools' pages get their Content-Security-Policy meta (tool-csp.ts) here, so
// it can follow dev and build.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isToolPage, toolPageCsp } from './tool-csp.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!isToolPage(route.id.replace(/^(ja|en)\//, ''))) return;
  const csp = { 'http-equiv': 'Content-Security-Policy', content: toolPageCsp(import.meta.env.DEV) };
  route.head.unshift({ tag: 'meta', attrs: csp, content: '' });
});
