// The Documents API, framework-free so tests drive it with real Requests:
//   GET    /api/documents                   list what the user owns or was shared
//   POST   /api/documents                   upload (multipart, field `file`)
//   DELETE /api/documents/:id               delete (owner only)
//   POST   /api/documents/:id/shares        share with { email } (owner only)
//   DELETE /api/documents/:id/shares        unshare { email } (owner only)
// Every refusal is JSON `{ error: { code, message: {ja,en}, fix: {ja,en} } }` with a fitting status.
import { chatErrorResponse } from '@repo/chat';
import { type DocumentStore, DocumentsError, readUploadRequest } from '@repo/documents';
import { documentUser } from '../documents.ts';
import type { SignedInUser } from '../server/session.ts';

export interface DocumentsDeps {
  user: () => Promise<SignedInUser | null>;
  documents: () => Promise<DocumentStore>;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function problem(error: DocumentsError): Response {
  return json(
    { error: { code: error.code, variable: error.variable, message: error.localized, fix: error.fix } },
    error.status,
    error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {},
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
  const document = (await store.listDocuments(documentUser(user))).find((d) => d.id === id);
  return json({ document });
}

export function createDocumentsHandlers(deps: DocumentsDeps) {
  return {
    list: () =>
      guarded(deps, async (user, store) => json({ documents: await store.listDocuments(documentUser(user)) })),

    upload: (request: Request) =>
      guarded(deps, async (user, store) => {
        // Multipart only, read with a byte cap whatever Content-Length says (413 past the limit).
        const upload = await readUploadRequest(request);
        const document = await store.addDocument(documentUser(user), upload);
        return json({ document }, 201);
      }),

    remove: (id: string) =>
      guarded(deps, async (user, store) => {
        await store.deleteDocument(documentUser(user), id);
        return json({ deleted: id });
      }),

    share: (id: string, request: Request) =>
      guarded(deps, async (user, store) => {
        await store.shareDocument(documentUser(user), id, (await emailFrom(request)) ?? '');
        return documentResponse(store, user, id);
      }),

    unshare: (id: string, request: Request) =>
      guarded(deps, async (user, store) => {
        await store.unshareDocument(documentUser(user), id, (await emailFrom(request)) ?? '');
        return documentResponse(store, user, id);
      }),
  };
}
