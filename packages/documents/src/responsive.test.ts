// One user's hostile upload does not freeze the app for the others: while a PDF that keeps pdf.js busy for
// seconds is being read (in its worker), another user's document list keeps being answered quickly, and the
// event loop never stalls. Judged by counts and generous bounds, not tight timings: extraction on the event
// loop would block it for the whole parse (seconds), so the list would get at most a couple of answers.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsError } from './errors.ts';
import { hashingEmbedder } from './hashing-embedder.ts';
import { DEFAULT_UPLOAD_LIMITS } from './limits.ts';
import { type DocumentStore, type DocumentSummary, openDocumentStore } from './store.ts';
import { pdfBomb } from './testing/hostile-pdf.ts';
import { bob, mallory } from './testing/scenarios.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let store: DocumentStore;
beforeAll(async () => {
  // Limits loose enough to let pdf.js work on the file for seconds, then stop it: the worst case that passes the
  // cheap checks.
  store = await openDocumentStore({
    embedder: hashingEmbedder(),
    dataDir: 'memory://',
    limits: { maxInflatedBytes: 64 * 1024 * 1024, maxExtractMs: 6_000 },
  });
  await store.addText(bob, { title: 'bob.txt', text: 'Bob keeps notes about the Nagoya office.' });
});
afterAll(() => store.close());

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};

describe('a hostile upload and another user', () => {
  it("keeps the other user's document list fast and the event loop free while the worker parses", async () => {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();

    let settled = false;
    const hostile = store
      .addDocument(mallory, { filename: 'slow.pdf', bytes: pdfBomb(8_000_000) })
      .then(
        (stored) => stored,
        (error: unknown) => error,
      )
      .finally(() => {
        settled = true;
      });

    const latencies: number[] = [];
    while (!settled) {
      const start = performance.now();
      const documents = await store.listDocuments(bob);
      latencies.push(performance.now() - start);
      expect(documents.map((d) => d.title)).toEqual(['bob.txt']);
      await sleep(50);
    }
    delay.disable();

    // Stopped at the time limit; or, when pdf.js gives up part-way on its own (its worker's heap cap), stored
    // within the bounds.
    const outcome = await hostile;
    if (outcome instanceof DocumentsError) expect(outcome).toMatchObject({ code: 'upload-too-complex', status: 422 });
    else expect((outcome as DocumentSummary).chunkCount).toBeLessThanOrEqual(DEFAULT_UPLOAD_LIMITS.maxChunks);

    // The parse ran for seconds (until the 6 s stop): the list was answered all along.
    expect(latencies.length).toBeGreaterThanOrEqual(10);
    expect(percentile(latencies, 95)).toBeLessThan(500);
    expect(delay.max / 1e6).toBeLessThan(1_000);

    // The worker's memory went with it; this thread holds nothing of the file.
    gc();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
  }, 120_000);
});
