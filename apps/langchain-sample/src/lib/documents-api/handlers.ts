// The Documents API, framework-free so tests drive it with real Requests:
//   GET    /api/documents                   list what the user owns or was shared
//   POST   /api/documents                   upload (multipart, field `file`)
//   DELETE /api/documents/:id               delete (owner only)
//   POST   /api/documents/:id/shares        share with { email } (owner only)
//   DELETE /api/documents/:id/shares        unshare { email } (owner only)
// Every refusal is JSON `{ error: { code, message: {ja,en}, fix: {ja,en} } }` with a fitting status.
import { type DocumentStore, DocumentsError, MAX_UPLOAD_BYTES } from '@repo/documents';
import { chatErrorResponse } from '@repo/ui/server';
import type { SignedInUser } from '../server/session.ts';

export interface DocumentsDeps {
  user: () => Promise<SignedInUser | null>;
  documents: () => Promise<DocumentStore>;
}

/** Multipart framing around a 10 MB file stays well under this. */
const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 256 * 1024;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function problem(error: DocumentsError): Response {
  return json(
    { error: { code: error.code, variable: error.variable, message: error.localized, fix: error.fix } },
    error.status,
  );
}

function badRequest(field: string, message: { ja: string; en: string }): Response {
  return problem(
    new DocumentsError({
      code: 'upload-unreadable',
      variable: field,
      message,
      fix: { ja: 'ページを再読み込みして、もう一度試してください。', en: 'Reload the page and try again.' },
    }),
  );
}

async function guarded(deps: DocumentsDeps, work: (user: SignedInUser, store: DocumentStore) => Promise<Response>) {
  const user = await deps.user();
  if (!user) return chatErrorResponse({ code: 'unauthenticated' });
  try {
    return await work(user, await deps.documents());
  } catch (error) {
    if (error instanceof DocumentsError) return problem(error);
    console.error('documents request failed:', error instanceof Error ? error.message : error);
    return json(
      {
        error: {
          code: 'unknown',
          message: { ja: '予期しないエラーが発生しました。', en: 'Something unexpected went wrong.' },
          fix: {
            ja: '再試行してください。続く場合はサーバーのログを確認してください。',
            en: 'Retry. If it keeps happening, check the server log.',
          },
        },
      },
      500,
    );
  }
}

async function emailFrom(request: Request): Promise<string | undefined> {
  const body = (await request.json().catch(() => undefined)) as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email : undefined;
}

/** The document as its owner now sees it (with the updated share list). */
async function documentResponse(store: DocumentStore, user: SignedInUser, id: string): Promise<Response> {
  const document = (await store.listDocuments(user.documents)).find((d) => d.id === id);
  return json({ document });
}

export function createDocumentsHandlers(deps: DocumentsDeps) {
  return {
    list: () => guarded(deps, async (user, store) => json({ documents: await store.listDocuments(user.documents) })),

    upload: (request: Request) =>
      guarded(deps, async (user, store) => {
        const declared = Number(request.headers.get('content-length') ?? 0);
        if (declared > MAX_UPLOAD_REQUEST_BYTES) {
          return problem(
            new DocumentsError({
              code: 'upload-too-large',
              variable: 'file',
              status: 413,
              message: {
                ja: 'ファイルが上限の 10 MB を超えています。',
                en: 'The file is larger than the 10 MB limit.',
              },
              fix: {
                ja: 'ファイルを分割するか、小さくしてからアップロードしてください。',
                en: 'Split or shrink the file and upload it again.',
              },
            }),
          );
        }
        const form = await request.formData().catch(() => undefined);
        const file = form?.get('file');
        if (!(file instanceof File)) {
          return badRequest('file', {
            ja: 'アップロードするファイル (file) がリクエストにありません。',
            en: 'The request has no file to upload (field "file").',
          });
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const document = await store.addDocument(user.documents, { filename: file.name, bytes });
        return json({ document }, 201);
      }),

    remove: (id: string) =>
      guarded(deps, async (user, store) => {
        await store.deleteDocument(user.documents, id);
        return json({ deleted: id });
      }),

    share: (id: string, request: Request) =>
      guarded(deps, async (user, store) => {
        await store.shareDocument(user.documents, id, (await emailFrom(request)) ?? '');
        return documentResponse(store, user, id);
      }),

    unshare: (id: string, request: Request) =>
      guarded(deps, async (user, store) => {
        await store.unshareDocument(user.documents, id, (await emailFrom(request)) ?? '');
        return documentResponse(store, user, id);
      }),
  };
}
