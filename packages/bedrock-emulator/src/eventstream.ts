// AWS event-stream frames (application/vnd.amazon.eventstream), the framing of ConverseStream and
// InvokeModelWithResponseStream:
//   uint32 total length | uint32 headers length | CRC32 of those 8 bytes | headers | payload | CRC32 of all before.
// Every header here is a string.
import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

// The same codec the AWS SDK decodes with, so the frames (lengths, CRCs, header types) are right by construction.
const codec = new EventStreamCodec(toUtf8, fromUtf8);

function stringHeaders(headers: Record<string, string>): MessageHeaders {
  const out: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers)) out[name] = { type: 'string', value };
  return out;
}

export function encodeFrame(headers: Record<string, string>, payload: Buffer): Buffer {
  const bytes = codec.encode({ headers: stringHeaders(headers), body: payload });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Bedrock pads event payloads with a field `p` so sizes do not reveal the content; ours is deterministic. */
function padding(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return alphabet.slice(0, 1 + (length % alphabet.length));
}

export function eventFrame(eventType: string, body: Record<string, unknown>): Buffer {
  const json = JSON.stringify(body);
  // Same JSON with the padding field appended, without serialising twice.
  const padded = `${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"p":"${padding(json.length)}"}`;
  return encodeFrame(
    { ':event-type': eventType, ':content-type': 'application/json', ':message-type': 'event' },
    Buffer.from(padded, 'utf8'),
  );
}

/** A modelled exception inside the stream; `exceptionType` is the union member name, e.g. `throttlingException`. */
export function exceptionFrame(exceptionType: string, message: string): Buffer {
  return encodeFrame(
    { ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' },
    Buffer.from(JSON.stringify({ message }), 'utf8'),
  );
}
