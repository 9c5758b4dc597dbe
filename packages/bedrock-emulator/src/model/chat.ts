// The provider-neutral conversation the scripted model works on. Converse and Anthropic's native
// format are both translated into it.

export type ChatBlock =
  | { type: 'text'; text: string }
  | { type: 'toolUse'; id: string; name: string; input: unknown }
  | { type: 'toolResult'; toolUseId: string; content: string; isError: boolean }
  | { type: 'other'; tokens: number };

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: ChatBlock[];
}

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
};

export interface ToolSpec {
  name: string;
  description: string;
  schema: JsonSchema;
}

export type ToolChoice = { kind: 'auto' } | { kind: 'any' } | { kind: 'tool'; name: string } | { kind: 'none' };

export interface ChatRequest {
  system: string;
  messages: ChatTurn[];
  tools: ToolSpec[];
  toolChoice: ToolChoice;
  maxTokens?: number;
  stopSequences: string[];
  /** Extended thinking was asked for: the reply starts with reasoning (signed for Anthropic models). */
  reasoning?: { signed: boolean };
  /** Structured output: the reply text is a JSON value for this schema (Anthropic `output_config.format`). */
  responseSchema?: JsonSchema;
}

export type StopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence';

export interface ToolCall {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ChatReply {
  /** The model's reasoning before it answers, when extended thinking was asked for. */
  reasoning?: { text: string; signature?: string };
  text: string;
  toolCalls: ToolCall[];
  stopReason: StopReason;
  /** The stop sequence that ended the reply, when stopReason is `stop_sequence`. */
  stopSequence?: string;
  inputTokens: number;
  outputTokens: number;
}

/** An exact reply queued through the control API for the next matching request. */
export interface QueuedReply {
  model?: string;
  operation?: string;
  text?: string;
  toolCalls?: { name: string; input?: Record<string, unknown> }[];
}
