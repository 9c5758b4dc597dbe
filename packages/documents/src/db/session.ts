/**
 * Settings every connection searches with. `hnsw.ef_search` trades speed for recall (pgvector's default is 40);
 * 100 is the floor, raised per query for larger collections (`efSearchFor`). Iterative index scans (pgvector >= 0.8)
 * keep walking the index when a filter or an OFFSET drops rows, so `where ... order by distance limit k` still
 * returns k rows when they exist; `strict_order` keeps them in exact distance order. Older pgvector ignores the
 * unknown setting.
 */
export const BASE_EF_SEARCH = 100;
export const SEARCH_SETTINGS = `set hnsw.ef_search = ${BASE_EF_SEARCH}; set hnsw.iterative_scan = strict_order`;

/**
 * The HNSW candidate list for a collection of `indexedChunks`: 100 up to about 7,500 chunks, then growing as n^0.62
 * (120 at 10,000, 501 at 100,000), at most 1,000 (pgvector's limit). A fixed list misses more of the true nearest
 * chunks as the graph grows: measured on the benchmark's corpus, recall@5 with 100 was 0.95-0.97 at 10,000 chunks
 * but 0.77 at 100,000, where 400 gave 0.95, 501 0.97 and 600 0.98 (p50 12 ms with 400 and 15 ms with 500, from the
 * buffers).
 */
export function efSearchFor(indexedChunks: number): number {
  const grown = Math.ceil(120 * (Math.max(indexedChunks, 0) / 10_000) ** 0.62);
  return Math.min(1_000, Math.max(BASE_EF_SEARCH, grown));
}
