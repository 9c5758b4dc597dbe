// The chat route's streamed answer, on the server. LangChain has no browser stream format of its own (the AI
// SDK has toUIMessageStreamResponse), so the agent's events go out as NDJSON (protocol.ts).
import { CHAT_STREAM_HEADERS, reportChatFailure } from '@repo/chat';
import { CHAT_CONTENT_TYPE, type ChatEvent, encodeEvent } from './protocol.ts';

/**
 * The chat route's streamed answer: each event as a line, then `done`. A failure of the model call becomes an
 * `error` event with a code the browser explains (the details go to the server log); a browser that went away
 * (stop button, closed tab) ends the stream quietly.
 */
export function eventStreamResponse(events: AsyncIterable<ChatEvent>, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ChatEvent) => controller.enqueue(encoder.encode(encodeEvent(event)));
      try {
        for await (const event of events) send(event);
        send({ type: 'done' });
      } catch (error) {
        if (!signal.aborted) send({ type: 'error', error: { code: reportChatFailure(error) } });
      } finally {
        try {
          controller.close();
        } catch {
          // the browser went away: nothing left to close
        }
      }
    },
  });
  return new Response(stream, { headers: { 'content-type': CHAT_CONTENT_TYPE, ...CHAT_STREAM_HEADERS } });
}
