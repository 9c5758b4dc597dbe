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
  const headerBytes = encodeHeaders(headers);
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

export function eventFrame(eventType: string, body: Record<string, unknown>): Buffer {
  const json = JSON.stringify(body);
  const payload = Buffer.from(JSON.stringify({ ...body, p: padding(json.length) }), 'utf8');
  return encodeFrame(
    { ':event-type': eventType, ':content-type': 'application/json', ':message-type': 'event' },
    payload,
  );
}

/** A modelled exception inside the stream; `exceptionType` is the union member name, e.g. `throttlingException`. */
export function exceptionFrame(exceptionType: string, message: string): Buffer {
  return encodeFrame(
    { ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' },
    Buffer.from(JSON.stringify({ message }), 'utf8'),
  );
}
