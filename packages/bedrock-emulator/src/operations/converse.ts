// Converse and ConverseStream.
import { validation } from '../errors.ts';
import { eventFrame } from '../eventstream.ts';
import { pause } from '../exchange.ts';
import { isObject } from '../json.ts';
import type { ChatReply, ChatRequest } from '../model/chat.ts';
import { scriptedReply } from '../model/scripted-model.ts';
import { chunkJson, chunkText, countTokens } from '../model/tokens.ts';
import { generationMs, isInstant } from '../pacing.ts';
import { latencyMs, type OperationContext } from './context.ts';
import { parseConverseBody } from './converse-input.ts';
import { requireChatModel } from './resolve-model.ts';
import type { StreamEvent } from './stream.ts';
import { writeStream } from './stream.ts';
import { converseExtras } from './thinking.ts';

function usage(reply: ChatReply) {
  return {
    inputTokens: reply.inputTokens,
    outputTokens: reply.outputTokens,
    totalTokens: reply.inputTokens + reply.outputTokens,
  };
}

/** Answers `additionalModelResponseFieldPaths` the way Anthropic models on Bedrock do (the AI SDK asks for `/delta/stop_sequence`). */
function additionalFields(paths: unknown, reply: ChatReply): Record<string, unknown> | undefined {
  if (!Array.isArray(paths) || !paths.includes('/delta/stop_sequence')) return undefined;
  return { delta: { stop_sequence: reply.stopSequence ?? null } };
}

function validateTools(ctx: OperationContext, request: ChatRequest): void {
  if (request.tools.length && ctx.model.entry?.toolUse === false) {
    throw validation("This model doesn't support tool use.");
  }
}

async function prepare(ctx: OperationContext, streaming: boolean) {
  requireChatModel(ctx.model, streaming);
  const body = await ctx.exchange.json(ctx.maxBodyBytes);
  const parsed = parseConverseBody(body);
  const inference = isObject(body.inferenceConfig) ? body.inferenceConfig : {};
  const request: ChatRequest = {
    ...parsed,
    ...converseExtras(ctx.model.entry?.id ?? ctx.model.requested, body.additionalModelRequestFields, {
      maxTokens: parsed.maxTokens,
      temperature: inference.temperature,
      forcedTool: parsed.toolChoice.kind === 'any' || parsed.toolChoice.kind === 'tool',
    }),
  };
  validateTools(ctx, request);
  const queued = ctx.state.takeReply(ctx.operation, ctx.model.requested);
  return { body, reply: scriptedReply(request, queued) };
}

/** Converse's answer before metrics. Amazon Nova's native InvokeModel answer has the same shape. */
export function converseOutput(reply: ChatReply) {
  const content: unknown[] = [];
  if (reply.reasoning) content.push({ reasoningContent: { reasoningText: reply.reasoning } });
  if (reply.text) content.push({ text: reply.text });
  for (const call of reply.toolCalls)
    content.push({ toolUse: { toolUseId: call.id, name: call.name, input: call.input } });
  return { output: { message: { role: 'assistant', content } }, stopReason: reply.stopReason, usage: usage(reply) };
}

export async function converse(ctx: OperationContext): Promise<void> {
  const { body, reply } = await prepare(ctx, false);
  if (!isInstant(ctx.pacing)) await pause(ctx.exchange, generationMs(ctx.pacing, reply.outputTokens));
  const extra = additionalFields(body.additionalModelResponseFieldPaths, reply);
  ctx.exchange.sendJson(200, {
    ...converseOutput(reply),
    metrics: { latencyMs: latencyMs(ctx) },
    ...(extra ? { additionalModelResponseFields: extra } : {}),
  });
}

function converseStreamEvents(reply: ChatReply, extra: Record<string, unknown> | undefined, latency: number) {
  const events: StreamEvent[] = [{ frame: eventFrame('messageStart', { role: 'assistant' }), tokens: 0 }];
  let index = 0;
  if (reply.reasoning) {
    for (const chunk of chunkText(reply.reasoning.text)) {
      events.push({
        frame: eventFrame('contentBlockDelta', {
          contentBlockIndex: index,
          delta: { reasoningContent: { text: chunk } },
        }),
        tokens: Math.max(1, countTokens(chunk)),
      });
    }
    if (reply.reasoning.signature) {
      events.push({
        frame: eventFrame('contentBlockDelta', {
          contentBlockIndex: index,
          delta: { reasoningContent: { signature: reply.reasoning.signature } },
        }),
        tokens: 0,
      });
    }
    events.push({ frame: eventFrame('contentBlockStop', { contentBlockIndex: index }), tokens: 0 });
    index++;
  }
  if (reply.text) {
    for (const chunk of chunkText(reply.text)) {
      events.push({
        frame: eventFrame('contentBlockDelta', { contentBlockIndex: index, delta: { text: chunk } }),
        tokens: Math.max(1, countTokens(chunk)),
      });
    }
    events.push({ frame: eventFrame('contentBlockStop', { contentBlockIndex: index }), tokens: 0 });
    index++;
  }
  for (const call of reply.toolCalls) {
    events.push({
      frame: eventFrame('contentBlockStart', {
        contentBlockIndex: index,
        start: { toolUse: { toolUseId: call.id, name: call.name } },
      }),
      tokens: 0,
    });
    for (const fragment of chunkJson(JSON.stringify(call.input))) {
      events.push({
        frame: eventFrame('contentBlockDelta', { contentBlockIndex: index, delta: { toolUse: { input: fragment } } }),
        tokens: 1,
      });
    }
    events.push({ frame: eventFrame('contentBlockStop', { contentBlockIndex: index }), tokens: 0 });
    index++;
  }
  events.push({
    frame: eventFrame('messageStop', {
      stopReason: reply.stopReason,
      ...(extra ? { additionalModelResponseFields: extra } : {}),
    }),
    tokens: 0,
  });
  events.push({
    frame: eventFrame('metadata', { usage: usage(reply), metrics: { latencyMs: latency } }),
    tokens: 0,
  });
  return events;
}

export async function converseStream(ctx: OperationContext): Promise<void> {
  const { body, reply } = await prepare(ctx, true);
  const extra = additionalFields(body.additionalModelResponseFieldPaths, reply);
  // Includes the modelled generation time, known before the stream starts.
  const latency = latencyMs(ctx, generationMs(ctx.pacing, reply.outputTokens));
  await writeStream(ctx, converseStreamEvents(reply, extra, latency));
}
