export { chromiumPath, launchChromium } from './browser.ts';
export { type Canary, startCanary } from './canary.ts';
export { getWithHost } from './host-header.ts';
export { freePort } from './ports.ts';
export { leakedSecrets } from './secrets.ts';
export { type ServedHandler, serveHandler } from './serve.ts';
