// Takes newly uploaded chunks into the HNSW index in the background, a small batch at a time, while no upload is
// being stored and uploads have paused: marking a chunk `indexed` is what inserts it into the index (the costly part
// of a write), so uploads return at the speed of a plain insert, and searches wait at most one batch (PGlite runs one
// statement at a time, on this thread). Until then the chunks are searched exactly (vector-search.ts), so nothing is
// ever missing from results.
import type { Sql } from './db/sql.ts';

/** Chunks per statement: about a tenth of a second of HNSW inserts in PGlite, the longest a search waits for. */
const BATCH = 16;
/** Uploads this recent keep the indexer waiting (PGlite shares one thread between both). */
const QUIET_MS = 200;
/** A steady stream of uploads keeps it waiting at most this long per batch, so the index never falls far behind. */
const MAX_YIELD_MS = 5_000;

export interface Indexer {
  /** An upload is being stored: no batch starts until the returned `release` (which wakes the indexer). */
  hold(): () => void;
  /** Starts (or continues) indexing what is waiting; returns at once. */
  wake(): void;
  /** Resolves when nothing is waiting (benchmarks, tests). */
  idle(): Promise<void>;
  /** Stops after the current batch. */
  stop(): Promise<void>;
  /**
   * About how many chunks are in the index (sizes the search's candidate list): counted once at start, then what
   * this indexer adds. Deletions are counted at the next start; until then the estimate is high, which errs towards
   * recall.
   */
  indexedChunks(): number;
}

export function backgroundIndexer(sql: Sql): Indexer {
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;
  let lastWake = 0;
  let holds = 0;
  let indexed = 0;
  // One scan at start (about a second at 100,000 chunks in PGlite); 0 until it answers, the smallest setting.
  const counted = sql
    .query<{ n: number }>('select count(*)::int as n from document_chunks where indexed')
    .then(([row]) => {
      indexed += Number(row?.n ?? 0);
    })
    .catch(() => {});

  const quiet = async () => {
    const until = Date.now() + MAX_YIELD_MS;
    while (!stopped) {
      const wait = Math.min(holds > 0 ? QUIET_MS : lastWake + QUIET_MS - Date.now(), until - Date.now());
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  async function drain(): Promise<void> {
    do {
      again = false;
      while (!stopped) {
        await quiet();
        if (stopped) break;
        const rows = await sql.query<{ id: string }>(
          `update document_chunks set indexed = true
            where id in (select id from document_chunks where not indexed order by id limit ${BATCH})
            returning id`,
        );
        indexed += rows.length;
        if (rows.length < BATCH) break;
      }
    } while (again && !stopped);
  }

  const wake = () => {
    if (stopped) return;
    lastWake = Date.now();
    if (running) {
      again = true;
      return;
    }
    running = drain()
      // A failed batch (a connection drop, say) is retried on the next upload; the chunks stay searchable meanwhile.
      .catch(() => {})
      .finally(() => {
        running = undefined;
      });
  };

  return {
    hold() {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        wake();
      };
    },
    wake,
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      await Promise.all([running, counted]);
    },
    indexedChunks: () => indexed,
  };
}
