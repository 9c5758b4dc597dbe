// @repo/web-security: response headers for the browser (CSP and companions) and the cross-site check that
// every state-changing route runs first (refuseCrossSite).

export { type BodyContract, type CrossSiteOptions, refuseBodyType, refuseCrossSite } from './cross-site.ts';
export { contentSecurityPolicy, type SecurityHeaderOptions, securityHeaders } from './headers.ts';
export { refuseUnknownHost } from './host.ts';
export { methodNotAllowed } from './method.ts';
