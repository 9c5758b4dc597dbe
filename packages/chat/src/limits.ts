// Caps on what one chat request may carry, the same in every sample. A conversation longer than this should
// start anew.
export const CHAT_LIMITS = {
  /** Whole request body. */
  maxBodyBytes: 256 * 1024,
  /** Messages in the conversation sent with one request. */
  maxMessages: 60,
  /** Characters in one text of a message. */
  maxTextChars: 8_000,
  /** Requests per user per minute. */
  requestsPerMinute: 20,
  /** Model/tool round trips per answer. */
  maxSteps: 5,
  /**
   * Longest wait for the model's first or next piece of an answer; then the call is stopped as `stalled`
   * (each framework's own watchdog: the AI SDK's chunk timeouts, LangChain's streamIdleTimeout).
   */
  stallMs: 30_000,
} as const;
