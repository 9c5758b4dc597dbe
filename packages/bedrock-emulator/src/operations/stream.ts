// Writes an event stream with pacing, and with an injected failure after K events when asked.
import { DEFAULT_MESSAGES } from '../errors.ts';
import { exceptionFrame } from '../eventstream.ts';
import { pause } from '../exchange.ts';
import { isInstant, tokenDelayMs } from '../pacing.ts';
import type { OperationContext } from './context.ts';

export interface StreamEvent {
  frame: Buffer;
  /** Output tokens this event carries (for pacing); 0 for bookkeeping events. */
  tokens: number;
}

/** Stream exception names are the exception's name with a lower-case first letter (`throttlingException`). */
function streamExceptionType(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export async function writeStream(ctx: OperationContext, events: StreamEvent[], headers: Record<string, string> = {}) {
  const { exchange, streamFault } = ctx;
  const failAt = streamFault?.afterEvents ?? events.length;
  exchange.startStream(headers);
  await writeEvents(ctx, events.slice(0, failAt), true);
  if (streamFault?.afterEvents !== undefined) {
    if (streamFault.disconnect) {
      exchange.abort();
      return;
    }
    if (streamFault.exception) {
      const name = streamFault.exception;
      exchange.end(exceptionFrame(streamExceptionType(name), streamFault.message ?? DEFAULT_MESSAGES[name]));
      return;
    }
    // Only a delay: the stream stalls after K events, then carries on.
    await pause(exchange, streamFault.delayMs ?? 0);
    await writeEvents(ctx, events.slice(failAt), false);
  }
  exchange.end();
}

async function writeEvents(ctx: OperationContext, events: StreamEvent[], fromStart: boolean): Promise<void> {
  const { exchange, pacing } = ctx;
  if (isInstant(pacing)) {
    if (events.length) await exchange.write(Buffer.concat(events.map((e) => e.frame)));
    return;
  }
  let first = fromStart;
  for (const event of events) {
    if (exchange.closed) return;
    if (event.tokens > 0) {
      await pause(exchange, first ? pacing.firstTokenMs : tokenDelayMs(pacing, event.tokens));
      first = false;
    }
    await exchange.write(event.frame);
  }
}
