// Native InvokeModel bodies of the text models Bedrock also serves through Converse, as AWS documents them
// (Amazon Bedrock user guide, "Inference request parameters and response fields for foundation models"):
//   Meta Llama          model-parameters-meta.html                       {prompt} -> {generation, ...}
//   Mistral AI          model-parameters-mistral-text-completion.html    {prompt} -> {outputs:[{text, stop_reason}]}
//                       model-parameters-mistral-chat-completion.html    {messages} -> {choices:[{message, stop_reason}]}
//   Cohere Command R/R+ model-parameters-cohere-command-r-plus.html      {message, chat_history} -> {text, finish_reason}
//   DeepSeek            model-parameters-deepseek.html                   {prompt} -> {choices:[{text, stop_reason}]}
//   OpenAI gpt-oss      model-parameters-openai.html (Chat Completions)  {messages} -> {choices:[{message, finish_reason}]}
// Prompt-style bodies carry the model's chat template; the latest user turn and system text are read out of it.
import { createHash } from 'node:crypto';
import { malformed } from '../errors.ts';
import { isObject } from '../json.ts';
import type { ChatBlock, ChatReply, ChatRequest, ChatTurn, JsonSchema, ToolChoice, ToolSpec } from '../model/chat.ts';
import { chunkText, countTokens } from '../model/tokens.ts';

export type TextFamily = 'llama' | 'mistral' | 'cohere-command' | 'deepseek' | 'openai';

/** The family whose native body a model ID takes, or undefined. */
export function textFamilyOf(id: string): TextFamily | undefined {
  if (/meta\.llama/.test(id)) return 'llama';
  if (/mistral\.|pixtral/.test(id)) return 'mistral';
  if (/cohere\.command-r/.test(id)) return 'cohere-command';
  if (/deepseek\./.test(id)) return 'deepseek';
  if (/openai\./.test(id)) return 'openai';
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || !value.trim()) throw malformed(`#: required key [${field}] not found`);
  return value;
}

/** The latest user turn and the system text inside a chat template (Llama 2/3, Mistral [INST], DeepSeek). */
export function readPrompt(prompt: string): { system: string; user: string } {
  const llama3 = [
    ...prompt.matchAll(/<\|start_header_id\|>(system|user)<\|end_header_id\|>([\s\S]*?)(?:<\|eot_id\|>|$)/g),
  ];
  if (llama3.length) {
    const system = llama3.filter((m) => m[1] === 'system').map((m) => (m[2] ?? '').trim());
    const user = llama3.filter((m) => m[1] === 'user').at(-1)?.[2] ?? '';
    return { system: system.join('\n'), user: user.trim() };
  }
  const deepseek = prompt.split(/<｜User｜>/);
  if (deepseek.length > 1) {
    const last = (deepseek.at(-1) ?? '').split(/<｜Assistant｜>/)[0] ?? '';
    return { system: '', user: last.trim() };
  }
  const inst = [...prompt.matchAll(/\[INST\]([\s\S]*?)\[\/INST\]/g)];
  if (inst.length) {
    const last = inst.at(-1)?.[1] ?? '';
    const sys = /<<SYS>>([\s\S]*?)<<\/SYS>>/.exec(inst[0]?.[1] ?? '')?.[1] ?? '';
    return { system: sys.trim(), user: last.replace(/<<SYS>>[\s\S]*?<<\/SYS>>/, '').trim() };
  }
  return { system: '', user: prompt.replace(/<[^>\s]+>/g, ' ').trim() };
}

function promptRequest(prompt: string, maxTokens: number | undefined, stop: string[]): ChatRequest {
  const { system, user } = readPrompt(prompt);
  return {
    system,
    messages: [{ role: 'user', content: [{ type: 'text', text: user || prompt }] }],
    tools: [],
    toolChoice: { kind: 'auto' },
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    stopSequences: stop,
  };
}

const functionTools = (raw: unknown): ToolSpec[] =>
  Array.isArray(raw)
    ? raw.flatMap((t) => {
        const fn = isObject(t) && isObject(t.function) ? t.function : undefined;
        if (!fn || typeof fn.name !== 'string') return [];
        return [
          {
            name: fn.name,
            description: str(fn.description) ?? '',
            schema: (isObject(fn.parameters) ? fn.parameters : { type: 'object', properties: {} }) as JsonSchema,
          },
        ];
      })
    : [];

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c) => (isObject(c) ? (str(c.text) ?? '') : '')).join('\n');
  return '';
}

/** OpenAI-style `messages` (Mistral chat, gpt-oss): system text, turns, tool calls and tool results. */
function chatMessages(raw: unknown): { system: string; messages: ChatTurn[] } {
  if (!Array.isArray(raw) || raw.length === 0) throw malformed('#: required key [messages] not found');
  const system: string[] = [];
  const messages: ChatTurn[] = [];
  const push = (role: ChatTurn['role'], block: ChatBlock) => {
    const last = messages.at(-1);
    if (last?.role === role) last.content.push(block);
    else messages.push({ role, content: [block] });
  };
  for (const m of raw) {
    if (!isObject(m)) throw malformed();
    const text = contentText(m.content);
    if (m.role === 'system' || m.role === 'developer') system.push(text);
    else if (m.role === 'tool') {
      push('user', { type: 'toolResult', toolUseId: str(m.tool_call_id) ?? '', content: text, isError: false });
    } else if (m.role === 'assistant') {
      if (text) push('assistant', { type: 'text', text });
      for (const call of Array.isArray(m.tool_calls) ? m.tool_calls : []) {
        const fn = isObject(call) && isObject(call.function) ? call.function : {};
        let input: unknown = {};
        try {
          input = JSON.parse(str(fn.arguments) ?? '{}');
        } catch {}
        push('assistant', { type: 'toolUse', id: str(call.id) ?? '', name: str(fn.name) ?? '', input });
      }
    } else push('user', { type: 'text', text });
  }
  return { system: system.join('\n'), messages };
}

function openAiToolChoice(raw: unknown): ToolChoice {
  if (raw === 'none') return { kind: 'none' };
  if (raw === 'any' || raw === 'required') return { kind: 'any' };
  if (isObject(raw) && isObject(raw.function) && typeof raw.function.name === 'string')
    return { kind: 'tool', name: raw.function.name };
  return { kind: 'auto' };
}

/** Cohere's `parameter_definitions` as a JSON schema. */
function cohereTools(raw: unknown): ToolSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((t) => {
    if (!isObject(t) || typeof t.name !== 'string') return [];
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [name, def] of Object.entries(isObject(t.parameter_definitions) ? t.parameter_definitions : {})) {
      if (!isObject(def)) continue;
      const type = str(def.type) ?? 'str';
      properties[name] = {
        type: /int/.test(type)
          ? 'integer'
          : /float|num/.test(type)
            ? 'number'
            : /bool/.test(type)
              ? 'boolean'
              : 'string',
        ...(str(def.description) ? { description: str(def.description) } : {}),
      };
      if (def.required === true) required.push(name);
    }
    return [{ name: t.name, description: str(t.description) ?? '', schema: { type: 'object', properties, required } }];
  });
}

function cohereRequest(body: Record<string, unknown>): ChatRequest {
  const message = requireString(body, 'message');
  const messages: ChatTurn[] = [];
  for (const turn of Array.isArray(body.chat_history) ? body.chat_history : []) {
    if (!isObject(turn) || typeof turn.message !== 'string') continue;
    const role = turn.role === 'CHATBOT' ? 'assistant' : 'user';
    if (messages.at(-1)?.role === role) continue;
    messages.push({ role, content: [{ type: 'text', text: turn.message }] });
  }
  const content: ChatBlock[] = [{ type: 'text', text: message }];
  // Tool results arrive with the next message; the scripted model reads them as results of this turn.
  const results = Array.isArray(body.tool_results) ? body.tool_results : [];
  if (messages.at(-1)?.role === 'user') messages.pop();
  messages.push({ role: 'user', content });
  if (results.length) {
    results.forEach((r, i) => {
      const call = isObject(r) && isObject(r.call) ? r.call : {};
      messages.push({
        role: 'assistant',
        content: [{ type: 'toolUse', id: `call_${i}`, name: str(call.name) ?? 'tool', input: call.parameters ?? {} }],
      });
      messages.push({
        role: 'user',
        content: [
          {
            type: 'toolResult',
            toolUseId: `call_${i}`,
            content: JSON.stringify(isObject(r) && Array.isArray(r.outputs) ? r.outputs : []),
            isError: false,
          },
        ],
      });
    });
  }
  const preamble = str(body.preamble) ?? '';
  return {
    system: preamble,
    messages,
    tools: cohereTools(body.tools),
    toolChoice: { kind: 'auto' },
    ...(int(body.max_tokens) !== undefined ? { maxTokens: int(body.max_tokens) } : {}),
    stopSequences: strings(body.stop_sequences),
  };
}

/** The ChatRequest a native body describes. */
export function parseTextBody(family: TextFamily, body: Record<string, unknown>, modelId: string): ChatRequest {
  switch (family) {
    case 'llama':
      return promptRequest(requireString(body, 'prompt'), int(body.max_gen_len), []);
    case 'deepseek':
      return {
        ...promptRequest(requireString(body, 'prompt'), int(body.max_tokens), strings(body.stop)),
        ...(/r1/.test(modelId) ? { reasoning: { signed: false } } : {}),
      };
    case 'mistral':
      if (body.messages === undefined) {
        return promptRequest(requireString(body, 'prompt'), int(body.max_tokens), strings(body.stop));
      }
      return openAiRequest(body, int(body.max_tokens), false);
    case 'openai':
      return openAiRequest(body, int(body.max_completion_tokens) ?? int(body.max_tokens), true);
    case 'cohere-command':
      return cohereRequest(body);
  }
}

function openAiRequest(body: Record<string, unknown>, maxTokens: number | undefined, reasons: boolean): ChatRequest {
  const { system, messages } = chatMessages(body.messages);
  if (messages[0]?.role !== 'user') throw malformed('#/messages: the first message must be from the user');
  return {
    system,
    messages,
    tools: functionTools(body.tools),
    toolChoice: openAiToolChoice(body.tool_choice),
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    stopSequences: typeof body.stop === 'string' ? [body.stop] : strings(body.stop),
    ...(reasons ? { reasoning: { signed: false } } : {}),
  };
}

const simpleStop = (reply: ChatReply) => (reply.stopReason === 'max_tokens' ? 'length' : 'stop');
const openAiFinish = (reply: ChatReply) =>
  reply.stopReason === 'tool_use' ? 'tool_calls' : reply.stopReason === 'max_tokens' ? 'length' : 'stop';
const callId = (id: string) => `call_${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
const toolCalls = (reply: ChatReply) =>
  reply.toolCalls.map((c) => ({
    id: callId(c.id),
    type: 'function',
    function: { name: c.name, arguments: JSON.stringify(c.input) },
  }));

/** An OpenAI-style assistant message (Mistral chat, gpt-oss). */
const assistantMessage = (reply: ChatReply, content: string) => ({
  role: 'assistant',
  content,
  ...(reply.toolCalls.length ? { tool_calls: toolCalls(reply) } : {}),
});

/** The text DeepSeek-R1 and gpt-oss put their reasoning in, ahead of the answer. */
function withReasoning(family: TextFamily, reply: ChatReply): string {
  if (!reply.reasoning) return reply.text;
  if (family === 'deepseek') return `${reply.reasoning.text}\n</think>\n\n${reply.text}`;
  return `<reasoning>${reply.reasoning.text}</reasoning>${reply.text}`;
}

/** The model's native response body. */
export function textResponse(family: TextFamily, reply: ChatReply, modelId: string, requestId: string) {
  const text = withReasoning(family, reply);
  switch (family) {
    case 'llama':
      return {
        generation: text,
        prompt_token_count: reply.inputTokens,
        generation_token_count: reply.outputTokens,
        stop_reason: simpleStop(reply),
      };
    case 'deepseek':
      return { choices: [{ text, stop_reason: simpleStop(reply) }] };
    case 'mistral':
      return { choices: [{ index: 0, message: assistantMessage(reply, text), stop_reason: openAiFinish(reply) }] };
    case 'openai':
      return {
        id: `chatcmpl-${requestId.replace(/-/g, '').slice(0, 24)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: modelId,
        choices: [
          {
            index: 0,
            message: assistantMessage(reply, text),
            finish_reason: openAiFinish(reply),
          },
        ],
        usage: {
          prompt_tokens: reply.inputTokens,
          completion_tokens: reply.outputTokens,
          total_tokens: reply.inputTokens + reply.outputTokens,
        },
      };
    case 'cohere-command':
      return {
        response_id: requestId,
        text,
        generation_id: createHash('sha256').update(requestId).digest('hex').slice(0, 36),
        chat_history: [],
        finish_reason: reply.stopReason === 'max_tokens' ? 'MAX_TOKENS' : 'COMPLETE',
        ...(reply.toolCalls.length
          ? { tool_calls: reply.toolCalls.map((c) => ({ name: c.name, parameters: c.input })) }
          : {}),
      };
  }
}

/** Mistral's text-completion answer (prompt bodies) differs from its chat answer (messages bodies). */
export function mistralTextResponse(reply: ChatReply) {
  return { outputs: [{ text: reply.text, stop_reason: simpleStop(reply) }] };
}

/** Stream chunk payloads (before the invocation metrics Bedrock adds to the last one). */
export function textStreamChunks(
  family: TextFamily,
  reply: ChatReply,
  promptStyle: boolean,
  modelId: string,
  requestId: string,
): { payload: Record<string, unknown>; tokens: number }[] {
  const pieces = chunkText(withReasoning(family, reply));
  const chunks: { payload: Record<string, unknown>; tokens: number }[] = [];
  let generated = 0;
  for (const [i, piece] of pieces.entries()) {
    const tokens = countTokens(piece);
    generated += tokens;
    switch (family) {
      case 'llama':
        chunks.push({
          payload: {
            generation: piece,
            prompt_token_count: i === 0 ? reply.inputTokens : null,
            generation_token_count: generated,
            stop_reason: null,
          },
          tokens,
        });
        break;
      case 'deepseek':
        chunks.push({ payload: { choices: [{ text: piece, stop_reason: null }] }, tokens });
        break;
      case 'mistral':
        chunks.push({
          payload: promptStyle
            ? { outputs: [{ text: piece, stop_reason: null }] }
            : { choices: [{ index: 0, message: { role: 'assistant', content: piece }, stop_reason: null }] },
          tokens,
        });
        break;
      case 'openai':
        chunks.push({
          payload: {
            id: `chatcmpl-${requestId.replace(/-/g, '').slice(0, 24)}`,
            object: 'chat.completion.chunk',
            created: Math.floor(Date.now() / 1000),
            model: modelId,
            choices: [
              { index: 0, delta: { ...(i === 0 ? { role: 'assistant' } : {}), content: piece }, finish_reason: null },
            ],
          },
          tokens,
        });
        break;
      case 'cohere-command':
        if (i === 0)
          chunks.push({
            payload: { is_finished: false, event_type: 'stream-start', generation_id: requestId },
            tokens: 0,
          });
        chunks.push({ payload: { is_finished: false, event_type: 'text-generation', text: piece }, tokens });
        break;
    }
  }
  const stop = simpleStop(reply);
  const last: Record<string, unknown> =
    family === 'llama'
      ? { generation: '', prompt_token_count: null, generation_token_count: reply.outputTokens, stop_reason: stop }
      : family === 'deepseek'
        ? { choices: [{ text: '', stop_reason: stop }] }
        : family === 'mistral'
          ? promptStyle
            ? { outputs: [{ text: '', stop_reason: stop }] }
            : {
                choices: [
                  {
                    index: 0,
                    message: assistantMessage(reply, ''),
                    stop_reason: openAiFinish(reply),
                  },
                ],
              }
          : family === 'openai'
            ? {
                id: `chatcmpl-${requestId.replace(/-/g, '').slice(0, 24)}`,
                object: 'chat.completion.chunk',
                created: Math.floor(Date.now() / 1000),
                model: modelId,
                choices: [
                  {
                    index: 0,
                    delta: reply.toolCalls.length ? { tool_calls: toolCalls(reply) } : {},
                    finish_reason: openAiFinish(reply),
                  },
                ],
              }
            : {
                is_finished: true,
                event_type: 'stream-end',
                finish_reason: reply.stopReason === 'max_tokens' ? 'MAX_TOKENS' : 'COMPLETE',
                response: textResponse(family, reply, modelId, requestId),
              };
  chunks.push({ payload: last, tokens: 0 });
  return chunks;
}
