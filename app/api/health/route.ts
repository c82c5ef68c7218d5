import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { log } from "@/lib/log";
import { benchCountersEnabled } from "./bench-gate";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
export async function GET(): Promise<Response> {
  try {
    await Promise.race([
      getDb().execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 3000)),
    ]);
    // Only under the benchmark harness: the process's query counter, this check's own query included.
    const counters = benchCountersEnabled() ? { queries: queryCount() } : {};
    return Response.json({ status: "ok", database: "ok", ...counters }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    log.error({ err: error, event: "health.failed" }, "health check failed");
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
