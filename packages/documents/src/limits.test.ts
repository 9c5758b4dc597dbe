// Bounded work per upload, each bound with its own answer in both languages, and per-user pace and quota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsError } from './errors.ts';
import { hashingEmbedder } from './hashing-embedder.ts';
import { DEFAULT_UPLOAD_LIMITS } from './limits.ts';
import { type DocumentStore, openDocumentStore } from './store.ts';
import { pdfBomb, pdfWithPages } from './testing/hostile-pdf.ts';
import { alice, bob } from './testing/scenarios.ts';
import { extractUpload } from './upload.ts';
import { UploadGate } from './upload-gate.ts';
import { readUploadRequest } from './upload-request.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<DocumentsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentsError);
  const documentsError = error as DocumentsError;
  // Every refusal explains itself in both languages.
  for (const text of [documentsError.localized, documentsError.fix]) {
    expect(text.ja).toMatch(/[\u3040-\u30ff]/);
    expect(text.en).not.toMatch(/[\u3040-\u30ff]/);
  }
  return documentsError;
}

describe('one upload does bounded work', () => {
  it('refuses a PDF bomb (61 KB inflating to 21 MB) before parsing it: 422', async () => {
    const bomb = pdfBomb(21_000_000);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const error = await refusal(extractUpload({ filename: 'bomb.pdf', bytes: bomb }));
    expect(error).toMatchObject({ code: 'upload-too-complex', status: 422 });
    expect(error.localized.en).toContain('decompressed');
  });

  it('refuses a 9.5 MB text file for its length: 413 with the number of characters', async () => {
    const bytes = new Uint8Array(9_500_000).fill(0x61);
    const error = await refusal(extractUpload({ filename: 'huge.txt', bytes }));
    expect(error).toMatchObject({ code: 'upload-too-much-text', status: 413 });
    expect(error.localized.en).toContain('9,500,000 characters');
  });

  it('refuses too many pages, and stops extraction that runs too long', async () => {
    const pages = await refusal(
      extractUpload({ filename: 'pages.pdf', bytes: pdfWithPages(12) }, { ...DEFAULT_UPLOAD_LIMITS, maxPages: 10 }),
    );
    expect(pages).toMatchObject({ code: 'upload-too-many-pages', status: 422 });
    expect(pages.localized.ja).toContain('12 ページ');

    // A limit no parse can meet (a worker thread takes longer than 1 ms just to start), so the outcome does not
    // depend on how fast this machine parses; responsive.test.ts runs a parse into the real limit.
    const slow = await refusal(
      extractUpload({ filename: 'slow.pdf', bytes: pdfBomb(3_000_000) }, { ...DEFAULT_UPLOAD_LIMITS, maxExtractMs: 1 }),
    );
    expect(slow).toMatchObject({ code: 'upload-too-complex', status: 422 });
    expect(slow.localized.en).toContain('did not finish within');
  });

  it('refuses control characters and very long file names (they become the title)', async () => {
    const nul = await refusal(extractUpload({ filename: 'a\u0000b.txt', bytes: utf8('text') }));
    expect(nul).toMatchObject({ code: 'upload-filename-invalid', status: 400 });
    const long = await refusal(extractUpload({ filename: `${'x'.repeat(200_000)}.txt`, bytes: utf8('text') }));
    expect(long).toMatchObject({ code: 'upload-filename-invalid', status: 400 });
    expect(long.localized.en).toContain('200,004 characters');
  });
});

describe('reading the upload request', () => {
  const multipart = (body: BodyInit, length?: number) =>
    new Request('http://localhost/api/documents', {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        ...(length !== undefined ? { 'content-length': String(length) } : {}),
      },
      body,
      duplex: 'half',
    } as RequestInit);

  it('cuts off a body sent without Content-Length at the limit: 413, not "no file"', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (sent >= 50 * 1024 * 1024) controller.close();
      },
    });
    const error = await refusal(readUploadRequest(multipart(endless)));
    expect(error).toMatchObject({ code: 'upload-too-large', status: 413 });
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a declared size over the limit without reading, and a body that is not multipart', async () => {
    expect(await refusal(readUploadRequest(multipart('x', 50 * 1024 * 1024)))).toMatchObject({ status: 413 });
    const plain = new Request('http://localhost/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'file=x',
    });
    expect(await refusal(readUploadRequest(plain))).toMatchObject({ code: 'upload-not-multipart', status: 415 });
  });

  it('reads the file field of a real form', async () => {
    const form = new FormData();
    form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    const upload = await readUploadRequest(
      new Request('http://localhost/api/documents', { method: 'POST', body: form }),
    );
    expect(upload.filename).toBe('hello.txt');
    expect(new TextDecoder().decode(upload.bytes)).toBe('hello');
  });
});

describe('per-user pace', () => {
  it('admits one upload at a time per user and a fixed number per window, with Retry-After', () => {
    let now = 0;
    const gate = new UploadGate({ ...DEFAULT_UPLOAD_LIMITS, uploadsPerWindow: 2, windowMs: 60_000 }, () => now);
    const leave = gate.enter('alice');
    expect(() => gate.enter('alice')).toThrow(expect.objectContaining({ code: 'upload-rate-limited', status: 429 }));
    gate.enter('bob')(); // other users are not affected
    leave();
    gate.enter('alice')();
    now = 10_000;
    let refused: DocumentsError | undefined;
    try {
      gate.enter('alice');
    } catch (error) {
      refused = error as DocumentsError;
    }
    expect(refused).toMatchObject({ code: 'upload-rate-limited', status: 429, retryAfterSeconds: 50 });
    now = 61_000;
    gate.enter('alice')();
  });
});

describe('store: quota, shares', () => {
  let store: DocumentStore;
  beforeAll(async () => {
    store = await openDocumentStore({
      embedder: hashingEmbedder(),
      dataDir: 'memory://',
      limits: { maxDocumentsPerUser: 2, maxStoredBytesPerUser: 1000 },
    });
  });
  afterAll(() => store.close());

  it('keeps each user within their quota, and another user unaffected', async () => {
    await store.addDocument(alice, { filename: 'one.txt', bytes: utf8('First note about Osaka.') });
    const tooBig = await refusal(store.addDocument(alice, { filename: 'big.txt', bytes: utf8('x '.repeat(600)) }));
    expect(tooBig).toMatchObject({ code: 'storage-quota-exceeded', status: 413 });
    await store.addDocument(alice, { filename: 'two.txt', bytes: utf8('Second note about Kyoto.') });
    const tooMany = await refusal(store.addDocument(alice, { filename: 'three.txt', bytes: utf8('Third.') }));
    expect(tooMany).toMatchObject({ code: 'storage-quota-exceeded', status: 413 });
    expect(await store.listDocuments(alice)).toHaveLength(2);
    await store.addDocument(bob, { filename: 'bob.txt', bytes: utf8('Bob writes about Nagoya.') });
  });

  it('refuses sharing with your own address and addresses with control characters', async () => {
    const [doc] = await store.listDocuments(alice);
    const id = doc?.id ?? '';
    expect(await refusal(store.shareDocument(alice, id, 'Alice@Example.com'))).toMatchObject({
      code: 'share-self',
      status: 400,
    });
    for (const address of ['bob\u0000@example.com', 'bob@exa\u0000mple.com']) {
      expect(await refusal(store.shareDocument(alice, id, address))).toMatchObject({ code: 'share-email-invalid' });
      expect(await refusal(store.unshareDocument(alice, id, address))).toMatchObject({ code: 'share-email-invalid' });
    }
  });
});
