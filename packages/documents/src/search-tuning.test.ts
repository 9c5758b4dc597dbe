// How searches are tuned to the collection: the HNSW candidate list grows with the number of indexed chunks (set for
// one statement only, on PGlite and over the wire), and a PGlite folder gets buffers that hold its vector index.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPglite, openPglite, sharedBuffersFor } from './db/pglite.ts';
import { openServer } from './db/server.ts';
import { BASE_EF_SEARCH, efSearchFor } from './db/session.ts';
import type { Sql } from './db/sql.ts';
import { startWireServer } from './testing/wire-server.ts';
import { runNearest } from './vector-search.ts';

const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'documents-tuning-'));
  folders.push(path);
  return path;
};
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

describe('efSearchFor', () => {
  it('keeps 100 for small collections and grows to about 500 at 100,000 chunks, at most 1,000', () => {
    expect(efSearchFor(0)).toBe(BASE_EF_SEARCH);
    expect(efSearchFor(5_000)).toBe(BASE_EF_SEARCH);
    expect(efSearchFor(10_000)).toBe(120);
    expect(efSearchFor(100_000)).toBe(501);
    expect(efSearchFor(10_000_000)).toBe(1_000);
    const sizes = [0, 8_000, 20_000, 50_000, 100_000, 400_000, 1_000_000];
    const values = sizes.map(efSearchFor);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('sharedBuffersFor', () => {
  const MB = 1024 * 1024;
  it("keeps PGlite's default while the index fits in it, holds a larger one, up to 1 GB", () => {
    expect(sharedBuffersFor(0)).toBeUndefined();
    expect(sharedBuffersFor(60 * MB)).toBeUndefined();
    expect(sharedBuffersFor(78 * MB)).toBe(192); // 10,000 chunks of 1024 dimensions
    expect(sharedBuffersFor(781 * MB)).toBe(896); // 100,000
    expect(sharedBuffersFor(5_000 * MB)).toBe(1_024);
  });
});

/** What the statement saw as hnsw.ef_search, and the connection's setting afterwards. */
async function efSearchSeen(sql: Sql, efSearch: number): Promise<{ during: string; after: string }> {
  const [during] = await runNearest(sql, `select current_setting('hnsw.ef_search') as distance`, [], { efSearch });
  const [after] = await sql.query<{ ef: string }>(`select current_setting('hnsw.ef_search') as ef`);
  return { during: String(during?.distance), after: String(after?.ef) };
}

describe('the candidate list is set for one statement only', () => {
  it('on PGlite', async () => {
    const sql = await openPglite('memory://');
    try {
      expect(await efSearchSeen(sql, 501)).toEqual({ during: '501', after: '100' });
      expect(await efSearchSeen(sql, BASE_EF_SEARCH)).toEqual({ during: '100', after: '100' });
    } finally {
      await sql.close();
    }
  });

  it('over the wire, where the pooled connection goes back with its default', async () => {
    const server = await startWireServer();
    const sql = await openServer(server.url, { maxConnections: 1 });
    try {
      expect(await efSearchSeen(sql, 326)).toEqual({ during: '326', after: '100' });
    } finally {
      await sql.close();
      await server.stop();
    }
  });
});

describe('PGlite folders', () => {
  it('keep the default buffers for a small collection', async () => {
    const dir = folder();
    const sql = await openPglite(dir);
    await sql.exec(`create table t (v vector(3)); create index on t using hnsw (v vector_cosine_ops);`);
    await sql.close();
    const db = await createPglite(dir);
    try {
      const [row] = (await db.query<{ shared_buffers: string }>('show shared_buffers')).rows;
      expect(row?.shared_buffers).toBe('128MB');
    } finally {
      await db.close();
    }
  });

  it('served over the wire keep their data across a restart (the benchmark reopens them)', async () => {
    const dir = folder();
    let server = await startWireServer({ dataDir: dir });
    let sql = await openServer(server.url);
    await sql.exec(`create table kept (id int); insert into kept values (7)`);
    await sql.close();
    await server.stop();
    server = await startWireServer({ dataDir: dir });
    sql = await openServer(server.url);
    try {
      expect(await sql.query('select id from kept')).toEqual([{ id: 7 }]);
    } finally {
      await sql.close();
      await server.stop();
    }
  });
});
