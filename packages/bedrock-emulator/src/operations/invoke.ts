// InvokeModel and InvokeModelWithResponseStream, in each model family's native body format.
import { validation } from '../errors.ts';
import { eventFrame } from '../eventstream.ts';
import { pause } from '../exchange.ts';
import type { ChatReply, ChatRequest } from '../model/chat.ts';
import { scriptedReply } from '../model/scripted-model.ts';
import { chunkJson, chunkText, countTokens } from '../model/tokens.ts';
import { generationMs, isInstant } from '../pacing.ts';
import {
  anthropicContent,
  anthropicId,
  anthropicMessage,
  anthropicModelName,
  anthropicUsage,
  parseAnthropicBody,
} from './anthropic.ts';
import { latencyMs, type OperationContext } from './context.ts';
import { converseOutput } from './converse.ts';
import { parseConverseBody } from './converse-input.ts';
import { cohereEmbedding, titanEmbedding } from './embeddings-native.ts';
import {
  mistralTextResponse,
  parseTextBody,
  type TextFamily,
  textFamilyOf,
  textResponse,
  textStreamChunks,
} from './native-text.ts';
import { familyOf } from './resolve-model.ts';
import { type StreamEvent, writeStream } from './stream.ts';

const UNSUPPORTED =
  "The emulator does not model this provider's native InvokeModel format. Use Converse, or a Claude, Nova, Llama, Mistral, Cohere Command R, DeepSeek, gpt-oss, Titan Embeddings or Cohere Embed model.";

function invocationHeaders(input: number, output: number, latencyMs: number): Record<string, string> {
  return {
    'x-amzn-bedrock-input-token-count': String(input),
    'x-amzn-bedrock-output-token-count': String(output),
    'x-amzn-bedrock-invocation-latency': String(latencyMs),
  };
}

/** Nova's native body is Converse's, with `max_new_tokens` in `inferenceConfig`. */
function parseNovaBody(body: Record<string, unknown>): ChatRequest {
  const { schemaVersion: _version, inferenceConfig, ...rest } = body;
  const config =
    typeof inferenceConfig === 'object' && inferenceConfig !== null
      ? { ...(inferenceConfig as Record<string, unknown>) }
      : undefined;
  if (config && 'max_new_tokens' in config) {
    config.maxTokens = config.max_new_tokens;
    delete config.max_new_tokens;
  }
  return parseConverseBody({ ...rest, ...(config ? { inferenceConfig: config } : {}) });
}

function chatFamily(ctx: OperationContext, body: Record<string, unknown>) {
  const family = familyOf(ctx.model);
  if (family === 'anthropic') return { family, request: parseAnthropicBody(body) } as const;
  if (family === 'nova') return { family, request: parseNovaBody(body) } as const;
  const text = textFamilyOf(modelIdOf(ctx));
  if (text) return { family: text, request: parseTextBody(text, body, modelIdOf(ctx)) } as const;
  return undefined;
}

const modelIdOf = (ctx: OperationContext) => ctx.model.entry?.id ?? ctx.model.requested;
/** Mistral's prompt bodies (text completion) are answered differently from its `messages` bodies (chat). */
const promptStyle = (body: Record<string, unknown>) => body.messages === undefined;

export async function invoke(ctx: OperationContext): Promise<void> {
  const body = await ctx.exchange.json(ctx.maxBodyBytes, false);
  const family = familyOf(ctx.model);
  if (family === 'titan-embed-v1' || family === 'titan-embed-v2' || family === 'cohere-embed') {
    const result =
      family === 'cohere-embed'
        ? cohereEmbedding(ctx.model, body, ctx.exchange.requestId)
        : titanEmbedding(ctx.model, body, family === 'titan-embed-v1' ? 1 : 2);
    ctx.exchange.sendJson(200, result.body, invocationHeaders(result.inputTokens, 0, latencyMs(ctx)));
    return;
  }
  const chat = chatFamily(ctx, body);
  if (!chat) throw validation(UNSUPPORTED);
  const reply = scriptedReply(chat.request, ctx.state.takeReply(ctx.operation, ctx.model.requested));
  if (!isInstant(ctx.pacing)) await pause(ctx.exchange, generationMs(ctx.pacing, reply.outputTokens));
  const payload =
    chat.family === 'anthropic'
      ? anthropicMessage(reply, modelIdOf(ctx), messageId(ctx))
      : chat.family === 'nova'
        ? converseOutput(reply)
        : chat.family === 'mistral' && promptStyle(body)
          ? mistralTextResponse(reply)
          : textResponse(chat.family, reply, modelIdOf(ctx), ctx.exchange.requestId);
  ctx.exchange.sendJson(200, payload, invocationHeaders(reply.inputTokens, reply.outputTokens, latencyMs(ctx)));
}

function messageId(ctx: OperationContext): string {
  return anthropicId('msg', ctx.exchange.requestId);
}

const chunk = (event: unknown, tokens = 0): StreamEvent => ({
  frame: eventFrame('chunk', { bytes: Buffer.from(JSON.stringify(event), 'utf8').toString('base64') }),
  tokens,
});

function anthropicEvents(ctx: OperationContext, reply: ChatReply, latencyMs: number): StreamEvent[] {
  const modelId = ctx.model.entry?.id ?? ctx.model.requested;
  const events: StreamEvent[] = [
    chunk({
      type: 'message_start',
      message: {
        id: messageId(ctx),
        type: 'message',
        role: 'assistant',
        model: anthropicModelName(modelId),
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: anthropicUsage(reply.inputTokens, 1),
      },
    }),
  ];
  const blocks = anthropicContent(reply) as (
    | { type: 'thinking'; thinking: string; signature: string }
    | { type: 'text'; text: string }
    | { type: 'tool_use'; id: string; name: string; input: unknown }
  )[];
  blocks.forEach((block, index) => {
    if (block.type === 'thinking') {
      events.push(
        chunk({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } }),
      );
      for (const piece of chunkText(block.thinking)) {
        events.push(
          chunk(
            { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: piece } },
            countTokens(piece),
          ),
        );
      }
      events.push(
        chunk({ type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: block.signature } }),
      );
    } else if (block.type === 'text') {
      events.push(chunk({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } }));
      for (const piece of chunkText(block.text)) {
        events.push(
          chunk({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } }, countTokens(piece)),
        );
      }
    } else {
      events.push(
        chunk({
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        }),
      );
      for (const piece of chunkJson(JSON.stringify(block.input))) {
        events.push(
          chunk({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: piece } }, 1),
        );
      }
    }
    events.push(chunk({ type: 'content_block_stop', index }));
  });
  events.push(
    chunk({
      type: 'message_delta',
      delta: { stop_reason: reply.stopReason, stop_sequence: reply.stopSequence ?? null },
      usage: { output_tokens: reply.outputTokens },
    }),
    chunk({
      type: 'message_stop',
      'amazon-bedrock-invocationMetrics': {
        inputTokenCount: reply.inputTokens,
        outputTokenCount: reply.outputTokens,
        invocationLatency: latencyMs,
        firstByteLatency: Math.max(1, Math.round(ctx.pacing.firstTokenMs)),
      },
    }),
  );
  return events;
}

function novaEvents(reply: ChatReply, latencyMs: number): StreamEvent[] {
  const events: StreamEvent[] = [chunk({ messageStart: { role: 'assistant' } })];
  let index = 0;
  if (reply.text) {
    for (const piece of chunkText(reply.text)) {
      events.push(
        chunk({ contentBlockDelta: { delta: { text: piece }, contentBlockIndex: index } }, countTokens(piece)),
      );
    }
    events.push(chunk({ contentBlockStop: { contentBlockIndex: index++ } }));
  }
  for (const call of reply.toolCalls) {
    events.push(
      chunk({
        contentBlockStart: { start: { toolUse: { toolUseId: call.id, name: call.name } }, contentBlockIndex: index },
      }),
    );
    events.push(
      chunk(
        { contentBlockDelta: { delta: { toolUse: { input: JSON.stringify(call.input) } }, contentBlockIndex: index } },
        1,
      ),
    );
    events.push(chunk({ contentBlockStop: { contentBlockIndex: index++ } }));
  }
  events.push(chunk({ messageStop: { stopReason: reply.stopReason } }));
  events.push(
    chunk({
      metadata: {
        usage: { inputTokens: reply.inputTokens, outputTokens: reply.outputTokens },
        metrics: {},
        trace: {},
      },
      'amazon-bedrock-invocationMetrics': {
        inputTokenCount: reply.inputTokens,
        outputTokenCount: reply.outputTokens,
        invocationLatency: latencyMs,
        firstByteLatency: 1,
      },
    }),
  );
  return events;
}

/** Llama, Mistral, Cohere, DeepSeek and gpt-oss streams: the last chunk carries Bedrock's invocation metrics. */
function textEvents(
  ctx: OperationContext,
  family: TextFamily,
  reply: ChatReply,
  prompt: boolean,
  latencyMs: number,
): StreamEvent[] {
  const chunks = textStreamChunks(family, reply, prompt, modelIdOf(ctx), ctx.exchange.requestId);
  return chunks.map(({ payload, tokens }, i) =>
    chunk(
      i === chunks.length - 1
        ? {
            ...payload,
            'amazon-bedrock-invocationMetrics': {
              inputTokenCount: reply.inputTokens,
              outputTokenCount: reply.outputTokens,
              invocationLatency: latencyMs,
              firstByteLatency: Math.max(1, Math.round(ctx.pacing.firstTokenMs)),
            },
          }
        : payload,
      tokens,
    ),
  );
}

export async function invokeStream(ctx: OperationContext): Promise<void> {
  const body = await ctx.exchange.json(ctx.maxBodyBytes, false);
  if (ctx.model.entry?.kind === 'embedding') throw validation('The model is unsupported for streaming.');
  const chat = chatFamily(ctx, body);
  if (!chat) throw validation(UNSUPPORTED);
  const reply = scriptedReply(chat.request, ctx.state.takeReply(ctx.operation, ctx.model.requested));
  const latency = latencyMs(ctx, generationMs(ctx.pacing, reply.outputTokens));
  const events =
    chat.family === 'anthropic'
      ? anthropicEvents(ctx, reply, latency)
      : chat.family === 'nova'
        ? novaEvents(reply, latency)
        : textEvents(ctx, chat.family, reply, promptStyle(body), latency);
  await writeStream(ctx, events, { 'x-amzn-bedrock-content-type': 'application/json' });
}
