// The scripted model: a deterministic stand-in for a chat model. Same request, same reply.
import { createHash } from 'node:crypto';
import type {
  ChatBlock,
  ChatReply,
  ChatRequest,
  ChatTurn,
  QueuedReply,
  StopReason,
  ToolCall,
  ToolSpec,
} from './chat.ts';
import { detectLanguage, type ReplyLanguage, requestedLanguage, wantsBrevity } from './language.ts';
import { countTokens, tokenize } from './tokens.ts';
import { matchTools, toolInput } from './tools.ts';

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

function snippet(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function firstSentence(text: string): string {
  return /^.*?(?:[。！？]|[.!?](?=\s|$))/su.exec(text)?.[0] ?? text;
}

function greeting(question: string, lang: ReplyLanguage): string {
  const q = snippet(question);
  return lang === 'ja'
    ? `こんにちは。「${q}」についてのご質問ですね。これはローカルの Bedrock エミュレーターが決まった規則で作った応答です。実際の回答が必要なときは、Amazon Bedrock のモデルに接続してください。`
    : `Hello! You asked: "${q}". This reply comes from the scripted model of the local Bedrock emulator, so it is the same every time. Connect an Amazon Bedrock model to get a real answer.`;
}

interface ToolOutcome {
  name: string;
  content: string;
  isError: boolean;
}

function answerFromResults(results: ToolOutcome[], lang: ReplyLanguage): string {
  const parts = results.map((r) => {
    const value = describeResult(r.content, lang);
    if (lang === 'ja')
      return r.isError ? `${r.name} でエラーが発生しました: ${value}。` : `${r.name} の結果: ${value}。`;
    return r.isError ? `The ${r.name} tool reported an error: ${value}.` : `The ${r.name} tool says: ${value}.`;
  });
  return parts.join(lang === 'ja' ? '' : ' ');
}

/** A tool result as a reader would say it: the scalar fields of a JSON object as `key: value`, else the text. */
function describeResult(content: string, lang: ReplyLanguage): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return snippet(content, 200);
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const fields = Object.entries(parsed).filter(([, v]) => v !== null && typeof v !== 'object');
    if (fields.length > 0) return snippet(fields.map(([k, v]) => `${k}: ${v}`).join(lang === 'ja' ? '、' : ', '), 200);
  }
  return snippet(content, 200);
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

function chooseTools(request: ChatRequest, question: string, called: Set<string>): ToolSpec[] {
  const { tools, toolChoice } = request;
  if (!tools.length || toolChoice.kind === 'none') return [];
  const open = tools.filter((t) => !called.has(t.name));
  if (toolChoice.kind === 'tool')
    return called.has(toolChoice.name) ? [] : open.filter((t) => t.name === toolChoice.name);
  const matched = matchTools(open, question);
  if (matched.length) return matched.slice(0, 1);
  // `any`: the model must call some tool; only before it has called one for this question.
  return toolChoice.kind === 'any' && called.size === 0 ? open.slice(0, 1) : [];
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

export function scriptedReply(request: ChatRequest, queued?: QueuedReply): ChatReply {
  const input = inputTokens(request);
  // Tool-use IDs derive from the request, so the same request gets the same IDs (computed only when needed).
  const seed = () => createHash('sha256').update(JSON.stringify(request)).digest('hex');
  let text: string;
  let toolCalls: ToolCall[] = [];

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
    if (next.length) {
      toolCalls = next.map((tool, i) => ({
        id: toolUseId(seed, i),
        name: tool.name,
        input: toolInput(tool, question),
      }));
      text = '';
    } else if (results.length) {
      text = answerFromResults(results, lang);
    } else {
      text = greeting(question, lang);
    }
    if (wantsBrevity(request.system)) text = firstSentence(text);
  }

  const limited = limitText(text, request.stopSequences, request.maxTokens);
  // A reply cut short by maxTokens or a stop sequence does not get to its tool calls.
  if (limited.stopReason) toolCalls = [];
  const toolTokens = toolCalls.reduce((n, c) => n + countTokens(`${c.name} ${JSON.stringify(c.input)}`), 0);
  return {
    text: limited.text,
    toolCalls,
    stopReason: limited.stopReason ?? (toolCalls.length ? 'tool_use' : 'end_turn'),
    ...(limited.stopSequence !== undefined ? { stopSequence: limited.stopSequence } : {}),
    inputTokens: input,
    outputTokens: countTokens(limited.text) + toolTokens,
  };
}
