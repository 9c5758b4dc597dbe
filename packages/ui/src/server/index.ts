// Server-side pieces of a chat API that do not depend on an AI framework.
export { CHAT_LIMITS } from './chat-limits.ts';
export {
  bodyTooLargeDetail,
  type ChatRequestCheck,
  type ChatRequestRead,
  type ChatRequestRules,
  chatRequestOptions,
  chatRole,
  checkChatRequest,
  readChatRequest,
} from './chat-request.ts';
export { classifyChatError } from './classify-error.ts';
export { createRateLimiter, type RateLimitDecision, type RateLimiter, type RateLimiterOptions } from './rate-limit.ts';
export { type BodyResult, readJsonBody } from './read-body.ts';
export { chatErrorResponse } from './responses.ts';
export { appPort, oncePerProcess } from './server-context.ts';
export { type SourceConfig, sourceInfo } from './source-info.ts';
