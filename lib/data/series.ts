import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
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

/** The series' last `limit` points, oldest first. */
export async function recentPoints(ctx: TenantContext, key: SeriesKey, limit: number, db: Queryable = getDb()): Promise<Point[]> {
  const rows = await db
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value })
    .from(kpiSnapshots)
    .where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.channelId, key.channelId), eq(kpiSnapshots.metricId, key.metricId)))
    .orderBy(desc(kpiSnapshots.date))
    .limit(limit);
  return rows.reverse();
}

/** The channel's values on the given dates, keyed "metricId|date", for the bulk grid. */
export async function channelValuesOn(ctx: TenantContext, channelId: string, dates: string[], db: Queryable = getDb()): Promise<Record<string, number>> {
  if (!dates.length) return {};
  const rows = await db
    .select({ metricId: kpiSnapshots.metricId, date: kpiSnapshots.date, value: kpiSnapshots.value })
    .from(kpiSnapshots)
    .where(and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.channelId, channelId), inArray(kpiSnapshots.date, dates)));
  return Object.fromEntries(rows.map((r) => [`${r.metricId}|${r.date}`, r.value]));
}

/** Whether the organization has recorded any measurement at all (the measurements page's empty state). */
export async function hasAnyMeasurement(ctx: TenantContext, db: Queryable = getDb()): Promise<boolean> {
  const [row] = await db.select({ id: kpiSnapshots.id }).from(kpiSnapshots).where(eq(kpiSnapshots.orgId, ctx.orgId)).limit(1);
  return Boolean(row);
}
