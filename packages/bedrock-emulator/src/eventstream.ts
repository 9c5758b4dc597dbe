// AWS event-stream frames (application/vnd.amazon.eventstream), the framing of ConverseStream and
// InvokeModelWithResponseStream:
//   uint32 total length | uint32 headers length | CRC32 of those 8 bytes | headers | payload | CRC32 of all before.
// Headers here are all strings: u8 name length, name, u8 type 7, u16 value length, value.
import { crc32 } from 'node:zlib';

function encodeHeaders(headers: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const n = Buffer.from(name, 'utf8');
    const v = Buffer.from(value, 'utf8');
    const head = Buffer.alloc(1 + n.length + 3);
    head.writeUInt8(n.length, 0);
    n.copy(head, 1);
    head.writeUInt8(7, 1 + n.length);
    head.writeUInt16BE(v.length, 2 + n.length);
    parts.push(head, v);
  }
  return Buffer.concat(parts);
}

export function encodeFrame(headers: Record<string, string>, payload: Buffer): Buffer {
  return frame(encodeHeaders(headers), payload);
}

function frame(headerBytes: Buffer, payload: Buffer): Buffer {
  const total = 12 + headerBytes.length + payload.length + 4;
  const frame = Buffer.alloc(total);
  frame.writeUInt32BE(total, 0);
  frame.writeUInt32BE(headerBytes.length, 4);
  frame.writeUInt32BE(crc32(frame.subarray(0, 8)), 8);
  headerBytes.copy(frame, 12);
  payload.copy(frame, 12 + headerBytes.length);
  frame.writeUInt32BE(crc32(frame.subarray(0, total - 4)), total - 4);
  return frame;
}

/** Bedrock pads event payloads with a field `p` so sizes do not reveal the content; ours is deterministic. */
function padding(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return alphabet.slice(0, 1 + (length % alphabet.length));
}

/** Event headers depend only on the event type: encode each set once. */
const eventHeaders = new Map<string, Buffer>();

function headersFor(eventType: string): Buffer {
  let encoded = eventHeaders.get(eventType);
  if (!encoded) {
    encoded = encodeHeaders({
      ':event-type': eventType,
      ':content-type': 'application/json',
      ':message-type': 'event',
    });
    eventHeaders.set(eventType, encoded);
  }
  return encoded;
}

export function eventFrame(eventType: string, body: Record<string, unknown>): Buffer {
  const json = JSON.stringify(body);
  // Same JSON with the padding field appended, without serialising twice.
  const padded = `${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"p":"${padding(json.length)}"}`;
  return frame(headersFor(eventType), Buffer.from(padded, 'utf8'));
}

/** A modelled exception inside the stream; `exceptionType` is the union member name, e.g. `throttlingException`. */
export function exceptionFrame(exceptionType: string, message: string): Buffer {
  return encodeFrame(
    { ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' },
    Buffer.from(JSON.stringify({ message }), 'utf8'),
  );
}
