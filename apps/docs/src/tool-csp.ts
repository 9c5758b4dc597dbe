// The live tools promise that what you paste never leaves the page: their pages forbid every network request
// (`connect-src 'none'`). The dev server's live reload is a WebSocket to the page's own origin, so under
// `pnpm dev` (and only there) that one origin is allowed.
export function toolPageCsp(dev: boolean): string {
  return dev ? "connect-src 'self'" : "connect-src 'none'";
}

export function isToolPage(page: string): boolean {
  return page.startsWith('tools/');
}
