// Extended thinking as Bedrock takes it: Anthropic's `thinking` (Converse `additionalModelRequestFields` or the
// native body; `reasoning_config` is its older name), Nova's `reasoningConfig`, and models that always reason
// (DeepSeek-R1, OpenAI gpt-oss). Anthropic's rules come back as Bedrock relays them.
import { validation } from '../errors.ts';
import { isObject } from '../json.ts';
import type { ChatRequest, JsonSchema } from '../model/chat.ts';

const DOCS = 'https://docs.claude.com/en/docs/build-with-claude/extended-thinking';

interface Sampling {
  maxTokens: number | undefined;
  temperature: unknown;
  forcedTool: boolean;
}

/** Anthropic's checks on a thinking request; `prefix` is how Converse relays the model's errors. */
function checkAnthropic(config: Record<string, unknown>, sampling: Sampling, prefix: string): void {
  const fail = (message: string) => validation(`${prefix}${message}`);
  if (config.type === 'enabled') {
    const budget = config.budget_tokens;
    if (typeof budget !== 'number' || !Number.isInteger(budget)) {
      throw fail('thinking.enabled.budget_tokens: Field required');
    }
    if (budget < 1024) throw fail('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024');
    if (sampling.maxTokens !== undefined && sampling.maxTokens <= budget) {
      throw fail(
        `\`max_tokens\` must be greater than \`thinking.budget_tokens\`. Please consult our documentation at ${DOCS}#max-tokens-and-context-window-size`,
      );
    }
  }
  if (sampling.temperature !== undefined && sampling.temperature !== 1) {
    throw fail(
      `\`temperature\` may only be set to 1 when thinking is enabled. Please consult our documentation at ${DOCS}#important-considerations-when-using-extended-thinking`,
    );
  }
  if (sampling.forcedTool) throw fail('Thinking may not be enabled when tool_choice forces tool use.');
}

const isOn = (config: unknown): config is Record<string, unknown> =>
  isObject(config) && (config.type === 'enabled' || config.type === 'adaptive');

/** Converse: what `additionalModelRequestFields` asks of reasoning and structured output, for this model. */
export function converseExtras(
  modelId: string,
  fields: unknown,
  sampling: Sampling,
): Pick<ChatRequest, 'reasoning' | 'responseSchema'> {
  const extras: Pick<ChatRequest, 'reasoning' | 'responseSchema'> = {};
  const request = isObject(fields) ? fields : {};
  if (/anthropic\.claude/.test(modelId) || !/\./.test(modelId)) {
    const thinking = request.thinking ?? request.reasoning_config;
    if (isOn(thinking)) {
      checkAnthropic(thinking, sampling, 'The model returned the following errors: ');
      extras.reasoning = { signed: true };
    }
  } else if (/amazon\.nova/.test(modelId)) {
    if (isOn(request.reasoningConfig)) extras.reasoning = { signed: false };
  } else if (/deepseek\.r1|openai\.gpt-oss/.test(modelId)) {
    extras.reasoning = { signed: false };
  }
  const format = isObject(request.output_config) ? request.output_config.format : undefined;
  if (isObject(format) && format.type === 'json_schema' && isObject(format.schema)) {
    extras.responseSchema = format.schema as JsonSchema;
  }
  return extras;
}

/** Anthropic's native body: `thinking` and `output_config.format`, with the same rules. */
export function anthropicExtras(body: Record<string, unknown>): Pick<ChatRequest, 'reasoning' | 'responseSchema'> {
  const extras: Pick<ChatRequest, 'reasoning' | 'responseSchema'> = {};
  if (isOn(body.thinking)) {
    const choice = isObject(body.tool_choice) ? body.tool_choice.type : undefined;
    checkAnthropic(
      body.thinking,
      {
        maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
        temperature: body.temperature,
        forcedTool: choice === 'any' || choice === 'tool',
      },
      '',
    );
    extras.reasoning = { signed: true };
  }
  const format = isObject(body.output_config) ? body.output_config.format : undefined;
  if (isObject(format) && format.type === 'json_schema' && isObject(format.schema)) {
    extras.responseSchema = format.schema as JsonSchema;
  }
  return extras;
}
