import { createHash } from 'node:crypto';
import { DocumentsError } from './errors.ts';
import { extractText } from './extract.ts';
import { DEFAULT_UPLOAD_LIMITS, tooLarge, type UploadLimits } from './limits.ts';

/** The largest file accepted by default (see UploadLimits.maxBytes). */
export const MAX_UPLOAD_BYTES = DEFAULT_UPLOAD_LIMITS.maxBytes;

export type DocumentKind = 'txt' | 'md' | 'pdf';

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  pdf: 'application/pdf',
};

export interface UploadInput {
  filename: string;
  bytes: Uint8Array;
}

export interface ExtractedDocument {
  title: string;
  kind: DocumentKind;
  mediaType: string;
  sizeBytes: number;
  text: string;
  /** SHA-256 of the extracted text (newlines normalised), so the same content is found again whatever the file name. */
  contentHash: string;
}

/**
 * Checks name, type and size, then extracts the text in a worker thread within `limits` (pages, decompressed
 * size, characters, time, memory). Throws DocumentsError with a bilingual reason.
 */
export async function extractUpload(
  input: UploadInput,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<ExtractedDocument> {
  const title = checkTitle(input.filename, limits);
  const kind = kindOf(title);
  if (!kind) {
    throw new DocumentsError({
      code: 'upload-type-unsupported',
      variable: 'file',
      message: {
        ja: `「${title}」は対応していない形式です。`,
        en: `"${title}" is not a supported file type.`,
      },
      fix: {
        ja: 'テキスト (.txt)、Markdown (.md)、PDF (.pdf) のファイルを選んでください。',
        en: 'Choose a text (.txt), Markdown (.md) or PDF (.pdf) file.',
      },
      status: 415,
    });
  }
  if (input.bytes.byteLength > limits.maxBytes) throw tooLarge(title, input.bytes.byteLength, limits);
  const text = await extractText(title, kind, input.bytes, limits);
  if (!text) {
    throw new DocumentsError({
      code: 'upload-empty',
      variable: 'file',
      message: { ja: `「${title}」から文字を取り出せませんでした。`, en: `No text could be read from "${title}".` },
      fix: {
        ja: '中身が空でないか確認してください。画像だけの PDF (スキャン) は、文字認識 (OCR) をかけてからアップロードしてください。',
        en: 'Check that the file is not empty. A PDF of scanned images needs text recognition (OCR) before upload.',
      },
      status: 422,
    });
  }
  return {
    title,
    kind,
    mediaType: MEDIA_TYPES[kind],
    sizeBytes: input.bytes.byteLength,
    text,
    contentHash: hashText(text),
  };
}

/** Newlines unified, NUL bytes (which Postgres text refuses) removed, outer blank space trimmed. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
}

export function hashText(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The file name without folders; control characters (a NUL byte breaks Postgres text) and very long names are refused. */
function checkTitle(filename: string, limits: UploadLimits): string {
  const title = filename.split(/[\\/]/).pop()?.trim() || 'untitled';
  if (CONTROL.test(title) || title.length > limits.maxFilenameLength) {
    throw new DocumentsError({
      code: 'upload-filename-invalid',
      variable: 'file',
      message: CONTROL.test(title)
        ? {
            ja: 'ファイル名に制御文字 (NUL など) が含まれています。',
            en: 'The file name contains control characters (such as NUL).',
          }
        : {
            ja: `ファイル名が ${title.length.toLocaleString('en-US')} 文字あり、上限の ${limits.maxFilenameLength} 文字を超えています。`,
            en: `The file name has ${title.length.toLocaleString('en-US')} characters, more than the ${limits.maxFilenameLength} allowed.`,
          },
      fix: {
        ja: 'ファイル名を短い普通の名前に変えてから、もう一度アップロードしてください。',
        en: 'Rename the file to a short, plain name and upload it again.',
      },
    });
  }
  return title;
}

function kindOf(filename: string): DocumentKind | undefined {
  const extension = filename.toLowerCase().split('.').pop();
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'pdf') return 'pdf';
  return undefined;
}
