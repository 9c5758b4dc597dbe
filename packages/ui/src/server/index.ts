// Server-side pieces of a chat API that do not depend on an AI framework.
export { classifyChatError } from './classify-error.ts';
export { createRateLimiter, type RateLimitDecision, type RateLimiter, type RateLimiterOptions } from './rate-limit.ts';
export { type BodyResult, readJsonBody } from './read-body.ts';
export { chatErrorResponse } from './responses.ts';
export { type SourceConfig, sourceInfo } from './source-info.ts';
