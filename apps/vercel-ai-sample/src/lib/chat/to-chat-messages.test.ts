import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { toChatMessages } from './to-chat-messages.ts';

describe('toChatMessages', () => {
  it('maps text and tool parts, and drops what the UI does not show', () => {
    const messages = [
      { id: 'u', role: 'user', parts: [{ type: 'text', text: 'calc 2*3' }] },
      {
        id: 'a',
        role: 'assistant',
        parts: [
          { type: 'step-start' },
          {
            type: 'tool-calculator',
            toolCallId: 'c1',
            state: 'output-available',
            input: { expression: '2*3' },
            output: { result: 6 },
          },
          {
            type: 'tool-get_user_info',
            toolCallId: 'c2',
            state: 'output-error',
            input: {},
            errorText: 'token rejected',
          },
          { type: 'tool-current_time', toolCallId: 'c3', state: 'input-streaming' },
          { type: 'text', text: '6', state: 'done' },
        ],
      },
    ] as unknown as UIMessage[];
    expect(toChatMessages(messages)).toEqual([
      { id: 'u', role: 'user', parts: [{ type: 'text', text: 'calc 2*3' }] },
      {
        id: 'a',
        role: 'assistant',
        parts: [
          {
            type: 'tool',
            id: 'c1',
            name: 'calculator',
            state: 'done',
            input: { expression: '2*3' },
            output: { result: 6 },
          },
          { type: 'tool', id: 'c2', name: 'get_user_info', state: 'error', input: {}, errorText: 'token rejected' },
          { type: 'tool', id: 'c3', name: 'current_time', state: 'running' },
          { type: 'text', text: '6' },
        ],
      },
    ]);
  });
});
