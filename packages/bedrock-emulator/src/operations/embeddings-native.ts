// Titan Text Embeddings v1/v2 and Cohere Embed request bodies, as InvokeModel takes them.
import { malformed } from '../errors.ts';
import { embed, toBinary } from '../model/embeddings.ts';
import { countTokens } from '../model/tokens.ts';
import type { ResolvedModel } from './resolve-model.ts';

function rejectExtraKeys(body: Record<string, unknown>, allowed: readonly string[]): void {
  const extra = Object.keys(body).find((k) => !allowed.includes(k));
  if (extra) throw malformed(`extraneous key [${extra}] is not permitted`);
}

function dimensionsFor(model: ResolvedModel, requested: unknown, key: string): number {
  const spec = model.entry?.embedding ?? { defaultDimensions: 1024, allowedDimensions: [1024] };
  if (requested === undefined) return spec.defaultDimensions;
  if (typeof requested !== 'number' || !spec.allowedDimensions.includes(requested)) {
    throw malformed(`#/${key}: ${String(requested)} is not a valid enum value`);
  }
  return requested;
}

export interface EmbeddingResult {
  body: Record<string, unknown>;
  inputTokens: number;
}

export function titanEmbedding(model: ResolvedModel, body: Record<string, unknown>, version: 1 | 2): EmbeddingResult {
  rejectExtraKeys(body, version === 1 ? ['inputText'] : ['inputText', 'dimensions', 'normalize', 'embeddingTypes']);
  const { inputText } = body;
  if (inputText === undefined) throw malformed('#: required key [inputText] not found');
  if (typeof inputText !== 'string') throw malformed('#/inputText: expected type: String');
  if (inputText.length === 0) throw malformed('#/inputText: expected minLength: 1, actual: 0');
  const tokens = countTokens(inputText);
  if (version === 1) {
    return { body: { embedding: embed(inputText, 1536, false), inputTextTokenCount: tokens }, inputTokens: tokens };
  }
  const dimensions = dimensionsFor(model, body.dimensions, 'dimensions');
  if (body.normalize !== undefined && typeof body.normalize !== 'boolean')
    throw malformed('#/normalize: expected type: Boolean');
  const types = body.embeddingTypes ?? ['float'];
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => t !== 'float' && t !== 'binary')) {
    throw malformed('#/embeddingTypes: expected an array of "float" and/or "binary"');
  }
  const vector = embed(inputText, dimensions, body.normalize !== false);
  const byType: Record<string, number[]> = {};
  if (types.includes('float')) byType.float = vector;
  if (types.includes('binary')) byType.binary = toBinary(vector);
  return {
    body: { embedding: types.includes('float') ? vector : null, inputTextTokenCount: tokens, embeddingsByType: byType },
    inputTokens: tokens,
  };
}

const COHERE_INPUT_TYPES = ['search_document', 'search_query', 'classification', 'clustering'];
const COHERE_EMBEDDING_TYPES = ['float', 'int8', 'uint8', 'binary', 'ubinary'];

function quantize(vector: number[], type: string): number[] {
  const max = Math.max(...vector.map(Math.abs)) || 1;
  switch (type) {
    case 'int8':
      return vector.map((v) => Math.round((v / max) * 127));
    case 'uint8':
      return vector.map((v) => Math.round((v / max) * 127) + 128);
    case 'binary':
    case 'ubinary': {
      const bits = toBinary(vector);
      const bytes: number[] = [];
      for (let i = 0; i < bits.length; i += 8) {
        let byte = 0;
        for (let j = 0; j < 8; j++) byte = (byte << 1) | (bits[i + j] ?? 0);
        bytes.push(type === 'binary' ? byte - 128 : byte);
      }
      return bytes;
    }
    default:
      return vector;
  }
}

export function cohereEmbedding(
  model: ResolvedModel,
  body: Record<string, unknown>,
  requestId: string,
): EmbeddingResult {
  const v4 = /embed-v4/.test(model.entry?.id ?? model.requested);
  rejectExtraKeys(body, [
    'texts',
    'input_type',
    'truncate',
    'embedding_types',
    'output_dimension',
    'images',
    'inputs',
    'max_tokens',
  ]);
  const { texts } = body;
  if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string'))
    throw malformed('#: required key [texts] not found');
  if (texts.length === 0 || texts.length > 96)
    throw malformed(`#/texts: expected between 1 and 96 items, found ${texts.length}`);
  if (typeof body.input_type !== 'string' || !COHERE_INPUT_TYPES.includes(body.input_type)) {
    throw malformed(`#/input_type: ${String(body.input_type)} is not a valid enum value`);
  }
  const types = body.embedding_types;
  if (types !== undefined && (!Array.isArray(types) || types.some((t) => !COHERE_EMBEDDING_TYPES.includes(t)))) {
    throw malformed('#/embedding_types: expected an array of float, int8, uint8, binary, ubinary');
  }
  if (!v4 && body.output_dimension !== undefined) throw malformed('extraneous key [output_dimension] is not permitted');
  const dimensions = dimensionsFor(model, body.output_dimension, 'output_dimension');
  const vectors = (texts as string[]).map((t) => embed(t, dimensions, true));
  const inputTokens = (texts as string[]).reduce((n, t) => n + countTokens(t), 0);
  const byType = v4 || types !== undefined;
  const embeddings = byType
    ? Object.fromEntries(
        ((types as string[] | undefined) ?? ['float']).map((t) => [t, vectors.map((v) => quantize(v, t))]),
      )
    : vectors;
  return {
    body: {
      id: requestId,
      texts,
      embeddings,
      response_type: byType ? 'embeddings_by_type' : 'embeddings_floats',
    },
    inputTokens,
  };
}
