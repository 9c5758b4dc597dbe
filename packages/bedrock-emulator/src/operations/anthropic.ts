import { createHash } from 'node:crypto';
// Anthropic's Messages format on Bedrock (InvokeModel / InvokeModelWithResponseStream bodies).
import { malformed, validation } from '../errors.ts';
import { isObject } from '../json.ts';
import type { ChatBlock, ChatReply, ChatRequest, ChatTurn, JsonSchema, ToolChoice, ToolSpec } from '../model/chat.ts';
import { countTokens } from '../model/tokens.ts';
import { anthropicExtras } from './thinking.ts';

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((c) => (isObject(c) && typeof c.text === 'string' ? c.text : '')).join('\n');
}

function block(raw: unknown, path: string): ChatBlock {
  if (!isObject(raw) || typeof raw.type !== 'string') throw malformed(`#/${path}: expected type: JSONObject`);
  switch (raw.type) {
    case 'text':
      if (typeof raw.text !== 'string') throw malformed(`#/${path}: required key [text] not found`);
      return { type: 'text', text: raw.text };
    case 'tool_use':
      if (typeof raw.id !== 'string' || typeof raw.name !== 'string')
        throw malformed(`#/${path}: required key [id] not found`);
      return { type: 'toolUse', id: raw.id, name: raw.name, input: raw.input ?? {} };
    case 'tool_result':
      if (typeof raw.tool_use_id !== 'string') throw malformed(`#/${path}: required key [tool_use_id] not found`);
      return {
        type: 'toolResult',
        toolUseId: raw.tool_use_id,
        content: text(raw.content),
        isError: raw.is_error === true,
      };
    case 'thinking':
      return { type: 'other', tokens: typeof raw.thinking === 'string' ? countTokens(raw.thinking) : 0 };
    default:
      return { type: 'other', tokens: raw.type === 'image' || raw.type === 'document' ? 258 : 0 };
  }
}

function messages(raw: unknown): ChatTurn[] {
  if (!Array.isArray(raw)) throw malformed('#: required key [messages] not found');
  if (raw.length === 0) throw validation('messages: at least one message is required');
  const turns = raw.map((m, i): ChatTurn => {
    if (!isObject(m) || (m.role !== 'user' && m.role !== 'assistant')) {
      throw malformed(`#/messages/${i}/role: ${String(isObject(m) ? m.role : m)} is not a valid enum value`);
    }
    const content =
      typeof m.content === 'string'
        ? [{ type: 'text', text: m.content } as ChatBlock]
        : Array.isArray(m.content)
          ? m.content.map((c, j) => block(c, `messages/${i}/content/${j}`))
          : [];
    if (content.length === 0) throw validation(`messages.${i}: all messages must have non-empty content`);
    return { role: m.role, content };
  });
  if (turns[0]?.role !== 'user') throw validation('messages: first message must use the "user" role');
  for (let i = 1; i < turns.length; i++) {
    if (turns[i]?.role === turns[i - 1]?.role) {
      throw validation(
        `messages: roles must alternate between "user" and "assistant", but found multiple "${turns[i]?.role}" roles in a row`,
      );
    }
  }
  return turns;
}

function tools(raw: unknown): ToolSpec[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw malformed('#/tools: expected type: JSONArray');
  return raw.map((t, i) => {
    if (!isObject(t) || typeof t.name !== 'string' || !isObject(t.input_schema)) {
      throw malformed(`#/tools/${i}: required key [input_schema] not found`);
    }
    return {
      name: t.name,
      description: typeof t.description === 'string' ? t.description : '',
      schema: t.input_schema as JsonSchema,
    };
  });
}

function toolChoice(raw: unknown): ToolChoice {
  if (!isObject(raw)) return { kind: 'auto' };
  if (raw.type === 'any') return { kind: 'any' };
  if (raw.type === 'none') return { kind: 'none' };
  if (raw.type === 'tool' && typeof raw.name === 'string') return { kind: 'tool', name: raw.name };
  return { kind: 'auto' };
}

export function parseAnthropicBody(body: Record<string, unknown>): ChatRequest {
  if (typeof body.anthropic_version !== 'string') throw malformed('#: required key [anthropic_version] not found');
  if (body.max_tokens === undefined) throw malformed('#: required key [max_tokens] not found');
  if (typeof body.max_tokens !== 'number' || !Number.isInteger(body.max_tokens) || body.max_tokens < 1) {
    throw malformed('#/max_tokens: must be an integer of at least 1');
  }
  const stop = body.stop_sequences;
  if (stop !== undefined && (!Array.isArray(stop) || stop.some((s) => typeof s !== 'string'))) {
    throw malformed('#/stop_sequences: expected type: JSONArray');
  }
  return {
    system: text(body.system),
    messages: messages(body.messages),
    tools: tools(body.tools),
    toolChoice: toolChoice(body.tool_choice),
    maxTokens: body.max_tokens,
    stopSequences: (stop as string[] | undefined) ?? [],
    ...anthropicExtras(body),
  };
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An Anthropic-style ID on Bedrock (`msg_bdrk_01…`, `toolu_bdrk_01…`): "01" and 22 base62 characters from `seed`. */
export function anthropicId(prefix: 'msg' | 'toolu', seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let id = '';
  for (let i = 0; i < 22; i++) id += BASE62[(digest[i] ?? 0) % 62];
  return `${prefix}_bdrk_01${id}`;
}

/** Anthropic's model name in responses: the base ID without provider prefix and version suffix. */
export function anthropicModelName(modelId: string): string {
  return modelId.replace(/^.*anthropic\./, '').replace(/-v\d+(?::\d+)?$/, '');
}

export function anthropicContent(reply: ChatReply) {
  const content: unknown[] = [];
  if (reply.reasoning) {
    content.push({ type: 'thinking', thinking: reply.reasoning.text, signature: reply.reasoning.signature ?? '' });
  }
  if (reply.text) content.push({ type: 'text', text: reply.text });
  for (const call of reply.toolCalls) {
    content.push({
      type: 'tool_use',
      id: anthropicId('toolu', call.id),
      name: call.name,
      input: call.input,
    });
  }
  return content;
}

export function anthropicMessage(reply: ChatReply, modelId: string, messageId: string) {
  return {
    id: messageId,
    type: 'message',
    role: 'assistant',
    model: anthropicModelName(modelId),
    content: anthropicContent(reply),
    stop_reason: reply.stopReason,
    stop_sequence: reply.stopSequence ?? null,
    usage: anthropicUsage(reply.inputTokens, reply.outputTokens),
  };
}

/** Anthropic's usage object; the emulator caches nothing, so cache reads and writes are 0. */
export function anthropicUsage(input: number, output: number) {
  return { input_tokens: input, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: output };
}
