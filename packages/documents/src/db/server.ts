import pg from 'pg';
import { DocumentsError, maskDatabaseUrl } from '../errors.ts';
import { SEARCH_SETTINGS } from './session.ts';
import type { Sql } from './sql.ts';

/** A PostgreSQL server reached through DATABASE_URL over the wire protocol (node-postgres pool). */
export async function openServer(databaseUrl: string, options: { maxConnections?: number } = {}): Promise<Sql> {
  const location = maskDatabaseUrl(databaseUrl);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 5 });
  } catch {
    throw unreachable(location, 'the URL could not be parsed');
  }
  // An idle connection dropped by the server must not crash the app; the next query reconnects.
  pool.on('error', () => {});
  // Each connection gets the search settings once, before its first statement.
  const prepared = new WeakSet<pg.PoolClient>();
  const checkout = async () => {
    const client = await pool.connect();
    if (!prepared.has(client)) {
      try {
        await client.query(SEARCH_SETTINGS);
      } catch (error) {
        client.release();
        throw error;
      }
      prepared.add(client);
    }
    return client;
  };
  const once = async <T>(text: string, params?: readonly unknown[]) => {
    const client = await checkout();
    try {
      return (await client.query(text, params as unknown[])).rows as T[];
    } finally {
      client.release();
    }
  };
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw unreachable(location, describe(error));
  }
  return {
    kind: 'server',
    location,
    query: once,
    exec: async (text) => {
      await once(text);
    },
    transaction: async (work) => {
      const client = await checkout();
      try {
        await client.query('begin');
        const result = await work({
          query: async <T>(text: string, params?: readonly unknown[]) =>
            (await client.query(text, params as unknown[])).rows as T[],
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Server messages can quote the user name, never the password; strip anything URL-like to be safe.
  return `${code ? `${code}: ` : ''}${message.replace(/\w+:\/\/\S+/g, '<url>')}`;
}

function unreachable(location: string, reason: string): DocumentsError {
  return new DocumentsError({
    code: 'database-unreachable',
    variable: 'DATABASE_URL',
    status: 503,
    message: {
      ja: `DATABASE_URL のデータベース (${location}) に接続できませんでした (${reason})。`,
      en: `Could not connect to the database in DATABASE_URL (${location}): ${reason}.`,
    },
    fix: {
      ja: 'サーバーが起動しているか、ホスト名・ポート・ユーザー名・パスワードを確認してください。組み込みの PGlite を使う場合は DATABASE_URL を削除してください。',
      en: 'Check that the server is running and the host, port, user and password are right. Remove DATABASE_URL to use the embedded PGlite instead.',
    },
  });
}
