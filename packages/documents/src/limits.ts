// How much work one upload may cause, and how much one user may store: every bound has its own
// bilingual refusal, so a user learns which limit their file hit and what to do.
import { DocumentsError } from './errors.ts';

export interface UploadLimits {
  /** Size of the file as uploaded. */
  maxBytes: number;
  /** Decompressed size of a PDF's text-bearing streams (a small "PDF bomb" can inflate to gigabytes). */
  maxInflatedBytes: number;
  maxPages: number;
  /** Characters of extracted text (what is chunked and embedded). */
  maxCharacters: number;
  maxChunks: number;
  /** Time for extraction; the worker is stopped after it. */
  maxExtractMs: number;
  /** Heap of the extraction worker. */
  workerHeapMb: number;
  /** File names longer than this are refused (they become the title). */
  maxFilenameLength: number;
  /** Uploads one user may start per window, and the window. */
  uploadsPerWindow: number;
  windowMs: number;
  /** What one user may keep: documents and their total file size. */
  maxDocumentsPerUser: number;
  maxStoredBytesPerUser: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 16 * 1024 * 1024,
  maxPages: 300,
  maxCharacters: 300_000,
  maxChunks: 600,
  maxExtractMs: 20_000,
  workerHeapMb: 256,
  maxFilenameLength: 200,
  uploadsPerWindow: 10,
  windowMs: 10 * 60_000,
  maxDocumentsPerUser: 100,
  maxStoredBytesPerUser: 50 * 1024 * 1024,
};

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
const count = (n: number) => n.toLocaleString('en-US');

export function tooLarge(title: string | undefined, bytes: number | undefined, limits: UploadLimits): DocumentsError {
  const name = title ? { ja: `「${title}」は`, en: `"${title}" is` } : { ja: 'ファイルが', en: 'The file is' };
  const size = bytes === undefined ? undefined : megabytes(bytes);
  return new DocumentsError({
    code: 'upload-too-large',
    variable: 'file',
    status: 413,
    message: {
      ja: `${name.ja}${size ? ` ${size} MB あり、` : ''}上限の ${megabytes(limits.maxBytes)} MB を超えています。`,
      en: `${name.en} ${size ? `${size} MB, ` : ''}more than the ${megabytes(limits.maxBytes)} MB limit.`,
    },
    fix: {
      ja: 'ファイルを分割するか、小さくしてからアップロードしてください。',
      en: 'Split or shrink the file and upload it again.',
    },
  });
}

export function tooMuchText(title: string, characters: number, limits: UploadLimits): DocumentsError {
  return new DocumentsError({
    code: 'upload-too-much-text',
    variable: 'file',
    status: 413,
    message: {
      ja: `「${title}」の本文は ${count(characters)} 文字あり、1 文書の上限 ${count(limits.maxCharacters)} 文字を超えています。`,
      en: `"${title}" holds ${count(characters)} characters of text, more than the ${count(limits.maxCharacters)} allowed for one document.`,
    },
    fix: {
      ja: '検索に必要な部分だけを、いくつかのファイルに分けてアップロードしてください。',
      en: 'Split it into several files with the parts you want to search, and upload those.',
    },
  });
}

export function tooManyChunks(title: string, chunks: number, limits: UploadLimits): DocumentsError {
  return new DocumentsError({
    code: 'upload-too-much-text',
    variable: 'file',
    status: 413,
    message: {
      ja: `「${title}」は ${count(chunks)} 個の段落に分かれ、1 文書の上限 ${count(limits.maxChunks)} 個を超えています。`,
      en: `"${title}" splits into ${count(chunks)} passages, more than the ${count(limits.maxChunks)} allowed for one document.`,
    },
    fix: {
      ja: 'いくつかのファイルに分けてアップロードしてください。',
      en: 'Split it into several files and upload those.',
    },
  });
}

export function tooComplex(
  title: string,
  reason: 'inflated' | 'pages' | 'time' | 'memory',
  detail: number,
  limits: UploadLimits,
): DocumentsError {
  const message = {
    inflated: {
      ja: `「${title}」は展開すると ${megabytes(detail)} MB を超え、上限の ${megabytes(limits.maxInflatedBytes)} MB を超えています (圧縮を悪用したファイルの可能性があります)。`,
      en: `"${title}" expands to more than ${megabytes(detail)} MB when decompressed, over the ${megabytes(limits.maxInflatedBytes)} MB limit (it may be built to abuse compression).`,
    },
    pages: {
      ja: `「${title}」は ${count(detail)} ページあり、上限の ${count(limits.maxPages)} ページを超えています。`,
      en: `"${title}" has ${count(detail)} pages, more than the ${count(limits.maxPages)} page limit.`,
    },
    memory: {
      ja: `「${title}」の読み取りに必要なメモリーが上限の ${limits.workerHeapMb} MB を超えたため、中止しました。`,
      en: `Reading "${title}" needed more than the ${limits.workerHeapMb} MB of memory allowed and was stopped.`,
    },
    time: {
      ja: `「${title}」の読み取りが ${Math.round(limits.maxExtractMs / 1000)} 秒以内に終わらなかったため、中止しました。`,
      en: `Reading "${title}" did not finish within ${Math.round(limits.maxExtractMs / 1000)} seconds and was stopped.`,
    },
  }[reason];
  return new DocumentsError({
    code: reason === 'pages' ? 'upload-too-many-pages' : 'upload-too-complex',
    variable: 'file',
    status: 422,
    message,
    fix: {
      ja: '必要なページだけを別の PDF に保存するか、テキスト (.txt) に書き出してからアップロードしてください。',
      en: 'Save the pages you need as a separate PDF, or export the text to a .txt file, and upload that.',
    },
  });
}

export function rateLimited(retryAfterSeconds: number, limits: UploadLimits, inFlight: boolean): DocumentsError {
  return new DocumentsError({
    code: 'upload-rate-limited',
    variable: 'file',
    status: 429,
    retryAfterSeconds,
    message: inFlight
      ? {
          ja: '前のアップロードをまだ処理しています。',
          en: 'Your previous upload is still being processed.',
        }
      : {
          ja: `アップロードは ${Math.round(limits.windowMs / 60_000)} 分間に ${limits.uploadsPerWindow} 件までです。`,
          en: `You can upload ${limits.uploadsPerWindow} files per ${Math.round(limits.windowMs / 60_000)} minutes.`,
        },
    fix: {
      ja: `${retryAfterSeconds} 秒ほど待ってから、もう一度アップロードしてください。`,
      en: `Wait about ${retryAfterSeconds} seconds, then upload again.`,
    },
  });
}

export function quotaExceeded(
  kind: 'documents' | 'bytes',
  current: number,
  adding: number,
  limits: UploadLimits,
): DocumentsError {
  return new DocumentsError({
    code: 'storage-quota-exceeded',
    variable: 'file',
    status: 413,
    message:
      kind === 'documents'
        ? {
            ja: `保存できる文書は 1 人 ${limits.maxDocumentsPerUser} 件までで、すでに ${current} 件あります。`,
            en: `Each user can keep ${limits.maxDocumentsPerUser} documents, and you have ${current}.`,
          }
        : {
            ja: `保存済みの ${megabytes(current)} MB にこのファイル (${megabytes(adding)} MB) を加えると、1 人あたりの上限 ${megabytes(limits.maxStoredBytesPerUser)} MB を超えます。`,
            en: `Your ${megabytes(current)} MB of documents plus this file (${megabytes(adding)} MB) would exceed the ${megabytes(limits.maxStoredBytesPerUser)} MB each user can keep.`,
          },
    fix: {
      ja: '使わなくなった文書を削除してから、もう一度アップロードしてください。',
      en: 'Delete documents you no longer need, then upload again.',
    },
  });
}
