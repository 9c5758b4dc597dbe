import type { Queryable, Sql } from './db/sql.ts';
import { DocumentsError } from './errors.ts';

/** What the stored vectors were made with; vectors from another model or size cannot be compared. */
export interface EmbeddingSpace {
  model: string;
  dimensions: number;
}

/**
 * Ordered, append-only migrations (never edit a released one). The chunk table's vector size is a
 * parameter: it is fixed by the embedding model the first time the schema is created.
 */
const MIGRATIONS: readonly { version: number; sql: (space: EmbeddingSpace) => string }[] = [
  {
    version: 1,
    sql: (space) => `
      create table documents (
        id uuid primary key default gen_random_uuid(),
        owner_id text not null,
        owner_email text,
        title text not null,
        media_type text not null,
        size_bytes integer not null,
        content_hash text not null,
        created_at timestamptz not null default now(),
        unique (owner_id, content_hash)
      );
      create index documents_owner_idx on documents (owner_id);
      create table document_shares (
        document_id uuid not null references documents (id) on delete cascade,
        email text not null check (email = lower(email)),
        created_at timestamptz not null default now(),
        primary key (document_id, email)
      );
      create index document_shares_email_idx on document_shares (email);
      create table document_chunks (
        id bigserial primary key,
        document_id uuid not null references documents (id) on delete cascade,
        ordinal integer not null,
        content text not null,
        embedding vector(${Math.trunc(space.dimensions)}) not null
      );
      create index document_chunks_document_idx on document_chunks (document_id);
      create table documents_meta (key text primary key, value text not null)
    `,
  },
  {
    // pgvector's approximate index (HNSW, cosine) over the chunks marked `indexed`. New chunks arrive unindexed, so an
    // upload costs a plain insert; a background indexer marks them in small batches (each update is what inserts them
    // into the HNSW graph), and searches scan the few unindexed ones exactly. See vector-search.ts.
    version: 2,
    sql: () => `
      alter table document_chunks add column indexed boolean not null default false;
      create index document_chunks_embedding_hnsw on document_chunks
        using hnsw (embedding vector_cosine_ops) with (m = 16, ef_construction = 64) where indexed;
      create index document_chunks_unindexed_idx on document_chunks (id) where not indexed
    `,
  },
  {
    // Each row whole in the table: pgvector's type moves a vector past ~2 KB (1024 dimensions are 4 KB) out of line
    // into TOAST pieces, so every insert wrote a row and three pieces and every exact scan read them back. PLAIN keeps
    // the vector in the row (pgvector's README: "store vectors inline"); a target of one page keeps the text there
    // too, compressed or moved out only when a row would not fit. Applies to rows written from now on.
    version: 3,
    sql: () => `
      alter table document_chunks alter column embedding set storage plain;
      alter table document_chunks set (toast_tuple_target = 8160)
    `,
  },
];

/**
 * Creates or upgrades the schema and checks the stored vectors match `space`.
 * Safe to run from several processes at once (advisory lock) and on every start.
 */
export async function migrate(sql: Sql, space: EmbeddingSpace): Promise<void> {
  await ensureVectorExtension(sql);
  await sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('repo-documents-migrations'))`);
    await tx.query(
      'create table if not exists documents_migrations (version integer primary key, applied_at timestamptz not null default now())',
    );
    const applied = new Set(
      (await tx.query<{ version: number }>('select version from documents_migrations')).map((row) => row.version),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql(space))) await tx.query(statement);
      await tx.query('insert into documents_migrations (version) values ($1)', [migration.version]);
    }
    await tx.query(
      `insert into documents_meta (key, value) values ('embedding_model', $1) on conflict (key) do nothing`,
      [space.model],
    );
    await checkEmbeddingSpace(tx, sql, space);
  });
}

/** Where the data lives, as the error messages name it. */
function describeLocation(sql: Sql): string {
  return sql.kind === 'server' ? `DATABASE_URL (${sql.location})` : sql.location;
}

async function ensureVectorExtension(sql: Sql): Promise<void> {
  try {
    await sql.exec('create extension if not exists vector');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const where = describeLocation(sql);
    if (code === '42501') {
      throw new DocumentsError({
        code: 'pgvector-not-permitted',
        variable: 'DATABASE_URL',
        status: 503,
        message: {
          ja: `${where} のユーザーには、拡張機能 vector (pgvector) を有効にする権限がありません。`,
          en: `The user in ${where} may not enable the vector extension (pgvector).`,
        },
        fix: {
          ja: 'データベースの管理者に `CREATE EXTENSION vector;` を一度実行してもらってください。',
          en: 'Ask the database administrator to run `CREATE EXTENSION vector;` once.',
        },
      });
    }
    throw new DocumentsError({
      code: 'pgvector-missing',
      variable: 'DATABASE_URL',
      status: 503,
      message: {
        ja: `${where} のサーバーには拡張機能 vector (pgvector) がインストールされていません。`,
        en: `The server in ${where} does not have the vector extension (pgvector) installed.`,
      },
      fix: {
        ja: 'pgvector 入りの PostgreSQL を使ってください (例: Docker イメージ pgvector/pgvector、Amazon RDS / Aurora PostgreSQL は標準で対応)。または DATABASE_URL を削除して組み込みの PGlite を使ってください。',
        en: 'Use a PostgreSQL with pgvector (for example the pgvector/pgvector Docker image; Amazon RDS and Aurora PostgreSQL include it), or remove DATABASE_URL to use the embedded PGlite.',
      },
    });
  }
}

async function checkEmbeddingSpace(tx: Queryable, sql: Sql, space: EmbeddingSpace): Promise<void> {
  const [column] = await tx.query<{ dimensions: number }>(
    `select atttypmod as dimensions from pg_attribute
      where attrelid = 'document_chunks'::regclass and attname = 'embedding'`,
  );
  const [model] = await tx.query<{ value: string }>(`select value from documents_meta where key = 'embedding_model'`);
  const where = describeLocation(sql);
  const reset = {
    ja: `既存のデータを残す場合は設定を元に戻してください。作り直す場合は ${sql.kind === 'server' ? 'documents 関連のテーブルを削除' : `フォルダ ${sql.location} を削除`}してから起動し、文書をアップロードし直してください。`,
    en: `To keep the data, change the setting back. To start over, ${sql.kind === 'server' ? 'drop the documents tables' : `delete the folder ${sql.location}`}, restart and upload the documents again.`,
  };
  if (column && column.dimensions !== space.dimensions) {
    throw new DocumentsError({
      code: 'embedding-dimensions-mismatch',
      variable: 'BEDROCK_EMBEDDING_DIMENSIONS',
      status: 503,
      message: {
        ja: `${where} の文書は ${column.dimensions} 次元のベクトルで保存されていますが、現在の埋め込みモデルの設定 (BEDROCK_EMBEDDING_MODEL_ID=${space.model}、BEDROCK_EMBEDDING_DIMENSIONS) は ${space.dimensions} 次元です。`,
        en: `The documents in ${where} were stored as ${column.dimensions}-dimension vectors, but the embedding settings (BEDROCK_EMBEDDING_MODEL_ID=${space.model}, BEDROCK_EMBEDDING_DIMENSIONS) now give ${space.dimensions}.`,
      },
      fix: reset,
    });
  }
  if (model && model.value !== space.model) {
    throw new DocumentsError({
      code: 'embedding-model-mismatch',
      variable: 'BEDROCK_EMBEDDING_MODEL_ID',
      status: 503,
      message: {
        ja: `${where} の文書は埋め込みモデル ${model.value} で作られていますが、現在の BEDROCK_EMBEDDING_MODEL_ID は ${space.model} です。別のモデルのベクトルは比較できません。`,
        en: `The documents in ${where} were embedded with ${model.value}, but BEDROCK_EMBEDDING_MODEL_ID is now ${space.model}. Vectors from different models cannot be compared.`,
      },
      fix: reset,
    });
  }
}

/** Migrations hold no semicolons inside literals, so a plain split is enough to run them one by one in the transaction. */
function splitStatements(script: string): string[] {
  return script
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
