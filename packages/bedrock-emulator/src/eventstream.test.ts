import { EventStreamCodec } from '@smithy/eventstream-codec';
import { describe, expect, it } from 'vitest';
import { eventFrame, exceptionFrame } from './eventstream.ts';

const codec = new EventStreamCodec(
  (bytes) => Buffer.from(bytes).toString('utf8'),
  (text) => new Uint8Array(Buffer.from(text, 'utf8')),
);

describe('event-stream frames', () => {
  it('decode with the SDK codec (CRCs, headers, payload with padding)', () => {
    const message = codec.decode(
      eventFrame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'こんにちは' } }),
    );
    expect(message.headers[':event-type']).toEqual({ type: 'string', value: 'contentBlockDelta' });
    expect(message.headers[':message-type']).toEqual({ type: 'string', value: 'event' });
    const payload = JSON.parse(Buffer.from(message.body).toString('utf8'));
    expect(payload).toMatchObject({ contentBlockIndex: 0, delta: { text: 'こんにちは' } });
    expect(typeof payload.p).toBe('string');
  });

  it('encode exceptions as the SDK expects them', () => {
    const message = codec.decode(exceptionFrame('throttlingException', 'slow down'));
    expect(message.headers[':message-type']?.value).toBe('exception');
    expect(message.headers[':exception-type']?.value).toBe('throttlingException');
    expect(JSON.parse(Buffer.from(message.body).toString('utf8'))).toEqual({ message: 'slow down' });
  });

  it('rejects a corrupted frame (the CRC covers it)', () => {
    const frame = eventFrame('messageStop', { stopReason: 'end_turn' });
    frame[frame.length - 10] = (frame[frame.length - 10] ?? 0) ^ 0xff;
    expect(() => codec.decode(frame)).toThrow();
  });
});
