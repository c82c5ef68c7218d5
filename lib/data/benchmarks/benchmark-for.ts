import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { benchmarks } from "@/db/schema/index";
import type { TenantContext } from "../context";

/** The organization's benchmark for one channel: its own row if it has one, else the default. */
export async function benchmarkForChannel(
  ctx: TenantContext,
  channelId: string,
  db: Queryable = getDb(),
): Promise<{ upliftPct: number; source: string } | null> {
  const [row] = await db
    .select({ upliftPct: benchmarks.upliftPct, source: benchmarks.source })
    .from(benchmarks)
    .where(and(eq(benchmarks.channelId, channelId), or(eq(benchmarks.orgId, ctx.orgId), isNull(benchmarks.orgId))))
    // The organization's own row first.
    .orderBy(sql`${benchmarks.orgId} is null`)
    .limit(1);
  return row ?? null;
}
