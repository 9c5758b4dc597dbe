// The built site served on a local port, and one Chromium for a test file: started before its tests, closed after.
import { launchChromium } from '@repo/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from './site.ts';
import { type StaticSite, serveStatic } from './static-server.ts';

export interface SiteInBrowser {
  site: StaticSite;
  browser: Browser;
}

/** Call at the top of a test file; the fields are set once `beforeAll` has run. */
export function siteInBrowser(): SiteInBrowser {
  const handle = {} as SiteInBrowser;
  beforeAll(async () => {
    handle.site = await serveStatic(DIST);
    handle.browser = await launchChromium();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.site?.close();
  });
  return handle;
}
