// A small, deterministic tokenizer. Counts are approximations of real model tokenizers, but they are
// the same everywhere (Converse, ConverseStream, InvokeModel, CountTokens), which is what tests need.

import { memoize } from '../memo.ts';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー';
/** Each piece keeps its leading whitespace, so joining the pieces gives back the text exactly. */
const PIECE = new RegExp(`\\s*(?:[${CJK}]|[\\p{L}\\p{M}\\p{N}_]+|\\S)|\\s+`, 'gu');

export const tokenize = memoize((text: string): readonly string[] => text.match(PIECE) ?? []);

export function countTokens(text: string): number {
  return tokenize(text).length;
}

/** Splits text into stream chunks of 1-4 tokens (a fixed, repeating pattern: deterministic but uneven, like real streams). */
export function chunkText(text: string): string[] {
  const pieces = tokenize(text);
  const sizes = [2, 3, 1, 4, 2, 3];
  const chunks: string[] = [];
  let i = 0;
  let n = 0;
  while (i < pieces.length) {
    const size = sizes[n++ % sizes.length] ?? 2;
    chunks.push(pieces.slice(i, i + size).join(''));
    i += size;
  }
  return chunks;
}

/** Splits a JSON string into fragments, as tool input arrives in a stream. */
export function chunkJson(json: string, size = 12): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += size) chunks.push(json.slice(i, i + size));
  return chunks.length ? chunks : [''];
}
