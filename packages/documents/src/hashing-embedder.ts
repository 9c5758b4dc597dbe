import type { Embedder } from './store.ts';

/**
 * A deterministic, offline embedder for tests and benchmarks: character bigrams hashed into
 * `dimensions` buckets, L2-normalised. Texts sharing words (or, in Japanese, character pairs) point the
 * same way, so similarity search gives meaningful answers without a model.
 */
export function hashingEmbedder(dimensions = 1024, model = 'hashing-bigrams'): Embedder {
  return {
    model,
    dimensions,
    embed: async (texts) => texts.map((text) => embedOne(text, dimensions)),
  };
}

function embedOne(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const chars = [...text.toLowerCase().replace(/\s+/g, ' ')];
  for (let i = 0; i + 1 < chars.length; i++) {
    const bucket = fnv1a(`${chars[i]}${chars[i + 1]}`) % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
