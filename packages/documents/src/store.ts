import { type ChunkOptions, chunkText } from './chunk.ts';
import { openPglite } from './db/pglite.ts';
import { openServer } from './db/server.ts';
import { efSearchFor } from './db/session.ts';
import { type Sql, vectorBinary, vectorLiteral } from './db/sql.ts';
import { DocumentsError } from './errors.ts';
import { backgroundIndexer } from './indexer.ts';
import { DEFAULT_UPLOAD_LIMITS, quotaExceeded, tooManyChunks, type UploadLimits } from './limits.ts';
import { migrate } from './schema.ts';
import { type DocumentKind, extractUpload, hashText, MEDIA_TYPES, normalizeText, type UploadInput } from './upload.ts';
import { UploadGate } from './upload-gate.ts';
import {
  type AuthorizeFn,
  nearestChunks,
  nearestSql,
  type RetrieveOptions,
  retrieveAuthorized,
  runNearest,
} from './vector-search.ts';

/** Turns texts into vectors, one per text, in order. Framework-neutral: wrap any embeddings client. */
export type EmbedFn = (texts: string[]) => Promise<number[][]>;

export interface Embedder {
  /** Identifies the vector space, e.g. `amazon.titan-embed-text-v2:0`; stored and checked on open. */
  model: string;
  dimensions: number;
  embed: EmbedFn;
}

/** Who is asking. Access rules match `userId` (owner) and `email` (shares), lower-cased. */
export interface DocumentUser {
  userId: string;
  /** Only pass a verified e-mail address: shares are granted to whoever holds it. */
  email?: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  mediaType: string;
  sizeBytes: number;
  chunkCount: number;
  createdAt: Date;
  ownerEmail: string | null;
  /** `owner`: the user uploaded it; `shared`: someone shared it with the user's e-mail. */
  access: 'owner' | 'shared';
  /** Addresses it is shared with; only shown to the owner. */
  sharedWith: string[];
}

export interface SearchHit {
  documentId: string;
  title: string;
  ordinal: number;
  content: string;
  /** Cosine similarity, 1 = same direction. */
  score: number;
  access: 'owner' | 'shared';
}

export interface DocumentAccessRecord {
  documentId: string;
  ownerId: string;
  /** The owner's verified address when they uploaded it. */
  ownerEmail?: string;
  sharedWith: string[];
}

export interface StoreOptions {
  embedder: Embedder;
  /** A PostgreSQL server with pgvector. Unset: the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite folder (git-ignored), or `memory://`. Default `.data/documents`. */
  dataDir?: string;
  chunking?: ChunkOptions;
  /** Texts per embedding call. */
  embedBatchSize?: number;
  /** Bounds on one upload's work and on each user's storage (default DEFAULT_UPLOAD_LIMITS). */
  limits?: Partial<UploadLimits>;
}

export interface DocumentStore {
  readonly backend: 'pglite' | 'server';
  readonly location: string;
  addDocument(user: DocumentUser, upload: UploadInput): Promise<DocumentSummary>;
  /** Adds already extracted text (seed data, benchmarks); same checks for duplicates and the same transaction. */
  addText(user: DocumentUser, input: { title: string; text: string; kind?: DocumentKind }): Promise<DocumentSummary>;
  listDocuments(user: DocumentUser): Promise<DocumentSummary[]>;
  shareDocument(user: DocumentUser, documentId: string, email: string): Promise<void>;
  unshareDocument(user: DocumentUser, documentId: string, email: string): Promise<void>;
  deleteDocument(user: DocumentUser, documentId: string): Promise<void>;
  /**
   * Top-k chunks by cosine similarity among the documents the user owns or that are shared with them (SQL rule).
   * `exact` scans every chunk instead of using the index (to measure the index's recall).
   */
  search(user: DocumentUser, query: string, k?: number, options?: { exact?: boolean }): Promise<SearchHit[]>;
  /**
   * Top-k chunks by cosine similarity among the documents `authorize` allows (an FGA batch-check, say): nearest
   * candidates are fetched in growing rounds until k authorized chunks are found, so unauthorized chunks that rank
   * higher never leave fewer than k results when k exist.
   */
  retrieve(
    user: DocumentUser,
    query: string,
    k: number,
    authorize: AuthorizeFn,
    options?: RetrieveOptions,
  ): Promise<SearchHit[]>;
  /**
   * Every document's owner and share addresses, no access rule: what an outside authority (FGA) must know, to
   * restore its tuples from this database (the record).
   */
  listAccess(): Promise<DocumentAccessRecord[]>;
  /** The `limit` chunks nearest to the query in the whole collection, no access rule (benchmarks, diagnostics). */
  nearest(
    query: string,
    limit: number,
    options?: { exact?: boolean },
  ): Promise<{ documentId: string; ordinal: number; score: number }[]>;
  /** Resolves when every stored chunk is in the vector index (new chunks are indexed in the background). */
  waitForIndex(): Promise<void>;
  close(): Promise<void>;
}

export const MAX_SEARCH_RESULTS = 20;

/** An upload's extracted text and what is stored about its file. */
interface TextToStore {
  title: string;
  mediaType: string;
  sizeBytes: number;
  text: string;
  contentHash: string;
}

/** Opens (creating or upgrading the schema) the store, on a server when `databaseUrl` is set, else on PGlite. */
export async function openDocumentStore(options: StoreOptions): Promise<DocumentStore> {
  const sql = options.databaseUrl
    ? await openServer(options.databaseUrl)
    : await openPglite(options.dataDir ?? '.data/documents');
  try {
    await migrate(sql, { model: options.embedder.model, dimensions: options.embedder.dimensions });
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
  return createStore(sql, options);
}

function createStore(sql: Sql, options: StoreOptions): DocumentStore {
  const { embedder } = options;
  const batchSize = options.embedBatchSize ?? 32;
  const indexer = backgroundIndexer(sql);
  indexer.wake(); // chunks a previous run left unindexed
  const efSearch = () => efSearchFor(indexer.indexedChunks());
  const limits: UploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...options.limits };
  const gate = new UploadGate(limits);

  /** Duplicates and each user's storage quota, checked in one statement before the (slow, paid) embedding. */
  async function checkBeforeEmbedding(user: DocumentUser, doc: TextToStore): Promise<void> {
    const [row] = await sql.query<{ documents: number; bytes: number | string; duplicate: string | null }>(
      `select count(*)::int as documents, coalesce(sum(size_bytes), 0)::bigint as bytes,
              min(title) filter (where content_hash = $2) as duplicate
         from documents where owner_id = $1`,
      [user.userId, doc.contentHash],
    );
    if (row?.duplicate != null) throw duplicate(doc.title, row.duplicate);
    const documents = Number(row?.documents ?? 0);
    const bytes = Number(row?.bytes ?? 0);
    if (documents >= limits.maxDocumentsPerUser) throw quotaExceeded('documents', documents, doc.sizeBytes, limits);
    if (bytes + doc.sizeBytes > limits.maxStoredBytesPerUser) {
      throw quotaExceeded('bytes', bytes, doc.sizeBytes, limits);
    }
  }

  async function embedAll(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += batchSize) {
      const batch = texts.slice(i, i + batchSize);
      const result = await embedder.embed(batch);
      if (result.length !== batch.length || result.some((vector) => vector.length !== embedder.dimensions)) {
        throw embeddingFailed(embedder, result[0]?.length);
      }
      vectors.push(...result);
    }
    return vectors;
  }

  async function embedQuery(query: string): Promise<number[]> {
    const [vector] = await embedAll([query]);
    if (!vector) throw embeddingFailed(embedder, undefined);
    return vector;
  }

  async function store(user: DocumentUser, doc: TextToStore): Promise<DocumentSummary> {
    // No index batch starts while an upload is being stored (they would take turns on PGlite's one thread).
    const release = indexer.hold();
    try {
      return await write(user, doc);
    } finally {
      release();
    }
  }

  async function write(user: DocumentUser, doc: TextToStore): Promise<DocumentSummary> {
    await checkBeforeEmbedding(user, doc);

    // Embed first (slow, remote), then write everything in one transaction: a failure leaves no rows.
    const chunks = chunkText(doc.text, options.chunking);
    if (chunks.length > limits.maxChunks) throw tooManyChunks(doc.title, chunks.length, limits);
    const vectors = await embedAll(chunks);
    try {
      const stored = await sql.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string; created_at: Date | string }>(
          `insert into documents (owner_id, owner_email, title, media_type, size_bytes, content_hash)
           values ($1, $2, $3, $4, $5, $6) returning id, created_at`,
          [user.userId, normalizeEmail(user.email), doc.title, doc.mediaType, doc.sizeBytes, doc.contentHash],
        );
        if (!row) throw new Error('insert returned no id');
        // One multi-row insert, each vector a binary parameter (vectorBinary): no float printing or parsing.
        const values = chunks.map((_, i) => `($1, ${i}, $${2 + 2 * i}, $${3 + 2 * i}::vector)`);
        await tx.query(
          `insert into document_chunks (document_id, ordinal, content, embedding) values ${values.join(', ')}`,
          [row.id, ...chunks.flatMap((chunk, i) => [chunk, vectorBinary(vectors[i] as number[])])],
        );
        return row;
      });
      // What list() would return for it: a new document is the owner's and shared with nobody yet.
      return {
        id: stored.id,
        title: doc.title,
        mediaType: doc.mediaType,
        sizeBytes: doc.sizeBytes,
        chunkCount: chunks.length,
        createdAt: new Date(stored.created_at),
        ownerEmail: normalizeEmail(user.email),
        access: 'owner',
        sharedWith: [],
      };
    } catch (error) {
      // Two uploads of the same content at once: the unique index decides, the loser gets the friendly answer.
      if ((error as { code?: string }).code === '23505') throw duplicate(doc.title, doc.title);
      throw error;
    }
  }

  async function list(user: DocumentUser): Promise<DocumentSummary[]> {
    const rows = await sql.query<{
      id: string;
      title: string;
      media_type: string;
      size_bytes: number;
      chunk_count: number;
      created_at: Date | string;
      owner_email: string | null;
      is_owner: boolean;
      shared_with: string[] | null;
    }>(
      `select d.id, d.title, d.media_type, d.size_bytes, d.created_at, d.owner_email,
              d.owner_id = $1 as is_owner,
              (select count(*)::int from document_chunks c where c.document_id = d.id) as chunk_count,
              case when d.owner_id = $1
                   then (select coalesce(array_agg(s.email order by s.email), '{}') from document_shares s where s.document_id = d.id)
              end as shared_with
         from documents d
        where (d.owner_id = $1
               or exists (select 1 from document_shares s where s.document_id = d.id and s.email = $2))
        order by d.created_at desc, d.title`,
      [user.userId, normalizeEmail(user.email)],
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      mediaType: row.media_type,
      sizeBytes: Number(row.size_bytes),
      chunkCount: Number(row.chunk_count),
      createdAt: new Date(row.created_at),
      ownerEmail: row.owner_email,
      access: row.is_owner ? 'owner' : 'shared',
      sharedWith: row.shared_with ?? [],
    }));
  }

  /** Owner-only changes: the owner check is part of the statement, so another user's id changes nothing. */
  async function requireOwned(user: DocumentUser, documentId: string): Promise<void> {
    const [row] = await sql.query<{ id: string }>('select id from documents where id = $1::uuid and owner_id = $2', [
      validUuid(documentId),
      user.userId,
    ]);
    if (!row) throw notFound();
  }

  return {
    backend: sql.kind,
    location: sql.location,
    async addDocument(user, upload) {
      const leave = gate.enter(user.userId);
      try {
        return await store(user, await extractUpload(upload, limits));
      } finally {
        leave();
      }
    },
    async addText(user, input) {
      const text = normalizeText(input.text);
      return store(user, {
        title: input.title,
        mediaType: MEDIA_TYPES[input.kind ?? 'txt'],
        sizeBytes: Buffer.byteLength(text),
        text,
        contentHash: hashText(text),
      });
    },
    listDocuments: (user) => list(user),
    async shareDocument(user, documentId, email) {
      const address = requireEmail(email);
      await requireOwned(user, documentId);
      if (address === normalizeEmail(user.email)) throw shareWithSelf();
      await sql.query(
        `insert into document_shares (document_id, email)
         select id, $3 from documents where id = $1::uuid and owner_id = $2
         on conflict do nothing`,
        [documentId, user.userId, address],
      );
    },
    async unshareDocument(user, documentId, email) {
      requireEmail(email);
      await requireOwned(user, documentId);
      await sql.query(
        `delete from document_shares s using documents d
          where s.document_id = d.id and d.id = $1::uuid and d.owner_id = $2 and s.email = $3`,
        [documentId, user.userId, normalizeEmail(email)],
      );
    },
    async deleteDocument(user, documentId) {
      const rows = await sql.query<{ id: string }>(
        'delete from documents where id = $1::uuid and owner_id = $2 returning id',
        [validUuid(documentId), user.userId],
      );
      if (rows.length === 0) throw notFound();
    },
    async search(user, query, k = 5, options = {}) {
      const vector = await embedQuery(query);
      // The access rule is in the WHERE clause: rows the user may not read never leave the database.
      const access = `d.owner_id = $2 or exists (select 1 from document_shares s where s.document_id = d.id and s.email = $3)`;
      const rows = await runNearest(
        sql,
        nearestSql(access, '$4', '0'),
        [vectorLiteral(vector), user.userId, normalizeEmail(user.email), clampK(k)],
        { exact: options.exact, efSearch: efSearch() },
      );
      return rows.map((row) => ({
        documentId: row.document_id,
        title: row.title,
        ordinal: Number(row.ordinal),
        content: row.content,
        score: 1 - Number(row.distance),
        access: row.owner_id === user.userId ? 'owner' : 'shared',
      }));
    },
    async retrieve(user, query, k, authorize, options) {
      const vector = await embedQuery(query);
      const found = await retrieveAuthorized(sql, vector, clampK(k), authorize, { efSearch: efSearch(), ...options });
      return found.map(({ ownerId, ...hit }) => ({ ...hit, access: ownerId === user.userId ? 'owner' : 'shared' }));
    },
    async listAccess() {
      const rows = await sql.query<{ id: string; owner_id: string; owner_email: string | null; shared_with: string[] }>(
        `select d.id, d.owner_id, d.owner_email,
                (select coalesce(array_agg(s.email order by s.email), '{}') from document_shares s where s.document_id = d.id)
                  as shared_with
           from documents d order by d.created_at, d.id`,
      );
      return rows.map((row) => ({
        documentId: row.id,
        ownerId: row.owner_id,
        ...(row.owner_email ? { ownerEmail: row.owner_email } : {}),
        sharedWith: row.shared_with ?? [],
      }));
    },
    async nearest(query, limit, options = {}) {
      const found = await nearestChunks(sql, await embedQuery(query), {
        limit,
        exact: options.exact,
        efSearch: efSearch(),
      });
      return found.map(({ documentId, ordinal, score }) => ({ documentId, ordinal, score }));
    },
    waitForIndex: () => indexer.idle(),
    async close() {
      await indexer.stop();
      await sql.close();
    },
  };
}

function clampK(k: number): number {
  return Math.max(1, Math.min(Math.trunc(k), MAX_SEARCH_RESULTS));
}

function normalizeEmail(email: string | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

// No spaces or control characters (a NUL byte breaks Postgres text), one @, a dot in the domain.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
const EMAIL = /^[^\s@\u0000-\u001f\u007f]+@[^\s@\u0000-\u001f\u007f]+\.[^\s@\u0000-\u001f\u007f]+$/;

function requireEmail(email: string): string {
  const address = normalizeEmail(email);
  if (!address || !EMAIL.test(address) || address.length > 254) {
    throw new DocumentsError({
      code: 'share-email-invalid',
      variable: 'email',
      message: {
        ja: '共有先のメールアドレスの形式が正しくありません。',
        en: 'The e-mail address to share with is not valid.',
      },
      fix: { ja: '例: someone@example.com の形式で入力してください。', en: 'Enter it like someone@example.com.' },
    });
  }
  return address;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validUuid(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id;
}

function shareWithSelf(): DocumentsError {
  return new DocumentsError({
    code: 'share-self',
    variable: 'email',
    message: {
      ja: '自分のメールアドレスとは共有できません (自分の文書はいつでも検索できます)。',
      en: 'You cannot share a document with your own address (your documents are always searchable for you).',
    },
    fix: {
      ja: '共有したい相手のメールアドレスを入力してください。',
      en: 'Enter the address of the person to share with.',
    },
  });
}

function notFound(): DocumentsError {
  return new DocumentsError({
    code: 'document-not-found',
    variable: 'documentId',
    status: 404,
    message: {
      ja: '文書が見つからないか、この操作の権限がありません (共有や削除は文書の所有者だけができます)。',
      en: 'The document does not exist or you may not change it (only its owner can share or delete it).',
    },
    fix: { ja: '文書の一覧を読み込み直してください。', en: 'Reload the document list.' },
  });
}

function duplicate(title: string, existingTitle: string): DocumentsError {
  return new DocumentsError({
    code: 'upload-duplicate',
    variable: 'file',
    status: 409,
    message: {
      ja: `「${title}」と同じ内容の文書「${existingTitle}」がすでにあります。`,
      en: `"${title}" has the same content as your document "${existingTitle}".`,
    },
    fix: {
      ja: '同じ文書を二度登録する必要はありません。内容を更新したい場合は、古い方を削除してからアップロードしてください。',
      en: 'There is no need to add it twice. To replace it, delete the old one first and upload again.',
    },
  });
}

function embeddingFailed(embedder: Embedder, got: number | undefined): DocumentsError {
  return new DocumentsError({
    code: 'embedding-failed',
    variable: 'BEDROCK_EMBEDDING_DIMENSIONS',
    status: 502,
    message: {
      ja: `埋め込みモデル ${embedder.model} の応答が想定と違います (${embedder.dimensions} 次元を想定、実際は ${got ?? '0'} 次元または件数の不一致)。`,
      en: `The embedding model ${embedder.model} answered unexpectedly (expected ${embedder.dimensions} dimensions, got ${got ?? '0'}, or a different number of vectors).`,
    },
    fix: {
      ja: 'BEDROCK_EMBEDDING_MODEL_ID と BEDROCK_EMBEDDING_DIMENSIONS の組み合わせを確認してください (Titan v1 は 1536、v2 は 1024 / 512 / 256)。',
      en: 'Check BEDROCK_EMBEDDING_MODEL_ID and BEDROCK_EMBEDDING_DIMENSIONS together (Titan v1: 1536; v2: 1024, 512 or 256).',
    },
  });
}
