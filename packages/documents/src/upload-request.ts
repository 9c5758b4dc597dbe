// Reading an upload request (multipart/form-data, field `file`) with a byte cap that holds whatever the
// request claims: a body sent without Content-Length (chunked) is counted as it arrives and cut off at the
// limit with a 413, instead of being buffered whole or failing as "no file".
import { DocumentsError } from './errors.ts';
import { DEFAULT_UPLOAD_LIMITS, tooLarge, type UploadLimits } from './limits.ts';
import type { UploadInput } from './upload.ts';

/** Multipart framing around the largest file stays well under this. */
const FRAMING_BYTES = 256 * 1024;

export async function readUploadRequest(
  request: Request,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<UploadInput> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new DocumentsError({
      code: 'upload-not-multipart',
      variable: 'file',
      status: 415,
      message: {
        ja: `アップロードは multipart/form-data で送ってください (受け取った Content-Type: ${type.split(';')[0] || 'なし'})。`,
        en: `Uploads must be sent as multipart/form-data (got Content-Type: ${type.split(';')[0] || 'none'}).`,
      },
      fix: {
        ja: 'ファイルはアプリの画面から、またはフォームのフィールド file として送ってください。',
        en: 'Upload from the app, or send the file as the form field "file".',
      },
    });
  }
  const cap = limits.maxBytes + FRAMING_BYTES;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > cap) throw tooLarge(undefined, declared, limits);

  const body = await readCapped(request, cap, limits);
  const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => undefined);
  const file = form?.get('file');
  if (!(file instanceof File)) {
    throw new DocumentsError({
      code: 'upload-unreadable',
      variable: 'file',
      message: {
        ja: 'アップロードするファイル (file) がリクエストにありません。',
        en: 'The request has no file to upload (field "file").',
      },
      fix: { ja: 'ページを再読み込みして、もう一度試してください。', en: 'Reload the page and try again.' },
    });
  }
  return { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function readCapped(request: Request, cap: number, limits: UploadLimits): Promise<Uint8Array<ArrayBuffer>> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      throw tooLarge(undefined, undefined, limits);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
