import type { ChatMessage } from '@repo/chat/errors';
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from './protocol.ts';
import { encodeEvent, readEvents } from './protocol.ts';
import { applyEvent, toConversation } from './reducer.ts';

const empty: ChatMessage = { id: 'a1', role: 'assistant', parts: [] };

function fold(events: ChatEvent[]): ChatMessage {
  return events.reduce(applyEvent, empty);
}

describe('applyEvent', () => {
  it('joins text deltas and keeps tool cards in order with their results', () => {
    const message = fold([
      { type: 'text', delta: 'Let me ' },
      { type: 'text', delta: 'check.' },
      { type: 'tool-call', id: 't1', name: 'calculator', input: { expression: '6 * 7' } },
      { type: 'tool-result', id: 't1', output: { result: 42 } },
      { type: 'text', delta: 'It is 42.' },
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'Let me check.' },
      {
        type: 'tool',
        id: 't1',
        name: 'calculator',
        state: 'done',
        input: { expression: '6 * 7' },
        output: { result: 42 },
      },
      { type: 'text', text: 'It is 42.' },
    ]);
  });

  it('keeps an Auth0 interrupt on the tool card, which the UI shows as a connect card', () => {
    const interrupt = { code: 'TOKEN_VAULT_ERROR', message: 'Authorization required', connection: 'google-oauth2' };
    const message = fold([
      { type: 'tool-call', id: 't1', name: 'get_calendar_events', input: { day: 'tomorrow' } },
      { type: 'tool-result', id: 't1', errorText: interrupt.message, interrupt },
    ]);
    expect(message.parts).toEqual([
      {
        type: 'tool',
        id: 't1',
        name: 'get_calendar_events',
        state: 'error',
        input: { day: 'tomorrow' },
        errorText: 'Authorization required',
        interrupt,
      },
    ]);
  });

  it('marks a failed tool as an error and ignores results for unknown calls', () => {
    const message = fold([
      { type: 'tool-call', id: 't1', name: 'get_user_info', input: {} },
      { type: 'tool-result', id: 't1', errorText: 'The issuer did not accept the access token.' },
      { type: 'tool-result', id: 'nope', output: 1 },
    ]);
    expect(message.parts).toEqual([
      {
        type: 'tool',
        id: 't1',
        name: 'get_user_info',
        state: 'error',
        input: {},
        errorText: 'The issuer did not accept the access token.',
      },
    ]);
  });
});

describe('toConversation', () => {
  it('sends text only, and drops empty turns', () => {
    const messages: ChatMessage[] = [
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Calculate 6 * 7' }] },
      fold([{ type: 'tool-call', id: 't1', name: 'calculator', input: {} }]),
      { id: 'a2', role: 'assistant', parts: [{ type: 'text', text: '42' }] },
    ];
    expect(toConversation(messages)).toEqual([
      { role: 'user', text: 'Calculate 6 * 7' },
      { role: 'assistant', text: '42' },
    ]);
  });
});

describe('NDJSON framing', () => {
  it('reads events split across chunks at any byte, including inside a multi-byte character', async () => {
    const events: ChatEvent[] = [
      { type: 'text', delta: 'こんにちは' },
      { type: 'tool-call', id: 't1', name: 'search_documents', input: { query: '予算' } },
      { type: 'done' },
    ];
    const bytes = new TextEncoder().encode(events.map(encodeEvent).join(''));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const read: ChatEvent[] = [];
    for await (const event of readEvents(body)) read.push(event);
    expect(read).toEqual(events);
  });
});
