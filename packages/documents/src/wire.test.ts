import { leakedSecrets } from '@repo/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsError } from './errors.ts';
import { hashingEmbedder } from './hashing-embedder.ts';
import { openDocumentStore } from './store.ts';
import { alice, checkAccessRules } from './testing/scenarios.ts';
import { startWireServer, type WireServer } from './testing/wire-server.ts';

const embedder = hashingEmbedder(512, 'amazon.titan-embed-text-v2:0');

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

describe('DATABASE_URL: a Postgres server over the wire (node-postgres)', () => {
  let server: WireServer;
  beforeAll(async () => {
    server = await startWireServer();
  });
  afterAll(() => server.stop());

  it('migrates, stores, and enforces the access rules in the query', async () => {
    const store = await openDocumentStore({ embedder, databaseUrl: server.url, chunking: { size: 120, overlap: 20 } });
    try {
      expect(store.backend).toBe('server');
      expect(store.location).not.toContain(passwordOf(server.url));
      await checkAccessRules(store);
    } finally {
      await store.close();
    }
  });

  it('runs the migrations once: a second open finds the schema and the data', async () => {
    const first = await openDocumentStore({ embedder, databaseUrl: server.url });
    const doc = await first.addText(alice, { title: 'wire.txt', text: 'Stored over the wire protocol.' });
    await first.close();
    const second = await openDocumentStore({ embedder, databaseUrl: server.url });
    try {
      expect((await second.listDocuments(alice)).map((d) => d.id)).toEqual([doc.id]);
      const [hit] = await second.search(alice, 'wire protocol', 1);
      expect(hit?.title).toBe('wire.txt');
      await second.deleteDocument(alice, doc.id);
    } finally {
      await second.close();
    }
  });

  it('refuses a different vector size on the server, naming the variables', async () => {
    const error = await openDocumentStore({
      embedder: hashingEmbedder(1024, embedder.model),
      databaseUrl: server.url,
    }).catch((e) => e);
    expect(error).toMatchObject({ code: 'embedding-dimensions-mismatch' });
    const { localized, fix } = error as DocumentsError;
    expect(localized.en).toContain('BEDROCK_EMBEDDING_DIMENSIONS');
    expect(localized.ja).toContain('DATABASE_URL');
    expect(leakedSecrets(`${localized.ja}${localized.en}${fix.ja}${fix.en}`, [passwordOf(server.url)])).toEqual([]);
  });
});

describe('DATABASE_URL problems', () => {
  it('names the vector extension when the server does not have it', async () => {
    const plain = await startWireServer({ withVector: false });
    try {
      const error = await openDocumentStore({ embedder, databaseUrl: plain.url }).catch((e) => e);
      expect(error).toBeInstanceOf(DocumentsError);
      expect(error).toMatchObject({ code: 'pgvector-missing', variable: 'DATABASE_URL' });
      const { localized, fix } = error as DocumentsError;
      expect(localized.en).toContain('vector extension (pgvector)');
      expect(localized.ja).toContain('vector (pgvector)');
      expect(fix.en).toContain('pgvector');
      expect(
        leakedSecrets(JSON.stringify({ localized, fix, message: error.message }), [passwordOf(plain.url)]),
      ).toEqual([]);
    } finally {
      await plain.stop();
    }
  });

  it('says the server is unreachable, without the password', async () => {
    const { freePort } = await import('@repo/testing');
    const url = `postgres://app:not-a-real-password-${Date.now()}@127.0.0.1:${await freePort()}/app`;
    const error = await openDocumentStore({ embedder, databaseUrl: url }).catch((e) => e);
    expect(error).toMatchObject({ code: 'database-unreachable', variable: 'DATABASE_URL', status: 503 });
    expect((error as DocumentsError).localized.en).toContain('127.0.0.1');
    expect(leakedSecrets(JSON.stringify(error) + error.message, [passwordOf(url)])).toEqual([]);
  });
});
