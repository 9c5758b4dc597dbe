// The samples' Documents API, framework-free so tests drive it with real Requests:
//   GET    /api/documents                   list what the user owns or was shared
//   POST   /api/documents                   upload (multipart, field `file`)
//   DELETE /api/documents/:id               delete (owner only)
//   POST   /api/documents/:id/shares        share with { email } (owner only)
//   DELETE /api/documents/:id/shares        unshare { email } (owner only)
// Every refusal is JSON `{ error: { code, message: {ja,en}, fix: {ja,en} } }` with a fitting status.
//
// Who may read a document in a search is decided by FGA (tuples: `owner` on upload, `viewer` on share); the database
// is the record and keeps its own owner check on every change. The database is written first, then FGA; when the
// FGA write fails, a change that grants access is undone in the database (upload, share, unshare: the owner sees the
// state FGA has and gets a 503 naming the problem), while a delete stands: the document is gone, so a tuple it leaves
// behind grants nothing (searches start from the documents that exist).
import type { DocumentAccess, DocumentTuples } from '@repo/auth/fga';
import { type DocumentStore, DocumentsError, type DocumentUser, readUploadRequest } from '@repo/documents';
import { chatErrorResponse } from '../responses.ts';

export interface DocumentsDeps {
  /** The signed-in user as the documents' rules see them (verified e-mail only), or null. */
  user: () => Promise<DocumentUser | null>;
  documents: () => Promise<DocumentStore>;
  tuples: () => Promise<DocumentTuples>;
  /** Where failures nobody can fix from the browser are reported (default console.error). */
  log?: (message: string) => void;
}

/** Refusals a user or operator can act on: DocumentsError and @repo/auth's FgaProblem have this shape. */
interface Explained {
  code: string;
  status: number;
  variable?: string;
  localized: { ja: string; en: string };
  fix: { ja: string; en: string };
  retryAfterSeconds?: number;
}

function explained(error: unknown): error is Explained {
  if (error instanceof DocumentsError) return true;
  return (error as { name?: string })?.name === 'FgaProblem';
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

function problem(error: Explained): Response {
  return json(
    { error: { code: error.code, variable: error.variable, message: error.localized, fix: error.fix } },
    error.status,
    error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {},
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function emailFrom(request: Request): Promise<string | undefined> {
  const body = (await request.json().catch(() => undefined)) as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email : undefined;
}

export function createDocumentsHandlers(deps: DocumentsDeps) {
  const log = deps.log ?? ((message: string) => console.error(message));

  async function guarded(work: (user: DocumentUser, store: DocumentStore) => Promise<Response>) {
    const user = await deps.user();
    if (!user) return chatErrorResponse({ code: 'unauthenticated' });
    try {
      return await work(user, await deps.documents());
    } catch (error) {
      if (explained(error)) return problem(error);
      log(`documents request failed: ${messageOf(error)}`);
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

  /** Runs the FGA write; when it fails, `undo` puts the database back (an undo that fails too is logged). */
  async function thenFga(write: () => Promise<void>, undo: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      await undo().catch((undoError: unknown) =>
        log(`documents: could not undo after FGA failed: ${messageOf(undoError)}`),
      );
      throw error;
    }
  }

  /** The document as its owner now sees it (with the updated share list). */
  async function documentResponse(store: DocumentStore, user: DocumentUser, id: string): Promise<Response> {
    const document = (await store.listDocuments(user)).find((d) => d.id === id);
    return json({ document });
  }

  return {
    list: () => guarded(async (user, store) => json({ documents: await store.listDocuments(user) })),

    upload: (request: Request) =>
      guarded(async (user, store) => {
        // Multipart only, read with a byte cap whatever Content-Length says (413 past the limit).
        const upload = await readUploadRequest(request);
        const document = await store.addDocument(user, upload);
        const tuples = await deps.tuples();
        await thenFga(
          () => tuples.grantOwner(document.id, user),
          () => store.deleteDocument(user, document.id),
        );
        return json({ document }, 201);
      }),

    remove: (id: string) =>
      guarded(async (user, store) => {
        await store.deleteDocument(user, id); // the owner check is part of the statement
        try {
          await (await deps.tuples()).forget(id);
        } catch (error) {
          log(`documents: ${id} deleted; its FGA tuples stay until removed by hand (${messageOf(error)})`);
        }
        return json({ deleted: id });
      }),

    share: (id: string, request: Request) =>
      guarded(async (user, store) => {
        const email = (await emailFrom(request)) ?? '';
        await store.shareDocument(user, id, email); // owner check and address validation first
        const tuples = await deps.tuples();
        await thenFga(
          () => tuples.grantViewer(id, email),
          () => store.unshareDocument(user, id, email),
        );
        return documentResponse(store, user, id);
      }),

    unshare: (id: string, request: Request) =>
      guarded(async (user, store) => {
        const email = (await emailFrom(request)) ?? '';
        const wasShared = (await store.listDocuments(user))
          .find((d) => d.id === id)
          ?.sharedWith.includes(email.trim().toLowerCase());
        await store.unshareDocument(user, id, email);
        const tuples = await deps.tuples();
        await thenFga(
          () => tuples.revokeViewer(id, email),
          // Put back only a share that existed: undoing must not grant what was never granted.
          async () => (wasShared ? store.shareDocument(user, id, email) : undefined),
        );
        return documentResponse(store, user, id);
      }),
  };
}

/**
 * Writes back the FGA tuples the stored documents should have and do not (documents kept from before FGA decided,
 * or a write that failed and could not be undone). Adds only. Returns how many were written, or the problem when
 * FGA could not be asked (logged: the documents still list, and searches say what is wrong).
 */
export async function restoreDocumentTuples(
  store: DocumentStore,
  tuples: DocumentTuples,
  log: (message: string) => void = (message) => console.warn(message),
): Promise<number | Error> {
  const records = await store.listAccess();
  const access: DocumentAccess[] = records.map((record) => ({
    documentId: record.documentId,
    owner: { userId: record.ownerId, email: record.ownerEmail },
    viewers: record.sharedWith,
  }));
  try {
    const written = await tuples.restore(access);
    if (written > 0) log(`FGA: ${written} document tuple(s) restored from the database.`);
    return written;
  } catch (error) {
    log(`FGA: document tuples not checked: ${messageOf(error)}`);
    return error instanceof Error ? error : new Error(String(error));
  }
}
