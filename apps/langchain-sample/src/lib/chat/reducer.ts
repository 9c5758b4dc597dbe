// Folds the route's events into the framework-neutral messages @repo/ui renders.
import type { ChatMessage, ChatPart } from '@repo/chat/errors';
import type { ChatEvent, ConversationMessage } from './protocol.ts';

/** Applies one event to the assistant message being written (the last message), immutably. */
export function applyEvent(message: ChatMessage, event: ChatEvent): ChatMessage {
  const parts = [...message.parts];
  switch (event.type) {
    case 'text': {
      const last = parts.at(-1);
      if (last?.type === 'text') parts[parts.length - 1] = { ...last, text: last.text + event.delta };
      else parts.push({ type: 'text', text: event.delta });
      break;
    }
    case 'tool-call':
      parts.push({ type: 'tool', id: event.id, name: event.name, state: 'running', input: event.input });
      break;
    case 'tool-result': {
      const index = parts.findIndex((p) => p.type === 'tool' && p.id === event.id);
      const part = parts[index] as Extract<ChatPart, { type: 'tool' }> | undefined;
      if (part) {
        parts[index] = event.errorText
          ? {
              ...part,
              state: 'error',
              errorText: event.errorText,
              ...(event.interrupt ? { interrupt: event.interrupt } : {}),
            }
          : { ...part, state: 'done', output: event.output };
      }
      break;
    }
    default:
      return message;
  }
  return { ...message, parts };
}

/** The conversation as the route expects it: text only (tool calls are re-made when needed). */
export function toConversation(messages: readonly ChatMessage[]): ConversationMessage[] {
  return messages
    .map((m) => ({
      role: m.role,
      text: m.parts
        .map((p) => (p.type === 'text' ? p.text : ''))
        .join('')
        .trim(),
    }))
    .filter((m) => m.text);
}
