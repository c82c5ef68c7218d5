import { and, asc, desc, eq, gte } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { kpiSnapshots } from "@/db/schema";
import type { Point } from "@/lib/domain/goal-types";
import type { TenantContext } from "./context";

export type SeriesKey = { channelId: string; metricId: string };

/** The series' points since `from` (ISO date), oldest first, read through the series index. */
export async function seriesPoints(ctx: TenantContext, key: SeriesKey, from: string, db: Queryable = getDb()): Promise<Point[]> {
  return db
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value })
    .from(kpiSnapshots)
    .where(
      and(
        eq(kpiSnapshots.orgId, ctx.orgId),
        eq(kpiSnapshots.channelId, key.channelId),
        eq(kpiSnapshots.metricId, key.metricId),
        gte(kpiSnapshots.date, from),
      ),
    )
    .orderBy(asc(kpiSnapshots.date));
}

export async function latestPoint(ctx: TenantContext, key: SeriesKey, db: Queryable = getDb()): Promise<Point | undefined> {
  const [row] = await db
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value })
    .from(kpiSnapshots)
    .where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.channelId, key.channelId), eq(kpiSnapshots.metricId, key.metricId)))
    .orderBy(desc(kpiSnapshots.date))
    .limit(1);
  return row;
}
