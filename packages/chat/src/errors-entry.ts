// @repo/chat/errors: what the browser needs to show a chat failure (the codes, their texts, the decoder)
// and the message types the UI renders. No server code, no Node built-ins.
export { CHAT_ERRORS, type ChatErrorCode, type ChatErrorPayload, decodeChatError, encodeChatError } from './errors.ts';
export { INTERRUPTION_PREFIX, parseInterruption, toToolInterrupt } from './interrupts.ts';
export type { ChatMessage, ChatPart, ChatStatus, SourceInfo, ToolInterrupt, ToolState, UserInfo } from './types.ts';
