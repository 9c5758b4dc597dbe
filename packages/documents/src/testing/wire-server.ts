import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { freePort } from '@repo/testing';

export interface WireServer {
  /** `postgres://postgres:<generated>@127.0.0.1:<port>/postgres` */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real Postgres wire-protocol server for tests: PGlite served over TCP on 127.0.0.1, with pgvector
 * loaded or, with `withVector: false`, without it (like a server where the extension is not installed).
 */
export async function startWireServer(options: { withVector?: boolean; password?: string } = {}): Promise<WireServer> {
  const db = await PGlite.create(options.withVector === false ? {} : { extensions: { vector } });
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
