export { chromiumPath, launchChromium } from './browser.ts';
export { freePort } from './ports.ts';
export { leakedSecrets } from './secrets.ts';
