/**
 * The one bench and test hook in the database layer: every query run through
 * Drizzle is counted, so tests and the benchmark can prove a page reads in a
 * constant number of queries, and bench/explain.ts can capture each query's
 * SQL for EXPLAIN. Production only counts (a number on globalThis).
 */
type QueryCounter = { count: number; onQuery?: (query: string, params: unknown[]) => void };

// On globalThis so Next's separate bundles (and hot reloads) share one counter.
const counter = ((globalThis as unknown as { __maalbarQueries?: QueryCounter }).__maalbarQueries ??= { count: 0 });

/** Drizzle's logger: db/client hands it to whichever driver runs. */
export const queryLogger = {
  logQuery: (query: string, params: unknown[]) => {
    counter.count++;
    counter.onQuery?.(query, params);
  },
};

/** Queries run through Drizzle by this process so far. */
export function queryCount(): number {
  return counter.count;
}

/** bench/explain.ts: see every query from now on (the SQL and its parameters). */
export function captureQueries(onQuery: QueryCounter["onQuery"]): void {
  counter.onQuery = onQuery;
}
