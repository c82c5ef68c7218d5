import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { benchmarks } from "@/db/schema/index";
import type { TenantContext } from "../context";

/** The organization's benchmark for one metric: its own row if it has one, else the default; null when the metric has none. */
export async function benchmarkForMetric(
  ctx: TenantContext,
  metricId: string,
  db: Queryable = getDb(),
): Promise<{ upliftPct: number; source: string } | null> {
  const [row] = await db
    .select({ upliftPct: benchmarks.upliftPct, source: benchmarks.source })
    .from(benchmarks)
    .where(and(eq(benchmarks.metricId, metricId), or(eq(benchmarks.orgId, ctx.orgId), isNull(benchmarks.orgId))))
    // The organization's own row first.
    .orderBy(sql`${benchmarks.orgId} is null`)
    .limit(1);
  return row ?? null;
}
