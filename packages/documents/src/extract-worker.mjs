// Text extraction of one upload, in a worker thread: pdf.js (through unpdf) and large decodes run here, never
// on the server's event loop, so other users' requests stay fast while a hostile file is being read. The
// worker is started for one file and ended afterwards, so its memory goes back to the system.
// Plain JavaScript with no relative imports: it is loaded as it is, also from a bundled app.

import { parentPort, workerData } from 'node:worker_threads';
import { constants, inflateSync } from 'node:zlib';

/** @typedef {{ maxInflatedBytes: number; maxPages: number; maxCharacters: number }} WorkerLimits */

const { kind, bytes, limits } = /** @type {{ kind: 'txt' | 'md' | 'pdf'; bytes: Uint8Array; limits: WorkerLimits }} */ (
  workerData
);

/** @param {Record<string, unknown>} message */
const reply = (message) => parentPort?.postMessage(message);

/** @param {Uint8Array} data */
function utf8Text(data) {
  // fatal: a Shift_JIS or binary file is refused instead of being stored as mojibake.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
}

/**
 * @param {Uint8Array} data
 * @param {WorkerLimits} limits
 */
async function pdfText(data, limits) {
  const inflated = textStreamBytes(data, limits.maxInflatedBytes);
  if (inflated > limits.maxInflatedBytes) {
    reply({ refused: 'inflated', inflatedBytes: inflated });
    return undefined;
  }
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  if (pdf.numPages > limits.maxPages) {
    reply({ refused: 'pages', pages: pdf.numPages });
    return undefined;
  }
  const { text } = await extractText(pdf, { mergePages: false });
  return text.join('\n\n');
}

const STREAM = /stream\r?\n/g;
/** Streams pdf.js does not decode to read text: images and embedded font programs. */
const NOT_TEXT = /\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)\b|\/Length[123]\b/;

/**
 * Decompressed size of the streams that can hold text (page contents, forms, object streams), counted with
 * zlib's output cap so a small file that inflates to gigabytes never gets that far. Stops past `budget`.
 * @param {Uint8Array} data
 * @param {number} budget
 */
function textStreamBytes(data, budget) {
  const source = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const latin1 = source.toString('latin1');
  let total = 0;
  for (const match of latin1.matchAll(STREAM)) {
    const start = match.index + match[0].length;
    const end = latin1.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = latin1.slice(Math.max(0, latin1.lastIndexOf(' obj', match.index)), match.index);
    if (!/\/FlateDecode\b/.test(dictionary) || NOT_TEXT.test(dictionary)) continue;
    try {
      total += inflateSync(source.subarray(start, end), {
        maxOutputLength: budget - total + 1,
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      // Past the cap: zlib stops and says so. Any other failure is pdf.js's to judge.
      if (/** @type {{ code?: string }} */ (error).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    }
    if (total > budget) return total;
  }
  return total;
}

// Last, so the constants above are initialised before the top-level await runs.
try {
  const text = kind === 'pdf' ? await pdfText(bytes, limits) : utf8Text(bytes);
  if (text !== undefined) {
    const normalized = text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
    if (normalized.length > limits.maxCharacters) reply({ refused: 'characters', characters: normalized.length });
    else reply({ text: normalized });
  }
} catch {
  reply({ refused: kind === 'pdf' ? 'pdf-unreadable' : 'encoding' });
}
