import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect';
import { vector } from '@electric-sql/pglite-pgvector';
import { SEARCH_SETTINGS } from './session.ts';
import type { Queryable, Sql } from './sql.ts';

const MB = 1024 * 1024;
/** PGlite's own default (Postgres's); enough for an index of about 10,000 chunks of 1024 dimensions. */
const DEFAULT_BUFFERS_MB = 128;
const MAX_BUFFERS_MB = 1024;

/**
 * `shared_buffers` for a folder whose HNSW indexes take `indexBytes`, or undefined for the default. PGlite reads
 * every page its buffers do not hold through Emscripten's file layer, one system call per 8 KB page, and an HNSW
 * search touches thousands of pages: with 100,000 chunks of 1024 dimensions (a 781 MB index) a search with
 * ef_search 400 took p50 50 ms from the file and 12 ms from the buffers. So a folder with a larger index is opened
 * with buffers to hold it (and room for the rows), up to 1 GB; a small collection keeps the default and its memory.
 */
export function sharedBuffersFor(indexBytes: number): number | undefined {
  const wanted = Math.ceil((indexBytes / MB + 64) / 64) * 64;
  return wanted <= DEFAULT_BUFFERS_MB ? undefined : Math.min(wanted, MAX_BUFFERS_MB);
}

const HNSW_INDEXES = `select c.oid::regclass::text as name, pg_relation_size(c.oid) as bytes
  from pg_class c join pg_am a on a.oid = c.relam where a.amname = 'hnsw'`;

/**
 * A PGlite on `dataDir` with pgvector, its buffers sized to the vector indexes already in the folder. A folder opened
 * with larger buffers also reads its indexes into them at once (about half of the 7-9 s opening takes at 100,000
 * chunks), so the first searches do not pay for the reads: PGlite has no pg_prewarm, and pageinspect's
 * `get_raw_page` reads a page through the buffers.
 */
export async function createPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create(dataDir, { extensions: { vector } });
  mkdirSync(dataDir, { recursive: true });
  const probe = await PGlite.create(dataDir, { extensions: { vector } });
  const indexes = (await probe.query<{ name: string; bytes: string | number }>(HNSW_INDEXES)).rows;
  const buffersMb = sharedBuffersFor(indexes.reduce((sum, index) => sum + Number(index.bytes), 0));
  if (buffersMb === undefined) return probe;
  await probe.close();
  const db = await PGlite.create(dataDir, {
    extensions: { vector, pageinspect },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${buffersMb}MB`],
  });
  try {
    await db.exec('create extension if not exists pageinspect');
    for (const { name } of indexes) {
      await db.query(
        `select count(get_raw_page($1::text, 'main', block))
           from generate_series(0, pg_relation_size($1::regclass) / current_setting('block_size')::bigint - 1) block`,
        [name],
      );
    }
    await db.exec('drop extension pageinspect');
  } catch {
    // Only a warm-up: without it the first searches read the pages themselves.
  }
  return db;
}

/**
 * PGlite (Postgres compiled to WebAssembly, in this process) with pgvector loaded.
 * `dataDir` is a folder (kept between runs) or `memory://` (gone on close).
 * One process may open a folder at a time.
 */
export async function openPglite(dataDir: string): Promise<Sql> {
  const db = await createPglite(dataDir);
  await db.exec(`create extension if not exists vector; ${SEARCH_SETTINGS}`);
  // PGlite prints a parameter of a type it has no serializer for (pgvector's) as text; a vector in binary form
  // (vectorBinary) must reach the server as it is, which PGlite does for byte arrays.
  const [type] = (await db.query<{ oid: number }>(`select 'vector'::regtype::oid as oid`)).rows;
  const options = { serializers: { [Number(type?.oid)]: (value: unknown) => value as string } };
  return {
    kind: 'pglite',
    location: dataDir,
    query: async <T>(text: string, params?: readonly unknown[]) =>
      (await db.query<T>(text, params as unknown[], options)).rows,
    exec: async (text) => {
      await db.exec(text);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(text: string, params?: readonly unknown[]) =>
            (await tx.query<T>(text, params as unknown[], options)).rows,
        } satisfies Queryable),
      ),
    close: () => db.close(),
  };
}
