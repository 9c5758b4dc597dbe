// @repo/chat: the server side of a sample's chat, framework-neutral and without React: request caps and
// checks, the per-user rate limit, JSON refusals, the chat error codes, building once per process, the
// source badge's facts. The browser reads the error codes and message types from @repo/chat/errors.

export {
  CHAT_ERRORS,
  type ChatErrorCode,
  type ChatErrorPayload,
  decodeChatError,
  encodeChatError,
} from './errors.ts';
export { INTERRUPTION_PREFIX, parseInterruption, toToolInterrupt } from './interrupts.ts';
export { CHAT_LIMITS } from './limits.ts';
export { appPort, type OnceOptions, oncePerProcess } from './once-per-process.ts';
export { createRateLimiter, type RateLimitDecision, type RateLimiter, type RateLimiterOptions } from './rate-limit.ts';
export { type BodyResult, readJsonBody } from './read-body.ts';
export {
  bodyTooLargeDetail,
  type ChatRequestCheck,
  type ChatRequestRead,
  type ChatRequestRules,
  chatRequestOptions,
  chatRole,
  checkChatRequest,
  readChatRequest,
} from './request.ts';
export { chatErrorResponse } from './responses.ts';
export { PRODUCT_BUY_SCOPE, readOrder } from './shop-api.ts';
export { type SourceConfig, sourceInfo } from './source-info.ts';
export { CHAT_STREAM_HEADERS, chatStreamErrorText, reportChatFailure } from './stream.ts';
export type { ChatMessage, ChatPart, ChatStatus, SourceInfo, ToolInterrupt, ToolState, UserInfo } from './types.ts';
