// Runs ./extract-worker.mjs for one file: a fresh worker thread with a heap cap, stopped after
// `maxExtractMs`. At most MAX_WORKERS run at once (2 cores); further uploads wait their turn.
import { Worker } from 'node:worker_threads';
import { DocumentsError } from './errors.ts';
import { tooComplex, tooMuchText, type UploadLimits } from './limits.ts';

export type ExtractKind = 'txt' | 'md' | 'pdf';

type WorkerAnswer =
  | { text: string }
  | { refused: 'characters'; characters: number }
  | { refused: 'inflated'; inflatedBytes: number }
  | { refused: 'pages'; pages: number }
  | { refused: 'encoding' | 'pdf-unreadable' };

const MAX_WORKERS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Extracted, normalised text (newlines unified, NUL removed, trimmed), or a DocumentsError saying which limit. */
export function extractText(
  title: string,
  kind: ExtractKind,
  bytes: Uint8Array,
  limits: UploadLimits,
): Promise<string> {
  return turn(() => runWorker(title, kind, bytes, limits));
}

function runWorker(title: string, kind: ExtractKind, bytes: Uint8Array, limits: UploadLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    // A copy the worker owns: transferred, not cloned, so the bytes are not held twice.
    const copy = new Uint8Array(bytes);
    const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
      workerData: {
        kind,
        bytes: copy,
        limits: {
          maxInflatedBytes: limits.maxInflatedBytes,
          maxPages: limits.maxPages,
          maxCharacters: limits.maxCharacters,
        },
      },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(tooComplex(title, 'time', 0, limits))), limits.maxExtractMs);
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => {
        const result = textOrRefusal(title, answer, limits);
        if (typeof result === 'string') resolve(result);
        else reject(result);
      }),
    );
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash of the parser: the file is what made it fail.
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooComplex(title, 'memory', 0, limits)
            : unreadable(title, kind === 'pdf' ? 'pdf-unreadable' : 'encoding'),
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(unreadable(title, kind === 'pdf' ? 'pdf-unreadable' : 'encoding'))));
  });
}

/** The text, or the refusal the worker reported as a DocumentsError. */
function textOrRefusal(title: string, answer: WorkerAnswer, limits: UploadLimits): string | DocumentsError {
  if ('text' in answer) return answer.text;
  switch (answer.refused) {
    case 'characters':
      return tooMuchText(title, answer.characters, limits);
    case 'inflated':
      return tooComplex(title, 'inflated', answer.inflatedBytes, limits);
    case 'pages':
      return tooComplex(title, 'pages', answer.pages, limits);
    default:
      return unreadable(title, answer.refused);
  }
}

export function unreadable(title: string, why: 'encoding' | 'pdf-unreadable'): DocumentsError {
  return new DocumentsError({
    code: 'upload-unreadable',
    variable: 'file',
    message: { ja: `「${title}」を読み取れませんでした。`, en: `"${title}" could not be read.` },
    fix:
      why === 'encoding'
        ? {
            ja: 'テキストは UTF-8 で保存してください (Shift_JIS のファイルは、エディタで UTF-8 に変換してから)。',
            en: 'Save text files as UTF-8 (convert Shift_JIS files in your editor first).',
          }
        : {
            ja: 'PDF が壊れているか、パスワードで保護されている可能性があります。保護を外して保存し直してください。',
            en: 'The PDF may be damaged or password-protected. Remove the protection and save it again.',
          },
    status: 422,
  });
}
