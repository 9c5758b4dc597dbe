/**
 * Settings every connection searches with. `hnsw.ef_search` trades speed for recall (pgvector's default is 40;
 * the benchmark measures recall at 100). Iterative index scans (pgvector >= 0.8) keep walking the index when a
 * filter or an OFFSET drops rows, so `where ... order by distance limit k` still returns k rows when they exist;
 * `strict_order` keeps them in exact distance order. Older pgvector ignores the unknown setting.
 */
export const SEARCH_SETTINGS = 'set hnsw.ef_search = 100; set hnsw.iterative_scan = strict_order';
