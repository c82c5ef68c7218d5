import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db/client";
import { kpiSnapshots } from "@/db/schema/index";
import type { Point } from "@/lib/domain/goal-types";
import type { Covers, CoveredValue } from "@/lib/domain/series";
import type { TenantContext } from "../context";

export type SeriesKey = { channelId: string; metricId: string };

/** The series' points since `from` (ISO date), oldest first, read through the series index. */
export async function seriesPoints(ctx: TenantContext, key: SeriesKey, from: string, db: Queryable = getDb()): Promise<CoveredValue[]> {
  return db
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value, covers: kpiSnapshots.covers })
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

/** The channel's stored values from `from` to `to` (ISO dates) per metric, oldest first, for the bulk grid. */
export async function channelGridPoints(
  ctx: TenantContext,
  channelId: string,
  range: { from: string; to: string },
  db: Queryable = getDb(),
): Promise<Map<string, CoveredValue[]>> {
  const rows = await db
    .select({ metricId: kpiSnapshots.metricId, date: kpiSnapshots.date, covers: kpiSnapshots.covers, value: kpiSnapshots.value })
    .from(kpiSnapshots)
    .where(
      and(
        eq(kpiSnapshots.orgId, ctx.orgId),
        eq(kpiSnapshots.channelId, channelId),
        gte(kpiSnapshots.date, range.from),
        lte(kpiSnapshots.date, range.to),
      ),
    )
    .orderBy(asc(kpiSnapshots.date));
  const out = new Map<string, CoveredValue[]>();
  for (const { metricId, ...point } of rows) out.set(metricId, [...(out.get(metricId) ?? []), point]);
  return out;
}

/** The channel of the organization's newest measurement (the grid opens on it), or null before the first one. */
export async function newestChannelId(ctx: TenantContext, db: Queryable = getDb()): Promise<string | null> {
  const [row] = await db
    .select({ channelId: kpiSnapshots.channelId })
    .from(kpiSnapshots)
    .where(eq(kpiSnapshots.orgId, ctx.orgId))
    .orderBy(desc(kpiSnapshots.date), desc(kpiSnapshots.recordedAt))
    .limit(1);
  return row?.channelId ?? null;
}

/** Whether the organization has recorded any measurement at all (the measurements page's empty state). */
export async function hasAnyMeasurement(ctx: TenantContext, db: Queryable = getDb()): Promise<boolean> {
  const [row] = await db.select({ id: kpiSnapshots.id }).from(kpiSnapshots).where(eq(kpiSnapshots.orgId, ctx.orgId)).limit(1);
  return Boolean(row);
}

/**
 * Several series at once, each as one row with its points aggregated in SQL
 * (json_agg, oldest first), keyed "channelId:metricId". The same points as
 * one row per value, for about half the CPU: a year of 8 daily series is 8
 * rows to map instead of 2 920.
 */
export async function seriesByKey(
  ctx: TenantContext,
  keys: { channelIds: string[]; metricIds: string[] },
  range: { from: string; to?: string },
  db: Queryable = getDb(),
): Promise<Map<string, CoveredValue[]>> {
  if (!keys.metricIds.length || !keys.channelIds.length) return new Map();
  const rows = await db
    .select({
      channelId: kpiSnapshots.channelId,
      metricId: kpiSnapshots.metricId,
      points: sql<
        [string, number, Covers][]
      >`json_agg(json_build_array(${kpiSnapshots.date}, ${kpiSnapshots.value}, ${kpiSnapshots.covers}) order by ${kpiSnapshots.date})`,
    })
    .from(kpiSnapshots)
    .where(
      and(
        eq(kpiSnapshots.orgId, ctx.orgId),
        // With the channels as well as the metrics, the series index is searched per (channel, metric) from the date on.
        inArray(kpiSnapshots.channelId, keys.channelIds),
        inArray(kpiSnapshots.metricId, keys.metricIds),
        gte(kpiSnapshots.date, range.from),
        range.to ? lte(kpiSnapshots.date, range.to) : undefined,
      ),
    )
    .groupBy(kpiSnapshots.channelId, kpiSnapshots.metricId);
  return new Map(
    rows.map((r) => [`${r.channelId}:${r.metricId}`, r.points.map(([date, value, covers]) => ({ date, value: Number(value), covers }))]),
  );
}
