import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsError } from './errors.ts';
import { hashingEmbedder } from './hashing-embedder.ts';
import { type DocumentStore, type Embedder, openDocumentStore } from './store.ts';
import { minimalPdf } from './testing/minimal-pdf.ts';
import { ALICE_NOTES, alice, bob, checkAccessRules } from './testing/scenarios.ts';

const embedder = hashingEmbedder(256);

describe('document store on PGlite', () => {
  let store: DocumentStore;
  beforeAll(async () => {
    store = await openDocumentStore({ embedder, dataDir: 'memory://', chunking: { size: 120, overlap: 20 } });
  });
  afterAll(() => store.close());

  it('enforces owner, shared and stranger access in the query', async () => {
    expect(store.backend).toBe('pglite');
    await checkAccessRules(store);
  });

  it('ranks the passage that answers the question first, and cites its document', async () => {
    const doc = await store.addText(alice, { title: 'kestrel.md', text: ALICE_NOTES });
    await store.addText(alice, {
      title: 'weather.txt',
      text: 'Rain is expected in Sapporo all week, with snow on the hills.',
    });
    const [top] = await store.search(alice, 'ケストレルの責任者は誰ですか', 3);
    expect(top).toMatchObject({ documentId: doc.id, title: 'kestrel.md' });
    expect(top?.content).toContain('佐藤さん');
    expect(top?.score).toBeGreaterThan(0);
    const weather = await store.search(alice, 'snow in Sapporo', 1);
    expect(weather[0]?.title).toBe('weather.txt');
    for (const summary of await store.listDocuments(alice)) await store.deleteDocument(alice, summary.id);
  });

  it("lists every document's owner and shares for an outside authority, whoever asks", async () => {
    const doc = await store.addText(alice, { title: 'access.txt', text: 'Who may read this one.' });
    await store.shareDocument(alice, doc.id, 'Bob@Example.com');
    const anon = await store.addText({ userId: 'dev|no-mail' }, { title: 'anon.txt', text: 'No address here.' });
    const records = await store.listAccess();
    expect(records).toContainEqual({
      documentId: doc.id,
      ownerId: alice.userId,
      ownerEmail: 'alice@example.com',
      sharedWith: ['bob@example.com'],
    });
    expect(records).toContainEqual({ documentId: anon.id, ownerId: 'dev|no-mail', sharedWith: [] });
    await store.deleteDocument(alice, doc.id);
    await store.deleteDocument({ userId: 'dev|no-mail' }, anon.id);
    expect((await store.listAccess()).map((r) => r.documentId)).not.toContain(doc.id);
  });

  it('stores an uploaded PDF and finds its text', async () => {
    const pdf = minimalPdf(['Osaka office opening hours', 'The Osaka office opens at 9:30 on weekdays.']);
    const summary = await store.addDocument(bob, { filename: 'osaka.pdf', bytes: pdf });
    expect(summary).toMatchObject({ title: 'osaka.pdf', mediaType: 'application/pdf', access: 'owner' });
    expect(summary.chunkCount).toBeGreaterThan(0);
    const [hit] = await store.search(bob, 'When does the Osaka office open?', 1);
    expect(hit?.content).toContain('9:30');
    await store.deleteDocument(bob, summary.id);
  });

  it('detects a duplicate upload by content and writes nothing for it', async () => {
    const first = await store.addText(alice, { title: 'a.txt', text: 'Duplicate detection test.\r\n' });
    const error = await store.addText(alice, { title: 'b.txt', text: 'Duplicate detection test.' }).catch((e) => e);
    expect(error).toBeInstanceOf(DocumentsError);
    expect(error).toMatchObject({ code: 'upload-duplicate', status: 409 });
    expect((error as DocumentsError).localized.en).toContain('"a.txt"');
    // The same content is not a duplicate for another user.
    const other = await store.addText(bob, { title: 'a.txt', text: 'Duplicate detection test.' });
    expect((await store.listDocuments(alice)).map((d) => d.title)).toEqual(['a.txt']);
    await store.deleteDocument(alice, first.id);
    await store.deleteDocument(bob, other.id);
  });

  it('leaves no rows behind when the database refuses a chunk mid-transaction', async () => {
    // pgvector refuses NaN: the failure happens inside the chunk insert, after the document row was written.
    // Only multi-chunk batches are poisoned, so the one-chunk upload afterwards succeeds.
    const poisoned: Embedder = {
      ...embedder,
      embed: async (texts) =>
        (await embedder.embed(texts)).map((v, i) => (i > 0 && i === texts.length - 1 ? v.map(() => Number.NaN) : v)),
    };
    const failing = await openDocumentStore({ embedder: poisoned, dataDir: 'memory://', chunking: { size: 100 } });
    try {
      const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} about transactions.`).join(' ');
      await expect(failing.addText(alice, { title: 'poisoned.txt', text })).rejects.toThrow(/NaN/);
      expect(await failing.listDocuments(alice)).toEqual([]);
      // The store still works afterwards.
      expect((await failing.addText(alice, { title: 'ok.txt', text: 'Fine.' })).chunkCount).toBe(1);
    } finally {
      await failing.close();
    }
  });

  it('writes nothing when the embedding call fails, and says so when vectors have the wrong size', async () => {
    const throwing: Embedder = { ...embedder, embed: async () => Promise.reject(new Error('ThrottlingException')) };
    const wrongSize: Embedder = { ...embedder, embed: async (texts) => texts.map(() => [0.1, 0.2]) };
    for (const broken of [throwing, wrongSize]) {
      const s = await openDocumentStore({ embedder: broken, dataDir: 'memory://' });
      try {
        await expect(s.addText(alice, { title: 'x.txt', text: 'Some text.' })).rejects.toThrow();
        expect(await s.listDocuments(alice)).toEqual([]);
      } finally {
        await s.close();
      }
    }
    const s = await openDocumentStore({ embedder: wrongSize, dataDir: 'memory://' });
    const error = await s.addText(alice, { title: 'x.txt', text: 'Some text.' }).catch((e) => e);
    await s.close();
    expect(error).toMatchObject({ code: 'embedding-failed', variable: 'BEDROCK_EMBEDDING_DIMENSIONS' });
  });

  it('validates share addresses and document ids', async () => {
    const doc = await store.addText(alice, { title: 'share.txt', text: 'Sharing rules.' });
    await expect(store.shareDocument(alice, doc.id, 'not-an-email')).rejects.toMatchObject({
      code: 'share-email-invalid',
    });
    await expect(store.deleteDocument(alice, "x' or '1'='1")).rejects.toMatchObject({ code: 'document-not-found' });
    await store.deleteDocument(alice, doc.id);
  });
});

describe('embedding space checks on a kept data folder', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'documents-')), 'db');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data between opens, and refuses another dimension or model with a bilingual error', async () => {
    const first = await openDocumentStore({ embedder: hashingEmbedder(1024, 'amazon.titan-embed-text-v2:0'), dataDir });
    await first.addText(alice, { title: 'kept.txt', text: 'This survives a restart.' });
    await first.close();

    const again = await openDocumentStore({ embedder: hashingEmbedder(1024, 'amazon.titan-embed-text-v2:0'), dataDir });
    expect((await again.listDocuments(alice)).map((d) => d.title)).toEqual(['kept.txt']);
    await again.close();

    const dims = await openDocumentStore({
      embedder: hashingEmbedder(512, 'amazon.titan-embed-text-v2:0'),
      dataDir,
    }).catch((e) => e);
    expect(dims).toBeInstanceOf(DocumentsError);
    expect(dims).toMatchObject({ code: 'embedding-dimensions-mismatch', variable: 'BEDROCK_EMBEDDING_DIMENSIONS' });
    const { localized, fix } = dims as DocumentsError;
    for (const text of [localized.ja, localized.en]) {
      expect(text).toContain('1024');
      expect(text).toContain('512');
      expect(text).toContain('BEDROCK_EMBEDDING_MODEL_ID');
      expect(text).toContain('BEDROCK_EMBEDDING_DIMENSIONS');
    }
    expect(fix.en).toContain(dataDir);

    const model = await openDocumentStore({
      embedder: hashingEmbedder(1024, 'cohere.embed-multilingual-v3'),
      dataDir,
    }).catch((e) => e);
    expect(model).toMatchObject({ code: 'embedding-model-mismatch', variable: 'BEDROCK_EMBEDDING_MODEL_ID' });
    expect((model as DocumentsError).localized.ja).toContain('amazon.titan-embed-text-v2:0');

    // The refused opens changed nothing.
    const last = await openDocumentStore({ embedder: hashingEmbedder(1024, 'amazon.titan-embed-text-v2:0'), dataDir });
    expect(await last.listDocuments(alice)).toHaveLength(1);
    await last.close();
  });
});
