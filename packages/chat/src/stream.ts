// What both samples' chat routes share around the framework's stream: the response headers, and reporting a
// failed Bedrock call (classified by @repo/auth, logged on the server, only the code sent to the browser).
import { type BedrockErrorKind, bedrockErrorKind } from '@repo/auth/bedrock-errors';
import { encodeChatError } from './errors.ts';
import { isToolError } from './tools/tool-error.ts';

/**
 * Headers of a streamed answer. no-cache: never stored. no-transform: proxies and `next start` must not gzip
 * a token stream (buffering, CPU per stream). x-accel-buffering: nginx passes each chunk on at once.
 */
export const CHAT_STREAM_HEADERS = {
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
} as const;

/** Classifies a failure of the model call and logs it (server side only); the code is what the browser gets. */
export function reportChatFailure(error: unknown, log: (line: string) => void = console.error): BedrockErrorKind {
  const kind = bedrockErrorKind(error);
  log(`chat: ${kind}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  return kind;
}

/**
 * The text the browser gets for a failure while answering: a tool's own error (a ToolError, written to be read) as
 * its message; anything else (a failed model call, a bug) as a code the browser explains, the details logged here.
 */
export function chatStreamErrorText(error: unknown): string {
  if (isToolError(error)) return error.message;
  return encodeChatError({ code: reportChatFailure(error) });
}
