// Converse / ConverseStream request bodies -> the scripted model's ChatRequest, with Bedrock's
// ValidationException messages for what it rejects.
import { malformed, validation } from '../errors.ts';
import { isObject } from '../json.ts';
import type { ChatBlock, ChatRequest, ChatTurn, JsonSchema, ToolChoice, ToolSpec } from '../model/chat.ts';
import { countTokens } from '../model/tokens.ts';

function constraint(value: unknown, path: string, rule: string) {
  return validation(
    `1 validation error detected: Value '${String(value)}' at '${path}' failed to satisfy constraint: ${rule}`,
  );
}

function toolResultText(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .map((c) => {
      if (!isObject(c)) return '';
      if (typeof c.text === 'string') return c.text;
      if (c.json !== undefined) return JSON.stringify(c.json);
      return '';
    })
    .filter(Boolean)
    .join('\n');
}

function block(raw: unknown, path: string): ChatBlock {
  if (!isObject(raw)) throw malformed();
  if ('text' in raw) {
    if (typeof raw.text !== 'string') throw malformed();
    if (!raw.text.trim()) {
      throw validation(
        `The text field in the ContentBlock object at ${path} is blank. Add text to the text field, and try again.`,
      );
    }
    return { type: 'text', text: raw.text };
  }
  if (isObject(raw.toolUse)) {
    const { toolUseId, name, input } = raw.toolUse;
    if (typeof toolUseId !== 'string' || typeof name !== 'string') throw malformed();
    return { type: 'toolUse', id: toolUseId, name, input: input ?? {} };
  }
  if (isObject(raw.toolResult)) {
    const { toolUseId, content, status } = raw.toolResult;
    if (typeof toolUseId !== 'string') throw malformed();
    return { type: 'toolResult', toolUseId, content: toolResultText(content), isError: status === 'error' };
  }
  if (isObject(raw.reasoningContent)) {
    const text = (raw.reasoningContent.reasoningText as { text?: unknown } | undefined)?.text;
    return { type: 'other', tokens: typeof text === 'string' ? countTokens(text) : 0 };
  }
  if (isObject(raw.image) || isObject(raw.document) || isObject(raw.video)) return { type: 'other', tokens: 258 };
  if (isObject(raw.cachePoint) || isObject(raw.guardContent) || isObject(raw.citationsContent)) {
    return { type: 'other', tokens: 0 };
  }
  throw malformed();
}

export function parseMessages(raw: unknown, allowToolBlocks: boolean): ChatTurn[] {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) {
    throw validation(
      'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    );
  }
  if (!Array.isArray(raw)) throw malformed();
  const turns: ChatTurn[] = raw.map((message, i) => {
    if (!isObject(message)) throw malformed();
    const { role, content } = message;
    if (role !== 'user' && role !== 'assistant') {
      throw constraint(role, `messages.${i + 1}.member.role`, 'Member must satisfy enum value set: [user, assistant]');
    }
    if (!Array.isArray(content) || content.length === 0) {
      throw validation(
        `The content field in the Message object at messages.${i} is empty. Add a ContentBlock object to the content field and try again.`,
      );
    }
    return { role, content: content.map((c, j) => block(c, `messages.${i}.content.${j}`)) };
  });
  if (turns[0]?.role !== 'user') {
    throw validation(
      'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    );
  }
  for (let i = 1; i < turns.length; i++) {
    if (turns[i]?.role === turns[i - 1]?.role) {
      throw validation(
        'A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.',
      );
    }
  }
  if (!allowToolBlocks && turns.some((t) => t.content.some((b) => b.type === 'toolUse' || b.type === 'toolResult'))) {
    throw validation('The toolConfig field must be defined when using toolUse and toolResult content blocks.');
  }
  return turns;
}

function parseSystem(raw: unknown): string {
  if (raw === undefined) return '';
  if (!Array.isArray(raw)) throw malformed();
  return raw
    .map((s) => (isObject(s) && typeof s.text === 'string' ? s.text : ''))
    .filter(Boolean)
    .join('\n');
}

function parseTools(raw: unknown): { tools: ToolSpec[]; toolChoice: ToolChoice } {
  if (raw === undefined) return { tools: [], toolChoice: { kind: 'auto' } };
  if (!isObject(raw) || !Array.isArray(raw.tools)) throw malformed();
  if (raw.tools.length === 0) {
    throw constraint('[]', 'toolConfig.tools', 'Member must have length greater than or equal to 1');
  }
  const tools: ToolSpec[] = [];
  raw.tools.forEach((tool, i) => {
    if (!isObject(tool)) throw malformed();
    if (isObject(tool.cachePoint)) return;
    const spec = tool.toolSpec;
    if (!isObject(spec) || typeof spec.name !== 'string') throw malformed();
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
      throw constraint(
        spec.name,
        `toolConfig.tools.${i + 1}.member.toolSpec.name`,
        'Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+',
      );
    }
    const schema = isObject(spec.inputSchema) ? spec.inputSchema.json : undefined;
    if (!isObject(schema)) throw malformed();
    tools.push({
      name: spec.name,
      description: typeof spec.description === 'string' ? spec.description : '',
      schema: schema as JsonSchema,
    });
  });
  let toolChoice: ToolChoice = { kind: 'auto' };
  const choice = raw.toolChoice;
  if (isObject(choice)) {
    if (isObject(choice.any)) toolChoice = { kind: 'any' };
    else if (isObject(choice.tool) && typeof choice.tool.name === 'string') {
      const name = choice.tool.name;
      if (!tools.some((t) => t.name === name))
        throw validation(`The tool ${name} specified in toolChoice is not defined in toolConfig.tools.`);
      toolChoice = { kind: 'tool', name };
    }
  }
  return { tools, toolChoice };
}

function parseInferenceConfig(raw: unknown): Pick<ChatRequest, 'maxTokens' | 'stopSequences'> {
  if (raw === undefined) return { stopSequences: [] };
  if (!isObject(raw)) throw malformed();
  const { maxTokens, temperature, topP, stopSequences } = raw;
  if (maxTokens !== undefined) {
    if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens)) throw malformed();
    if (maxTokens < 1)
      throw constraint(maxTokens, 'inferenceConfig.maxTokens', 'Member must have value greater than or equal to 1');
  }
  for (const [name, value] of [
    ['temperature', temperature],
    ['topP', topP],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'number') throw malformed();
    if (value < 0)
      throw constraint(value, `inferenceConfig.${name}`, 'Member must have value greater than or equal to 0');
    if (value > 1) throw constraint(value, `inferenceConfig.${name}`, 'Member must have value less than or equal to 1');
  }
  if (
    stopSequences !== undefined &&
    (!Array.isArray(stopSequences) || stopSequences.some((s) => typeof s !== 'string'))
  ) {
    throw malformed();
  }
  return {
    ...(maxTokens !== undefined ? { maxTokens: maxTokens as number } : {}),
    stopSequences: (stopSequences as string[] | undefined) ?? [],
  };
}

export function parseConverseBody(body: Record<string, unknown>): ChatRequest {
  const { tools, toolChoice } = parseTools(body.toolConfig);
  return {
    system: parseSystem(body.system),
    messages: parseMessages(body.messages, body.toolConfig !== undefined),
    tools,
    toolChoice,
    ...parseInferenceConfig(body.inferenceConfig),
  };
}
