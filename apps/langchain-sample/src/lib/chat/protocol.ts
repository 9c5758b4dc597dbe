// What the chat route streams to the browser: one JSON event per line (NDJSON). Small on purpose, so the
// shared chat UI does not depend on LangChain and the wire is easy to read in the browser's dev tools.
import type { ChatErrorPayload, ToolInterrupt } from '@repo/chat/errors';

export type ChatEvent =
  | { type: 'text'; delta: string }
  | { type: 'tool-call'; id: string; name: string; input: unknown }
  | { type: 'tool-result'; id: string; output?: unknown; errorText?: string; interrupt?: ToolInterrupt }
  | { type: 'error'; error: ChatErrorPayload }
  | { type: 'done' };

/** One turn of the conversation as the browser sends it to the route: text only (tool calls are re-made). */
export interface ConversationMessage {
  role: 'user' | 'assistant';
  text: string;
}

export const CHAT_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';

export function encodeEvent(event: ChatEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Splits a byte stream into events; a partial last line is kept for the next chunk. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ChatEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield JSON.parse(line) as ChatEvent;
      newline = buffer.indexOf('\n');
    }
  }
  const rest = (buffer + decoder.decode()).trim();
  if (rest) yield JSON.parse(rest) as ChatEvent;
}
