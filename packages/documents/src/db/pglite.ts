import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { SEARCH_SETTINGS } from './session.ts';
import type { Queryable, Sql } from './sql.ts';

/**
 * PGlite (Postgres compiled to WebAssembly, in this process) with pgvector loaded.
 * `dataDir` is a folder (kept between runs) or `memory://` (gone on close).
 * One process may open a folder at a time.
 */
export async function openPglite(dataDir: string): Promise<Sql> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { vector } });
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
