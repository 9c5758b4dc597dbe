// Retrieval when an outside authority (FGA) decides who reads what: the k nearest *authorized* chunks, fetched in
// rounds when unauthorized chunks rank higher; and the HNSW index agreeing with an exact scan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashingEmbedder } from './hashing-embedder.ts';
import { type DocumentStore, openDocumentStore } from './store.ts';
import { alice, mallory } from './testing/scenarios.ts';

const QUESTION = 'Kestrel launch budget in Fukuoka';

describe('retrieve: top k authorized chunks', () => {
  let store: DocumentStore;
  const alicesDocs = new Set<string>();

  beforeAll(async () => {
    store = await openDocumentStore({ embedder: hashingEmbedder(256), dataDir: 'memory://' });
    // Thirty near-copies of the question that alice may not read, and six less similar documents she may.
    for (let i = 0; i < 30; i++) {
      await store.addText(mallory, { title: `m${i}.txt`, text: `Kestrel launch budget in Fukuoka, copy ${i}.` });
    }
    for (let i = 0; i < 6; i++) {
      const doc = await store.addText(alice, {
        title: `a${i}.txt`,
        text: `Notes ${i}: the Kestrel project has a budget; the launch city is still open (${'x'.repeat(i)}).`,
      });
      alicesDocs.add(doc.id);
    }
  });
  afterAll(() => store.close());

  it('returns k authorized chunks although unauthorized ones rank higher, asking about each document once', async () => {
    const nearest = await store.nearest(QUESTION, 20);
    expect(nearest.every((hit) => !alicesDocs.has(hit.documentId))).toBe(true); // the first round finds none of hers

    const asked: string[][] = [];
    const hits = await store.retrieve(alice, QUESTION, 5, async (ids) => {
      asked.push(ids);
      return ids.filter((id) => alicesDocs.has(id));
    });
    expect(hits).toHaveLength(5);
    expect(hits.every((hit) => alicesDocs.has(hit.documentId) && hit.access === 'owner')).toBe(true);
    expect(asked.length).toBeGreaterThan(1);
    const all = asked.flat();
    expect(new Set(all).size).toBe(all.length);
    // The same five the exact, SQL-filtered search finds, in the same order.
    const exact = await store.search(alice, QUESTION, 5, { exact: true });
    expect(hits.map((h) => `${h.documentId}/${h.ordinal}`)).toEqual(exact.map((h) => `${h.documentId}/${h.ordinal}`));
  });

  it('returns what exists when fewer than k are authorized, and nothing when nothing is', async () => {
    const one = [...alicesDocs][0] as string;
    const hits = await store.retrieve(alice, QUESTION, 5, async (ids) => ids.filter((id) => id === one));
    expect(hits.map((h) => h.documentId)).toEqual([one]);
    expect(await store.retrieve(alice, QUESTION, 5, async () => [])).toEqual([]);
  });

  it('marks documents of others that the authority allows as shared', async () => {
    const hits = await store.retrieve(alice, QUESTION, 3, async (ids) => ids);
    expect(hits.map((h) => h.access)).toEqual(['shared', 'shared', 'shared']);
  });

  it('finds through the index the same nearest chunks as an exact scan on a small collection', async () => {
    await store.waitForIndex();
    const viaIndex = await store.nearest('budget notes for the launch', 10);
    const exact = await store.nearest('budget notes for the launch', 10, { exact: true });
    // Equally near chunks (the thirty copies differ by one number) may be cut at the tenth place differently;
    // the scores must agree everywhere, and the chunks wherever the score above the cut decides them.
    expect(viaIndex.map((hit) => hit.score.toFixed(6))).toEqual(exact.map((hit) => hit.score.toFixed(6)));
    const cut = exact.at(-1)?.score ?? 0;
    const decided = (hits: typeof exact) =>
      hits.filter((hit) => hit.score.toFixed(6) !== cut.toFixed(6)).map((hit) => `${hit.documentId}/${hit.ordinal}`);
    expect(decided(viaIndex)).toEqual(decided(exact));
    expect(decided(exact).length).toBeGreaterThan(0);
  });
});
