// The LangChain.js agent, run inside the chat route handler (no separate LangGraph server): a ReAct loop
// (`createAgent` from langchain 1.x, on LangGraph) over ChatBedrockConverse with the user's tools.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { CHAT_LIMITS } from '@repo/ui/server';
import { createAgent } from 'langchain';
import type { ChatEvent, ConversationMessage } from '../chat/protocol.ts';
import { SYSTEM_PROMPT } from './system-prompt.ts';
import { createTools, type ToolContext } from './tools.ts';

export function toLangChainMessages(messages: readonly ConversationMessage[]): BaseMessage[] {
  return messages
    .filter((m) => m.text.trim())
    .map((m) => (m.role === 'user' ? new HumanMessage(m.text) : new AIMessage(m.text)));
}

export function createChatAgent(model: BaseChatModel, context: ToolContext) {
  return createAgent({ model, tools: createTools(context), systemPrompt: SYSTEM_PROMPT });
}

type ChatAgent = ReturnType<typeof createChatAgent>;

/**
 * Runs the agent and yields the chat protocol's events: text as the model writes it ("messages" mode),
 * tool calls and results as the graph's nodes finish ("updates" mode, where tool inputs are complete).
 */
export async function* runAgent(
  agent: ChatAgent,
  messages: readonly ConversationMessage[],
  signal?: AbortSignal,
): AsyncGenerator<ChatEvent> {
  const stream = await agent.stream(
    { messages: toLangChainMessages(messages) },
    // LangGraph counts each node: two per model/tool round trip, plus one.
    { streamMode: ['messages', 'updates'], signal, recursionLimit: CHAT_LIMITS.maxSteps * 2 + 1 },
  );
  for await (const [mode, chunk] of stream as AsyncIterable<[string, unknown]>) {
    if (mode === 'messages') {
      const [message] = chunk as [BaseMessage, unknown];
      if (message.getType() === 'ai' && !ToolMessage.isInstance(message)) {
        const delta = message.text;
        if (delta) yield { type: 'text', delta };
      }
      continue;
    }
    for (const update of Object.values(chunk as Record<string, { messages?: BaseMessage[] } | undefined>)) {
      for (const message of update?.messages ?? []) {
        if (AIMessage.isInstance(message)) {
          for (const call of message.tool_calls ?? []) {
            yield { type: 'tool-call', id: call.id ?? call.name, name: call.name, input: call.args };
          }
        } else if (ToolMessage.isInstance(message)) {
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
