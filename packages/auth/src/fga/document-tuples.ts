// The samples' documents in FGA (model/documents.fga in @repo/dev-fga): `owner` on upload, `viewer` on share (also
// for addresses that have not signed in yet), removed on unshare and delete. The database is the record; these
// tuples follow it. Writes tolerate what is already there (on_duplicate / on_missing: ignore), so repeating one is
// safe, and `restore` writes back the tuples a list of documents should have (after a write that failed halfway).
import {
  ClientWriteRequestOnDuplicateWrites,
  ClientWriteRequestOnMissingDeletes,
  type OpenFgaClient,
  type TupleKey,
} from '@openfga/sdk';
import { type FgaConnection, fgaDocument, fgaUser } from './client.ts';
import { fgaProblem } from './errors.ts';

/** OpenFGA's default limit of tuples per write request. */
const MAX_TUPLES_PER_WRITE = 100;

/** What FGA must know of one stored document. */
export interface DocumentAccess {
  documentId: string;
  owner: { userId: string; email?: string };
  /** Addresses it is shared with. */
  viewers: string[];
}

export function documentTuples(connection: FgaConnection) {
  const fga = connection.settings;
  async function run<T>(work: (client: OpenFgaClient) => Promise<T>): Promise<T> {
    try {
      return await work(await connection.client());
    } catch (error) {
      throw fgaProblem(error, fga);
    }
  }
  const viewer = (documentId: string, email: string): TupleKey => ({
    user: fgaUser({ userId: email, email }),
    relation: 'viewer',
    object: fgaDocument(documentId),
  });
  const write = (client: OpenFgaClient, writes: TupleKey[], deletes: TupleKey[] = []) =>
    client.write(
      { writes, deletes },
      {
        conflict: {
          onDuplicateWrites: ClientWriteRequestOnDuplicateWrites.Ignore,
          onMissingDeletes: ClientWriteRequestOnMissingDeletes.Ignore,
        },
      },
    );

  /** Every tuple about one document, read page by page. */
  async function tuplesOf(client: OpenFgaClient, documentId: string): Promise<TupleKey[]> {
    const keys: TupleKey[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await client.read({ object: fgaDocument(documentId) }, { pageSize: 100, continuationToken });
      keys.push(...page.tuples.map((tuple) => tuple.key));
      continuationToken = page.continuation_token || undefined;
    } while (continuationToken);
    return keys;
  }

  return {
    /** The uploader owns the document. */
    grantOwner: (documentId: string, owner: DocumentAccess['owner']) =>
      run((client) =>
        write(client, [{ user: fgaUser(owner), relation: 'owner', object: fgaDocument(documentId) }]),
      ).then(() => {}),
    /** Someone may view it, by e-mail address. */
    grantViewer: (documentId: string, email: string) =>
      run((client) => write(client, [viewer(documentId, email)])).then(() => {}),
    revokeViewer: (documentId: string, email: string) =>
      run((client) => write(client, [], [viewer(documentId, email)])).then(() => {}),
    /** Removes every tuple about the document (it was deleted). */
    forget: (documentId: string) =>
      run(async (client) => {
        const keys = await tuplesOf(client, documentId);
        for (let i = 0; i < keys.length; i += MAX_TUPLES_PER_WRITE) {
          await write(client, [], keys.slice(i, i + MAX_TUPLES_PER_WRITE));
        }
      }),
    /**
     * Writes the tuples these documents should have and do not (documents stored before FGA decided, or whose
     * tuple write failed). Adds only: tuples FGA has beyond these are left alone (another app may share the store;
     * a tuple of a deleted document grants nothing, since retrieval starts from the documents that exist).
     * Returns how many tuples were written.
     */
    restore: (documents: DocumentAccess[]) =>
      run(async (client) => {
        let written = 0;
        for (const doc of documents) {
          const have = new Set((await tuplesOf(client, doc.documentId)).map((k) => `${k.user}#${k.relation}`));
          const want: TupleKey[] = [
            { user: fgaUser(doc.owner), relation: 'owner', object: fgaDocument(doc.documentId) },
            ...doc.viewers.map((email) => viewer(doc.documentId, email)),
          ];
          const missing = want.filter((k) => !have.has(`${k.user}#${k.relation}`));
          for (let i = 0; i < missing.length; i += MAX_TUPLES_PER_WRITE) {
            await write(client, missing.slice(i, i + MAX_TUPLES_PER_WRITE));
          }
          written += missing.length;
        }
        return written;
      }),
  };
}

export type DocumentTuples = ReturnType<typeof documentTuples>;
