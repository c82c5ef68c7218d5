import { type Env, env } from "@/lib/env";

/**
 * The benchmark harness (bench/run.ts) reads the process's Drizzle query
 * counter through /api/health to work out SQL queries per request. The
 * counter says nothing secret, but it is nobody else's business: it is in the
 * answer only when the server was started with MAALBAR_BENCH=1 exactly, which
 * only the harness does.
 */
export function benchCountersEnabled(source: Pick<Env, "MAALBAR_BENCH"> = env()): boolean {
  return source.MAALBAR_BENCH === "1";
}
