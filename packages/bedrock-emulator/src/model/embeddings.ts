// Deterministic embeddings with meaning: each word (and, for Japanese, each character bigram) adds a
// fixed pseudo-random direction, so texts sharing words point the same way and unrelated texts are
// nearly orthogonal.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const CJK_RUN = new RegExp(`${CJK_CHAR.source}+`, 'gu');

function features(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const found: string[] = [];
  for (const word of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!CJK_CHAR.test(word)) found.push(`w:${word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word}`);
  }
  for (const run of lower.match(CJK_RUN) ?? []) {
    if (run.length === 1) found.push(`c:${run}`);
    for (let i = 0; i + 2 <= run.length; i++) found.push(`c:${run.slice(i, i + 2)}`);
  }
  return found;
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Adds the feature's fixed direction (xorshift32 seeded by the feature) to `vector`. */
function addDirection(vector: Float64Array, feature: string, weight: number): void {
  let state = hash32(feature) || 1;
  for (let i = 0; i < vector.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    vector[i] = (vector[i] ?? 0) + ((state >>> 0) / 0x100000000 - 0.5) * weight;
  }
}

/** A background direction shared by every text, so even unrelated texts are not exactly orthogonal. */
const BACKGROUND = 'background';

export function embed(text: string, dimensions: number, normalize: boolean): number[] {
  const vector = new Float64Array(dimensions);
  addDirection(vector, BACKGROUND, 0.3);
  const counts = new Map<string, number>();
  for (const f of features(text)) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [feature, count] of counts) addDirection(vector, feature, 1 + Math.log(count));
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  // Unnormalised vectors keep a magnitude that grows with the text, like real models' raw output.
  const scale = normalize ? 1 / norm : 1 / Math.sqrt(dimensions / 12);
  return Array.from(vector, (v) => Math.round(v * scale * 1e7) / 1e7);
}

export function toBinary(vector: readonly number[]): number[] {
  return vector.map((v) => (v > 0 ? 1 : 0));
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return dot / (Math.sqrt(na) * Math.sqrt(nb) || 1);
}
