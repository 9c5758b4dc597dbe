// CountTokens: the input tokens a Converse or InvokeModel request would use, without running it.
import { malformed, validation } from '../errors.ts';
import { isObject } from '../json.ts';
import { inputTokens } from '../model/scripted-model.ts';
import { parseAnthropicBody } from './anthropic.ts';
import type { OperationContext } from './context.ts';
import { parseConverseBody } from './converse-input.ts';
import { familyOf } from './resolve-model.ts';

export async function countTokensOperation(ctx: OperationContext): Promise<void> {
  const body = await ctx.exchange.json(ctx.maxBodyBytes);
  if (familyOf(ctx.model) !== 'anthropic') throw validation("The provided model doesn't support counting tokens.");
  const input = body.input;
  if (!isObject(input)) {
    throw validation(
      "1 validation error detected: Value null at 'input' failed to satisfy constraint: Member must not be null",
    );
  }
  let tokens: number;
  if (isObject(input.converse)) {
    tokens = inputTokens(parseConverseBody(input.converse));
  } else if (isObject(input.invokeModel) && typeof input.invokeModel.body === 'string') {
    let native: unknown;
    try {
      native = JSON.parse(Buffer.from(input.invokeModel.body, 'base64').toString('utf8'));
    } catch {
      throw malformed();
    }
    if (!isObject(native)) throw malformed();
    tokens = inputTokens(parseAnthropicBody(native));
  } else {
    throw malformed();
  }
  ctx.exchange.sendJson(200, { inputTokens: tokens });
}
