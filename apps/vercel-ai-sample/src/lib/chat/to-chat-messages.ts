// AI SDK UIMessages -> the framework-neutral messages @repo/ui renders.
import { type ChatMessage, type ChatPart, parseInterruption, type ToolState } from '@repo/chat/errors';
import type { UIMessage } from 'ai';

const TOOL_STATE: Record<string, ToolState> = {
  'input-streaming': 'running',
  'input-available': 'running',
  'approval-requested': 'running',
  'approval-responded': 'running',
  'output-available': 'done',
  'output-error': 'error',
  'output-denied': 'error',
};

type AnyPart = UIMessage['parts'][number] & Record<string, unknown>;

function toPart(part: AnyPart): ChatPart | undefined {
  if (part.type === 'text') return { type: 'text', text: String(part.text ?? '') };
  const isStatic = part.type.startsWith('tool-');
  if (!isStatic && part.type !== 'dynamic-tool') return undefined;
  const errorText = typeof part.errorText === 'string' ? part.errorText : undefined;
  // An Auth0 for AI Agents interrupt (the route's errorSerializer): the card asks the user to act.
  const interrupt = parseInterruption(errorText);
  return {
    type: 'tool',
    id: String(part.toolCallId),
    name: isStatic ? part.type.slice('tool-'.length) : String(part.toolName),
    state: TOOL_STATE[String(part.state)] ?? 'running',
    input: part.input,
    output: part.output,
    ...(interrupt ? { interrupt, errorText: interrupt.message } : { errorText }),
  };
}

export function toChatMessages(messages: UIMessage[]): ChatMessage[] {
  return messages
    .filter((message) => message.role === 'user' || message.role === 'assistant')
    .map((message) => ({
      id: message.id,
      role: message.role as 'user' | 'assistant',
      parts: message.parts
        .map((part) => toPart(part as AnyPart))
        .filter((part): part is ChatPart => part !== undefined),
    }));
}
