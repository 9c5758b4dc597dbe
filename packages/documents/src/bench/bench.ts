// Ingest and search benchmark: `pnpm bench` (this package). Prints measured numbers side by side, asserts nothing.
// For each backend, with the data in a temporary folder as the app keeps it: ingest (uploads return; the background
// indexer takes the chunks into HNSW meanwhile, and the second figure is the rate until everything is indexed), then
// the store is opened again as the app's next start does (PGlite's buffers sized to the index), then the same
// questions answered by an exact scan and through the index (p50 / p95, and recall@5 of the index against the exact
// answer); then the FGA filter: a batch-check of 50 candidates against dev-fga through @openfga/sdk, and retrieval
// of the top 5 authorized chunks. Embeddings come from the offline hashing embedder; the time spent inside it is not
// counted as ingest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { OpenFgaClient } from '@openfga/sdk';
import { modelFromDsl, startDevFga } from '@repo/dev-fga';
import { efSearchFor } from '../db/session.ts';
import { hashingEmbedder } from '../hashing-embedder.ts';
import { type DocumentStore, type Embedder, openDocumentStore } from '../store.ts';
import { startWireServer } from '../testing/wire-server.ts';
import { documentText, question } from './corpus.ts';

const LARGE = process.env.BENCH_LARGE === '1';
const CHUNKS = Number(process.env.BENCH_CHUNKS ?? (LARGE ? 100_000 : 10_000));
const DIMENSIONS = 1024; // Titan Text Embeddings v2 default
const PER_DOCUMENT = 50;
const DOCUMENTS = Math.ceil(CHUNKS / PER_DOCUMENT);
const SEARCHES = 100;
const owner = { userId: 'bench|owner', email: 'owner@example.com' };
const reader = { userId: 'bench|reader', email: 'reader@example.com' };
// One owner holds the whole corpus, far past a user's upload quota.
const limits = { maxDocumentsPerUser: Number.POSITIVE_INFINITY, maxStoredBytesPerUser: Number.POSITIVE_INFINITY };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>, into: number[]): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  into.push(performance.now() - t0);
  return result;
}

/** The hashing embedder, with the time spent in it counted apart. */
function meteredEmbedder(): Embedder & { seconds: number } {
  const inner = hashingEmbedder(DIMENSIONS, 'bench-hashing');
  const metered = {
    ...inner,
    seconds: 0,
    embed: async (texts: string[]) => {
      const t0 = performance.now();
      const vectors = await inner.embed(texts);
      metered.seconds += (performance.now() - t0) / 1000;
      return vectors;
    },
  };
  return metered;
}

const questions = Array.from({ length: SEARCHES }, (_, i) => question(i, DOCUMENTS, PER_DOCUMENT));

async function ingest(store: DocumentStore, embedder: { seconds: number }): Promise<{ chunks: number; ids: string[] }> {
  const started = performance.now();
  const before = embedder.seconds;
  let chunks = 0;
  const ids: string[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const doc = await store.addText(owner, { title: `doc-${d}.txt`, text: documentText(d, PER_DOCUMENT).join('\n\n') });
    chunks += doc.chunkCount;
    ids.push(doc.id);
    if (LARGE && d % 200 === 199) process.stderr.write(`  ${chunks} chunks stored\n`);
  }
  const seconds = (performance.now() - started) / 1000 - (embedder.seconds - before);
  await store.waitForIndex();
  const indexed = (performance.now() - started) / 1000 - (embedder.seconds - before);
  const rate = (s: number) => `${Math.round(chunks / s).toLocaleString('en')} chunks/s`;
  rows.push({ ingest: rate(seconds), indexed: rate(indexed) });
  return { chunks, ids };
}

/**
 * Exact answers first, then the index's, each in a pass of its own after ten untimed questions: a full scan between
 * two index searches, or code WebAssembly has not yet compiled at its top tier, slows them in a way a running app
 * does not see.
 */
async function searches(store: DocumentStore): Promise<void> {
  const exact: number[] = [];
  const index: number[] = [];
  const truths = [];
  for (const q of questions.slice(0, 10)) await store.nearest(q, 5, { exact: true });
  for (const q of questions) truths.push(await timed(() => store.nearest(q, 5, { exact: true }), exact));
  for (const q of questions.slice(0, 10)) await store.nearest(q, 5);
  let overlap = 0;
  for (const [i, q] of questions.entries()) {
    const found = await timed(() => store.nearest(q, 5), index);
    const keys = new Set(truths[i]?.map((h) => `${h.documentId}/${h.ordinal}`));
    overlap += found.filter((h) => keys.has(`${h.documentId}/${h.ordinal}`)).length;
  }
  Object.assign(rows.at(-1) as object, {
    exact: ms(exact),
    index: ms(index),
    recall: (overlap / (5 * SEARCHES)).toFixed(3),
  });
}

/** Opens the store again, as the app's next start does: PGlite's buffers are sized to the index and read in. */
async function reopen(open: () => Promise<DocumentStore>): Promise<DocumentStore> {
  const t0 = performance.now();
  const store = await open();
  Object.assign(rows.at(-1) as object, { reopen: `${((performance.now() - t0) / 1000).toFixed(1)} s` });
  return store;
}

const rows: Record<string, string>[] = [];

console.log(
  `@repo/documents benchmark: ${CHUNKS.toLocaleString('en')} chunks of ~600 characters, ${DIMENSIONS} dimensions, ` +
    `HNSW (m 16, ef_construction 64, ef_search ${efSearchFor(CHUNKS)}) against exact search, ${SEARCHES} top-5 ` +
    'questions; data in a folder, as the app keeps it',
);
if (!LARGE) console.log('  (BENCH_LARGE=1 runs 100,000 chunks: opt-in, it takes long on 2 cores)');

const folders: string[] = [];
const folder = () => {
  const path = mkdtempSync(join(tmpdir(), 'documents-bench-'));
  folders.push(path);
  return path;
};
process.on('exit', () => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

// PGlite in-process, then the FGA filter on the same store.
const embedder = meteredEmbedder();
const localDir = folder();
const openLocal = () => openDocumentStore({ embedder, dataDir: localDir, limits });
const ingested = await openLocal();
const { ids } = await ingest(ingested, embedder);
rows[0] = { backend: 'PGlite in-process', ...rows[0] };
await ingested.close();
const local = await reopen(openLocal);
await searches(local);

const fga = await startDevFga({ port: 0 });
const fgaLines: string[] = [];
try {
  const admin = new OpenFgaClient({ apiUrl: fga.url });
  const { id: storeId } = await admin.createStore({ name: 'bench' });
  const client = new OpenFgaClient({ apiUrl: fga.url, storeId });
  await client.writeAuthorizationModel(
    modelFromDsl(
      'model\n  schema 1.1\ntype user\ntype doc\n  relations\n    define owner: [user]\n    define viewer: [user, user:*]\n    define can_view: owner or viewer\n',
    ) as Parameters<OpenFgaClient['writeAuthorizationModel']>[0],
  );
  // The reader may see every other document.
  const allowed = ids.filter((_, i) => i % 2 === 0);
  for (let i = 0; i < allowed.length; i += 100) {
    await client.write({
      writes: allowed
        .slice(i, i + 100)
        .map((id) => ({ user: `user:${reader.userId}`, relation: 'viewer', object: `doc:${id}` })),
    });
  }
  const authorize = async (documentIds: string[]) => {
    const { result } = await client.batchCheck({
      checks: documentIds.map((id) => ({ user: `user:${reader.userId}`, relation: 'can_view', object: `doc:${id}` })),
    });
    return result.filter((r) => r.allowed).map((r) => r.request.object.slice('doc:'.length));
  };
  const batch: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const candidates = Array.from({ length: 50 }, (_, j) => ids[(i * 50 + j) % ids.length] as string);
    await timed(() => authorize(candidates), batch);
  }
  const plain: number[] = [];
  const filtered: number[] = [];
  for (const q of questions) {
    await timed(() => local.nearest(q, 5), plain);
    await timed(() => local.retrieve(reader, q, 5, authorize), filtered);
  }
  fgaLines.push(
    `FGA filter (dev-fga through @openfga/sdk, reader allowed half of ${ids.length} documents):`,
    `  batch-check of 50 candidates: p50 / p95 ${ms(batch)}`,
    `  top-5 authorized retrieval: p50 / p95 ${ms(filtered)} vs top-5 index search alone ${ms(plain)} ` +
      `(adds ${(percentile(filtered, 50) - percentile(plain, 50)).toFixed(1)} ms at p50)`,
  );
} finally {
  await fga.close();
  await local.close();
}

// The same over the Postgres wire protocol (node-postgres against PGlite served over TCP).
const remoteEmbedder = meteredEmbedder();
const remoteDir = folder();
let server = await startWireServer({ dataDir: remoteDir });
const ingestedRemote = await openDocumentStore({ embedder: remoteEmbedder, databaseUrl: server.url, limits });
await ingest(ingestedRemote, remoteEmbedder);
rows[1] = { backend: 'Postgres wire (pg)', ...rows[1] };
await ingestedRemote.close();
await server.stop();
const remote = await reopen(async () => {
  server = await startWireServer({ dataDir: remoteDir });
  return openDocumentStore({ embedder: remoteEmbedder, databaseUrl: server.url, limits });
});
try {
  await searches(remote);
} finally {
  await remote.close();
  await server.stop();
}

console.table(
  rows.map((r) => ({
    backend: r.backend,
    ingest: r.ingest,
    'all indexed': r.indexed,
    reopen: r.reopen,
    'exact p50 / p95': r.exact,
    'HNSW p50 / p95': r.index,
    'recall@5': r.recall,
  })),
);
for (const line of fgaLines) console.log(line);
