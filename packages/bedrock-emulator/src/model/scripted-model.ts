// The scripted model: a deterministic stand-in for a chat model. Same request, same reply.
import { createHash } from 'node:crypto';
import type {
  ChatBlock,
  ChatReply,
  ChatRequest,
  ChatTurn,
  JsonSchema,
  QueuedReply,
  StopReason,
  ToolCall,
  ToolSpec,
} from './chat.ts';
import { detectLanguage, requestedLanguage, wantsBrevity } from './language.ts';
import { answerFromResults, greeting, reasoningText, type ToolOutcome } from './replies.ts';
import { countTokens, tokenize } from './tokens.ts';
import { bestTool, matchTools, requiredBySystem, structuredValue, toolInput } from './tools.ts';

/** Tokens a real model adds per message and per tool definition (role markers, formatting). */
const TOKENS_PER_MESSAGE = 4;
const TOKENS_PER_TOOL = 8;

function blockTokens(block: ChatBlock): number {
  switch (block.type) {
    case 'text':
      return countTokens(block.text);
    case 'toolUse':
      return countTokens(`${block.name} ${JSON.stringify(block.input)}`);
    case 'toolResult':
      return countTokens(block.content);
    case 'other':
      return block.tokens;
  }
}

export function inputTokens(request: Pick<ChatRequest, 'system' | 'messages' | 'tools'>): number {
  let total = request.system ? countTokens(request.system) + TOKENS_PER_MESSAGE : 0;
  for (const message of request.messages) {
    total += TOKENS_PER_MESSAGE;
    for (const block of message.content) total += blockTokens(block);
  }
  for (const tool of request.tools) {
    total += TOKENS_PER_TOOL + countTokens(`${tool.name} ${tool.description} ${JSON.stringify(tool.schema)}`);
  }
  return total;
}

const textOf = (turn: ChatTurn) =>
  turn.content
    .filter((b): b is Extract<ChatBlock, { type: 'text' }> => b.type === 'text')
    .map((b) => b.text)
    .join('\n')
    .trim();

/** Index of the latest user message that says something (not only tool results). */
function latestUserTextIndex(messages: readonly ChatTurn[]): number {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role === 'user' && textOf(m)) return i;
  }
  return -1;
}

function toolUseId(seed: () => string, index: number): string {
  const digest = createHash('sha256').update(`${seed()}#${index}`).digest('base64url');
  return `tooluse_${digest.slice(0, 22)}`;
}

/** A signature as long as a real one: opaque base64 derived from the reasoning, so it is deterministic. */
function signatureOf(text: string): string {
  const parts = [0, 1, 2, 3].map((i) => createHash('sha256').update(`${i}:${text}`).digest());
  return Buffer.concat(parts).toString('base64');
}

function firstSentence(text: string): string {
  return /^.*?(?:[。！？]|[.!?](?=\s|$))/su.exec(text)?.[0] ?? text;
}

/** Tool calls made since the user's latest message, with their results. */
function toolHistory(messages: readonly ChatTurn[], from: number): { called: Set<string>; results: ToolOutcome[] } {
  const names = new Map<string, string>();
  const called = new Set<string>();
  const results: ToolOutcome[] = [];
  for (const message of messages.slice(from + 1)) {
    for (const block of message.content) {
      if (block.type === 'toolUse') {
        names.set(block.id, block.name);
        called.add(block.name);
      } else if (block.type === 'toolResult') {
        results.push({ name: names.get(block.toolUseId) ?? 'tool', content: block.content, isError: block.isError });
      }
    }
  }
  return { called, results };
}

/** The next tool to call for this question, if any: forced by toolChoice or the system prompt, or needed by it. */
function chooseTools(request: ChatRequest, question: string, called: Set<string>): ToolSpec[] {
  const { tools, toolChoice } = request;
  if (!tools.length || toolChoice.kind === 'none') return [];
  const open = tools.filter((t) => !called.has(t.name));
  if (toolChoice.kind === 'tool')
    return called.has(toolChoice.name) ? [] : open.filter((t) => t.name === toolChoice.name);
  const required = requiredBySystem(open, request.system);
  if (required.length) return required.slice(0, 1);
  const matched = matchTools(open, question);
  if (matched.length) return matched.slice(0, 1);
  // `any`: the model must call some tool; only before it has called one for this question.
  const best = toolChoice.kind === 'any' && called.size === 0 ? bestTool(open, question) : undefined;
  return best ? [best] : [];
}

/** A JSON schema the system prompt asks the answer to follow (the AI SDK's JSON instruction). */
function schemaInSystem(system: string): JsonSchema | undefined {
  if (!/\b(?:answer|respond|reply) with (?:only )?(?:a |an )?(?:valid )?JSON\b/i.test(system)) return undefined;
  const label = system.search(/JSON schema/i);
  const start = label < 0 ? -1 : system.indexOf('{', label);
  const end = system.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed = JSON.parse(system.slice(start, end + 1)) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as JsonSchema) : undefined;
  } catch {
    return undefined;
  }
}

/** Applies stop sequences and maxTokens to the text, as a model stops generating. */
function limitText(
  text: string,
  stopSequences: readonly string[],
  maxTokens: number | undefined,
): { text: string; stopReason?: StopReason; stopSequence?: string } {
  let cut = text;
  let stop: { stopReason?: StopReason; stopSequence?: string } = {};
  let earliest = -1;
  for (const sequence of stopSequences) {
    const at = sequence ? text.indexOf(sequence) : -1;
    if (at >= 0 && (earliest < 0 || at < earliest)) {
      earliest = at;
      stop = { stopReason: 'stop_sequence', stopSequence: sequence };
    }
  }
  if (earliest >= 0) cut = text.slice(0, earliest);
  const pieces = tokenize(cut);
  if (maxTokens !== undefined && pieces.length > maxTokens) {
    return { text: pieces.slice(0, maxTokens).join(''), stopReason: 'max_tokens' };
  }
  return { text: cut, ...stop };
}

export function scriptedReply(request: ChatRequest, queued?: QueuedReply, today = new Date()): ChatReply {
  const input = inputTokens(request);
  // Tool-use IDs derive from the request, so the same request gets the same IDs (computed only when needed).
  const seed = () => createHash('sha256').update(JSON.stringify(request)).digest('hex');
  let text: string;
  let toolCalls: ToolCall[] = [];
  let reasoning: string | undefined;

  if (queued) {
    text = queued.text ?? '';
    toolCalls = (queued.toolCalls ?? []).map((c, i) => ({
      id: toolUseId(seed, i),
      name: c.name,
      input: c.input ?? {},
    }));
  } else {
    const at = latestUserTextIndex(request.messages);
    const question = at >= 0 ? textOf(request.messages[at] as ChatTurn) : '';
    const lang = requestedLanguage(request.system) ?? detectLanguage(question);
    const { called, results } = toolHistory(request.messages, at);
    const next = chooseTools(request, question, called);
    const schema = request.responseSchema ?? schemaInSystem(request.system);
    const options = { lang, today, structured: request.toolChoice.kind !== 'auto' };
    if (next.length) {
      toolCalls = next.map((tool, i) => ({
        id: toolUseId(seed, i),
        name: tool.name,
        input: toolInput(tool, question, options),
      }));
      text = '';
    } else if (schema) {
      text = JSON.stringify(structuredValue(schema, question, options));
    } else if (results.length) {
      text = answerFromResults(results, lang);
    } else {
      text = greeting(question, lang);
    }
    if (wantsBrevity(request.system) && !schema) text = firstSentence(text);
    if (request.reasoning) reasoning = reasoningText(question, toolCalls, results, lang);
  }
  if (request.reasoning && reasoning === undefined) reasoning = 'Following the prepared reply.';

  const limited = limitText(text, request.stopSequences, request.maxTokens);
  // A reply cut short by maxTokens or a stop sequence does not get to its tool calls.
  if (limited.stopReason) toolCalls = [];
  const toolTokens = toolCalls.reduce((n, c) => n + countTokens(`${c.name} ${JSON.stringify(c.input)}`), 0);
  const reasoningTokens = reasoning ? countTokens(reasoning) : 0;
  return {
    ...(reasoning !== undefined
      ? { reasoning: { text: reasoning, ...(request.reasoning?.signed ? { signature: signatureOf(reasoning) } : {}) } }
      : {}),
    text: limited.text,
    toolCalls,
    stopReason: limited.stopReason ?? (toolCalls.length ? 'tool_use' : 'end_turn'),
    ...(limited.stopSequence !== undefined ? { stopSequence: limited.stopSequence } : {}),
    inputTokens: input,
    outputTokens: countTokens(limited.text) + toolTokens + reasoningTokens,
  };
}
