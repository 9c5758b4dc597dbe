// The purchase (asynchronous authorization) end to end in Chromium against the built app and the dev issuer's
// device page, in English and Japanese (shared with the other sample: @repo/devtools/purchase-browser-checks).
import { describePurchaseInBrowser } from '@repo/devtools/purchase-browser-checks';
import { inject } from 'vitest';

describePurchaseInBrowser(inject('appUrl'));
