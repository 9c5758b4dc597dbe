import { createHash } from 'node:crypto';
import { DocumentsError } from './errors.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

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

/** Checks type and size, then extracts the text. Throws DocumentsError with a bilingual reason. */
export async function extractUpload(input: UploadInput): Promise<ExtractedDocument> {
  const title = input.filename.split(/[\\/]/).pop()?.trim() || 'untitled';
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
  if (input.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new DocumentsError({
      code: 'upload-too-large',
      variable: 'file',
      message: {
        ja: `「${title}」は ${megabytes(input.bytes.byteLength)} MB あり、上限の 10 MB を超えています。`,
        en: `"${title}" is ${megabytes(input.bytes.byteLength)} MB, more than the 10 MB limit.`,
      },
      fix: {
        ja: 'ファイルを分割するか、小さくしてからアップロードしてください。',
        en: 'Split or shrink the file and upload it again.',
      },
      status: 413,
    });
  }
  const raw = kind === 'pdf' ? await pdfText(title, input.bytes) : utf8Text(title, input.bytes);
  const text = normalizeText(raw);
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

function kindOf(filename: string): DocumentKind | undefined {
  const extension = filename.toLowerCase().split('.').pop();
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'pdf') return 'pdf';
  return undefined;
}

function utf8Text(title: string, bytes: Uint8Array): string {
  try {
    // fatal: a Shift_JIS or binary file is refused instead of being stored as mojibake.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unreadable(title, {
      ja: 'テキストは UTF-8 で保存してください (Shift_JIS のファイルは、エディタで UTF-8 に変換してから)。',
      en: 'Save text files as UTF-8 (convert Shift_JIS files in your editor first).',
    });
  }
}

async function pdfText(title: string, bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    await pdf.loadingTask.destroy();
    return text.join('\n\n');
  } catch {
    throw unreadable(title, {
      ja: 'PDF が壊れているか、パスワードで保護されている可能性があります。保護を外して保存し直してください。',
      en: 'The PDF may be damaged or password-protected. Remove the protection and save it again.',
    });
  }
}

function unreadable(title: string, fix: { ja: string; en: string }): DocumentsError {
  return new DocumentsError({
    code: 'upload-unreadable',
    variable: 'file',
    message: { ja: `「${title}」を読み取れませんでした。`, en: `"${title}" could not be read.` },
    fix,
    status: 422,
  });
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
