/** Where text may be split, best first: paragraphs, lines, sentence ends (Japanese and Latin), clause marks, spaces. */
const BOUNDARIES: readonly RegExp[] = [
  /\n{2,}/g,
  /\n/g,
  /(?<=[。．！？!?])|(?<=\.)(?=\s)/g,
  /(?<=[、，,;；])/g,
  /(?<=\s)/g,
];

export interface ChunkOptions {
  /** Most characters in one chunk. Characters, not words: Japanese has no spaces. */
  size?: number;
  /** Characters repeated from the end of one chunk at the start of the next, so a fact split across a border is still found. */
  overlap?: number;
}

export const DEFAULT_CHUNK_SIZE = 800;
export const DEFAULT_CHUNK_OVERLAP = 120;

/**
 * Splits text into chunks of at most `size` characters, cutting at the strongest boundary that fits
 * (paragraph, line, `。`/`.` sentence end, `、`/`,`, space) and only mid-word when nothing else fits.
 * Consecutive chunks share about `overlap` characters.
 */
export function chunkText(text: string, options: ChunkOptions = {}): string[] {
  const size = options.size ?? DEFAULT_CHUNK_SIZE;
  const overlap = Math.min(options.overlap ?? DEFAULT_CHUNK_OVERLAP, Math.floor(size / 2));
  if (size < 20) throw new RangeError('chunk size must be at least 20 characters');
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (!normalized) return [];

  const chunks: string[] = [];
  let start = 0;
  while (start < normalized.length) {
    const end = start + size >= normalized.length ? normalized.length : cutPoint(normalized, start, start + size);
    const piece = normalized.slice(start, end).trim();
    if (piece) chunks.push(piece);
    if (end >= normalized.length) break;
    // Step back by `overlap`, but start the next chunk on a boundary when one is near, and always move forward.
    start = Math.max(overlapStart(normalized, end, overlap), start + 1);
  }
  return chunks;
}

/** The last strong boundary in (from + half, to], else `to`. */
function cutPoint(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  const minimum = Math.floor(window.length / 2);
  for (const boundary of BOUNDARIES) {
    let best = -1;
    for (const match of window.matchAll(boundary)) {
      const at = match.index + match[0].length;
      if (at > minimum) best = at;
    }
    if (best > 0) return from + best;
  }
  return to;
}

function overlapStart(text: string, end: number, overlap: number): number {
  if (overlap <= 0) return end;
  const from = end - overlap;
  const window = text.slice(from, end);
  // Prefer beginning the overlap right after a sentence end or a space inside the overlap window.
  const match = /[。．！？!?.\n]\s*|\s/.exec(window);
  return match ? from + match.index + match[0].length : from;
}
