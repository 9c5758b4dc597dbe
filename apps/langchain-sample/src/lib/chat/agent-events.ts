// Between the browser's conversation and the LangChain agent: the texts as LangChain messages going in, the
// agent's stream as the chat protocol's events coming out.
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { IncompleteStreamError } from '@repo/auth/bedrock-errors';
import { toToolInterrupt } from '@repo/chat/errors';
import type { ChatEvent, ConversationMessage } from './protocol.ts';

export function toLangChainMessages(messages: readonly ConversationMessage[]): BaseMessage[] {
  return messages
    .filter((m) => m.text.trim())
    .map((m) => (m.role === 'user' ? new HumanMessage(m.text) : new AIMessage(m.text)));
}

/**
 * The events of an agent stream in `['messages', 'updates']` mode: text as the model writes it ("messages"),
 * tool calls and results as the graph's nodes finish ("updates", where tool inputs are complete). A model answer
 * that Bedrock did not finish throws IncompleteStreamError, so the route ends with an error, never `done`. An Auth0
 * for AI Agents interrupt stops the graph (`__interrupt__`): it answers the tool call still waiting, as a card.
 */
export async function* toChatEvents(
  stream: AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>,
): AsyncGenerator<ChatEvent> {
  const waiting: string[] = [];
  for await (const [mode, chunk] of (await stream) as AsyncIterable<[string, unknown]>) {
    if (mode === 'messages') {
      const [message] = chunk as [BaseMessage, unknown];
      if (message.getType() === 'ai' && !ToolMessage.isInstance(message)) {
        const delta = message.text;
        if (delta) yield { type: 'text', delta };
      }
      continue;
    }
    const interrupts = (chunk as { __interrupt__?: { value?: unknown }[] }).__interrupt__;
    for (const { value } of interrupts ?? []) {
      const interrupt = toToolInterrupt(value);
      const id = waiting.pop();
      if (interrupt && id) yield { type: 'tool-result', id, errorText: interrupt.message, interrupt };
    }
    for (const update of Object.values(chunk as Record<string, { messages?: BaseMessage[] } | undefined>)) {
      for (const message of update?.messages ?? []) {
        if (AIMessage.isInstance(message)) {
          // A Converse stream that started but never stopped was cut (the AWS SDK ends it without an error).
          const meta = message.response_metadata;
          if ('messageStart' in meta && !('messageStop' in meta)) throw new IncompleteStreamError();
          for (const call of message.tool_calls ?? []) {
            waiting.push(call.id ?? call.name);
            yield { type: 'tool-call', id: call.id ?? call.name, name: call.name, input: call.args };
          }
        } else if (ToolMessage.isInstance(message)) {
          const at = waiting.indexOf(message.tool_call_id);
          if (at >= 0) waiting.splice(at, 1);
          yield message.status === 'error'
            ? { type: 'tool-result', id: message.tool_call_id, errorText: message.text }
            : { type: 'tool-result', id: message.tool_call_id, output: message.artifact ?? parseJson(message.text) };
        }
      }
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
