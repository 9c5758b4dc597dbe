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

  it('reads an Auth0 interrupt from a tool error (the route’s errorSerializer) for the connect card', () => {
    const interrupt = { code: 'TOKEN_VAULT_ERROR', message: 'Authorization required', connection: 'google-oauth2' };
    const errorText = `AUTH0_AI_INTERRUPTION:${JSON.stringify({ ...interrupt, requiredScopes: ['calendar'], toolCall: {} })}`;
    const messages = [
      {
        id: 'a',
        role: 'assistant',
        parts: [{ type: 'tool-get_calendar_events', toolCallId: 'c1', state: 'output-error', input: {}, errorText }],
      },
    ] as unknown as UIMessage[];
    expect(toChatMessages(messages)[0]?.parts[0]).toEqual({
      type: 'tool',
      id: 'c1',
      name: 'get_calendar_events',
      state: 'error',
      input: {},
      errorText: 'Authorization required',
      interrupt: { ...interrupt, requiredScopes: ['calendar'] },
    });
  });
});
