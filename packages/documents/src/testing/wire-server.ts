import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { freePort } from '@repo/testing';
import { createPglite } from '../db/pglite.ts';

export interface WireServer {
  /** `postgres://postgres:<generated>@127.0.0.1:<port>/postgres` */
  url: string;
  stop(): Promise<void>;
}

export interface WireServerOptions {
  /** `false`: no pgvector, like a server where the extension is not installed. */
  withVector?: boolean;
  password?: string;
  /** A folder to keep the data in, as a real server does (the benchmark); default in memory. Buffers are sized to
   * the vector index already there, as `openPglite` does. */
  dataDir?: string;
}

/**
 * A real Postgres wire-protocol server for tests: PGlite served over TCP on 127.0.0.1, with pgvector
 * loaded unless `withVector` is false.
 */
export async function startWireServer(options: WireServerOptions = {}): Promise<WireServer> {
  const dataDir = options.dataDir ?? 'memory://';
  const db = options.withVector === false ? await PGlite.create(dataDir) : await createPglite(dataDir);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 8 });
  await server.start();
  // PGlite accepts any password; a generated one shows that the client sends it and nobody logs it.
  const password = options.password ?? `test-${Math.random().toString(36).slice(2)}`;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
