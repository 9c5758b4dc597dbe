// Ingest and search benchmark: `pnpm bench` (this package). Prints measured numbers, asserts nothing.
// Embeddings come from the offline hashing embedder, so the numbers are the store's own cost
// (chunking, vector transfer, inserts, exact cosine search), not a model's.
import { performance } from 'node:perf_hooks';
import { hashingEmbedder } from '../hashing-embedder.ts';
import { type DocumentStore, openDocumentStore } from '../store.ts';
import { startWireServer } from '../testing/wire-server.ts';

const CHUNKS = Number(process.env.BENCH_CHUNKS ?? 10_000);
const DIMENSIONS = 1024; // Titan Text Embeddings v2 default
const PER_DOCUMENT = 50;
const SEARCHES = 200;

const WORDS = [
  'Bedrock',
  'Auth0',
  'token',
  'region',
  'invoice',
  'Kestrel',
  'budget',
  'Osaka',
  'policy',
  'model',
  'latency',
  'shipment',
  '請求書',
  '予算',
  '東京',
  '権限',
  '手順',
  '契約',
  '出荷',
  '会議',
  '担当者',
  '期限',
  '見積もり',
  '監査',
];

function paragraph(seed: number): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  while (words.join(' ').length < 600) {
    x = (x * 1103515245 + 12345) >>> 0;
    words.push(WORDS[x % WORDS.length] ?? 'x');
  }
  return `${words.join(' ')}。`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(label: string, store: DocumentStore): Promise<void> {
  const user = { userId: 'bench|owner', email: 'owner@example.com' };
  const documents = Math.ceil(CHUNKS / PER_DOCUMENT);
  const started = performance.now();
  let stored = 0;
  for (let d = 0; d < documents; d++) {
    const text = Array.from({ length: PER_DOCUMENT }, (_, i) => paragraph(d * PER_DOCUMENT + i)).join('\n\n');
    stored += (await store.addText(user, { title: `doc-${d}.txt`, text })).chunkCount;
  }
  const ingestSeconds = (performance.now() - started) / 1000;

  const latencies: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const t0 = performance.now();
    await store.search(user, `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} の期限`, 5);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(22)} ${stored} chunks  ingest ${(stored / ingestSeconds).toFixed(0)} chunks/s  ` +
      `top-5 search p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms`,
  );
}

const embedder = hashingEmbedder(DIMENSIONS, 'bench-hashing');
console.log(`@repo/documents benchmark: ${CHUNKS} chunks of ~600 characters, ${DIMENSIONS} dimensions, exact search`);

const local = await openDocumentStore({ embedder, dataDir: 'memory://' });
await run('PGlite (in-process)', local);
await local.close();

const server = await startWireServer();
const remote = await openDocumentStore({ embedder, databaseUrl: server.url });
await run('Postgres wire (pg)', remote);
await remote.close();
await server.stop();
