// Caps on one chat request, the same as the Vercel AI SDK sample's.
export const LIMITS = {
  /** Whole request body. */
  maxBodyBytes: 256 * 1024,
  /** Messages in the conversation sent with one request. */
  maxMessages: 60,
  /** Characters in one message. */
  maxTextChars: 8_000,
  /** Requests per user per minute. */
  requestsPerMinute: 20,
  /** Model/tool round trips per answer (LangGraph counts each node: 2 per step, plus one). */
  maxSteps: 5,
} as const;
