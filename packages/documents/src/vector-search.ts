// Nearest chunks by cosine distance, and retrieval of the k nearest chunks a user is authorized to read when an
// outside authority (FGA) decides: candidates come in rounds, nearest first, until k authorized chunks are found or
// the collection is exhausted.
//
// Chunks marked `indexed` are searched through the HNSW index (iterative scans, see db/session.ts); the others,
// just uploaded and not yet taken in by the background indexer (indexer.ts), are few and scanned exactly. Both
// halves are merged by distance, so a new upload is searchable at once.
import { BASE_EF_SEARCH } from './db/session.ts';
import { type Queryable, type Sql, vectorLiteral } from './db/sql.ts';

export interface Candidate {
  documentId: string;
  ownerId: string;
  title: string;
  ordinal: number;
  content: string;
  /** Cosine similarity, 1 = same direction. */
  score: number;
}

/**
 * Decides which of the candidate documents the user may read: gets unique document ids, returns the allowed ones.
 * Called once per round with the documents not decided before (e.g. one FGA batch-check).
 */
export type AuthorizeFn = (documentIds: string[]) => Promise<Iterable<string>>;

export interface RetrieveOptions {
  /** Candidates fetched in the first round; each further round fetches twice as many. Default max(4k, 20). */
  firstRound?: number;
  /** Chunks looked at in total before giving up (a user allowed almost nothing in a large collection). */
  maxCandidates?: number;
  /** The index's candidate list (`efSearchFor` of the collection's size). */
  efSearch?: number;
}

/**
 * SQL for the `$limit` chunks nearest to `$1` (a vector) that satisfy `filter` (over `c` document_chunks and
 * `d` documents), after skipping `$offset`: the indexed half through HNSW, the unindexed half exactly.
 */
export function nearestSql(filter: string, limit: string, offset: string): string {
  const half = (indexed: boolean) => `(select c.document_id, c.ordinal, c.content, d.owner_id, d.title,
            c.embedding <=> $1::vector as distance
       from document_chunks c join documents d on d.id = c.document_id
      where ${indexed ? '' : 'not '}c.indexed and (${filter})
      order by c.embedding <=> $1::vector
      limit ${limit}::int + ${offset}::int)`;
  // Equal distances are common (near-copies); the id tie-break keeps pages of a ranking from overlapping.
  return `select * from (${half(true)} union all ${half(false)}) nearest
   order by distance, document_id, ordinal limit ${limit} offset ${offset}`;
}

export interface NearestRow {
  document_id: string;
  owner_id: string;
  title: string;
  ordinal: number;
  content: string;
  distance: number;
}

export interface NearestOptions {
  /** A full scan instead of the index (the reference the benchmark measures recall against). */
  exact?: boolean;
  /** The index's candidate list for this collection (`efSearchFor`); the connection's default when omitted. */
  efSearch?: number;
}

/** Runs a nearest-chunks statement through the index with the given candidate list, or as a full scan. */
export function runNearest(
  sql: Sql,
  statement: string,
  params: unknown[],
  { exact = false, efSearch = BASE_EF_SEARCH }: NearestOptions = {},
): Promise<NearestRow[]> {
  if (!exact && efSearch === BASE_EF_SEARCH) return sql.query<NearestRow>(statement, params);
  return sql.transaction(async (tx: Queryable) => {
    // `set local` ends with the transaction: the connection goes back to the pool with its defaults.
    await tx.query(exact ? 'set local enable_indexscan = off' : `set local hnsw.ef_search = ${Math.trunc(efSearch)}`);
    return tx.query<NearestRow>(statement, params);
  });
}

const toCandidate = (row: NearestRow): Candidate => ({
  documentId: row.document_id,
  ownerId: row.owner_id,
  title: row.title,
  ordinal: Number(row.ordinal),
  content: row.content,
  score: 1 - Number(row.distance),
});

/** The `limit` chunks nearest to `vector` in the whole collection after skipping `offset`. */
export async function nearestChunks(
  sql: Sql,
  vector: readonly number[],
  { limit, offset = 0, ...options }: { limit: number; offset?: number } & NearestOptions,
): Promise<Candidate[]> {
  const rows = await runNearest(sql, nearestSql('true', '$2', '$3'), [vectorLiteral(vector), limit, offset], options);
  return rows.map(toCandidate);
}

/** The k nearest chunks among documents `authorize` allows, asking about each document once. */
export async function retrieveAuthorized(
  sql: Sql,
  vector: readonly number[],
  k: number,
  authorize: AuthorizeFn,
  options: RetrieveOptions = {},
): Promise<Candidate[]> {
  const decided = new Map<string, boolean>();
  const seen = new Set<string>();
  const found: Candidate[] = [];
  const maxCandidates = options.maxCandidates ?? 2_000;
  let offset = 0;
  let size = options.firstRound ?? Math.max(4 * k, 20);
  while (found.length < k && offset < maxCandidates) {
    const limit = Math.min(size, maxCandidates - offset);
    const round = await nearestChunks(sql, vector, { limit, offset, efSearch: options.efSearch });
    const undecided = [...new Set(round.map((c) => c.documentId))].filter((id) => !decided.has(id));
    if (undecided.length > 0) {
      const allowed = new Set(await authorize(undecided));
      for (const id of undecided) decided.set(id, allowed.has(id));
    }
    for (const candidate of round) {
      const key = `${candidate.documentId}/${candidate.ordinal}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (decided.get(candidate.documentId) && found.length < k) found.push(candidate);
    }
    if (round.length < limit) break; // the collection has no more chunks
    offset += round.length;
    size *= 2;
  }
  return found;
}
