import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type Queryable } from "@/db/client";
import {
  type Benchmark,
  benchmarks,
  type Channel,
  channels,
  type Direction,
  goals,
  type Metric,
  metrics,
  type Unit,
} from "@/db/schema/index";
import { type ActualUpliftReason, actualUpliftDetail, targetsUplift6m, upliftWindowStart } from "@/lib/domain/actual-uplift";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "../context";
import { seriesByKey } from "@/lib/data/measurements";
import { isUuid } from "@/lib/ids";

export type BenchmarkRow = {
  channelId: string;
  channelKey: string;
  channelNb: string;
  channelEn: string;
  metricId: string;
  metricNb: string;
  metricEn: string;
  unit: Unit;
  direction: Direction;
  upliftPct: number;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
  /** True when the organization has its own row instead of the default. */
  overridden: boolean;
  /** True when a default row exists, so resetting the organization's own row falls back to it. */
  hasDefault: boolean;
};

function toRow(channel: Channel, metric: Metric, own: Benchmark | null, standard: Benchmark | null): BenchmarkRow | null {
  const row = own ?? standard;
  if (!row) return null;
  return {
    channelId: channel.id,
    channelKey: channel.key,
    channelNb: channel.nameNb,
    channelEn: channel.nameEn,
    metricId: metric.id,
    metricNb: metric.nameNb,
    metricEn: metric.nameEn,
    unit: metric.unit,
    direction: metric.direction,
    upliftPct: row.upliftPct,
    typicalGoalNb: row.typicalGoalNb,
    typicalGoalEn: row.typicalGoalEn,
    source: row.source,
    overridden: Boolean(own),
    hasDefault: Boolean(standard),
  };
}

/** The organization's metrics (with their channels) joined with its own benchmark row and the default one. */
function tableQuery(ctx: TenantContext) {
  const own = alias(benchmarks, "own");
  const standard = alias(benchmarks, "standard");
  return {
    own,
    standard,
    visible: and(or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))),
    ownOn: and(eq(own.metricId, metrics.id), eq(own.orgId, ctx.orgId)),
    standardOn: and(eq(standard.metricId, metrics.id), isNull(standard.orgId)),
  };
}

/** The rows of the table, one per metric with a benchmark, in the catalogue's order. */
async function tableRows(ctx: TenantContext, db: Queryable): Promise<BenchmarkRow[]> {
  const q = tableQuery(ctx);
  const rows = await db
    .select({ channel: channels, metric: metrics, own: q.own, standard: q.standard })
    .from(metrics)
    .innerJoin(channels, eq(channels.id, metrics.channelId))
    .leftJoin(q.own, q.ownOn)
    .leftJoin(q.standard, q.standardOn)
    .where(and(q.visible, or(isNotNull(q.own.id), isNotNull(q.standard.id))))
    .orderBy(asc(channels.sortOrder), asc(channels.nameNb), asc(metrics.sortOrder), asc(metrics.nameNb));
  return rows.flatMap((r) => toRow(r.channel, r.metric, r.own, r.standard) ?? []);
}

/** The organization's benchmark table: one row per metric with a benchmark, its own where it has one, else the default. */
export async function benchmarkTable(ctx: TenantContext, db: Queryable = getDb()): Promise<BenchmarkRow[]> {
  return tableRows(ctx, db);
}

export type BenchmarkComparison = BenchmarkRow & {
  /** The metric's actual uplift over the last six months (a share), and why it is missing. */
  actual6m: number | null;
  actualReason: ActualUpliftReason | null;
  /** The mean implied six-month uplift of the active goals' targets on the metric (a share). */
  targets6m: number | null;
  activeGoals: number;
};

/**
 * Every metric with a benchmark beside what the team achieved on it over the
 * last six months and what its active goals on it aim for. Three queries
 * whatever the number of rows: the table, then one bounded read of those
 * metrics' series and one of the active goals.
 */
export async function benchmarkComparison(ctx: TenantContext, today: string): Promise<BenchmarkComparison[]> {
  const db = getDb();
  const rows = await tableRows(ctx, db);
  const from = upliftWindowStart(today) ?? today;
  const [series, active] = await Promise.all([
    seriesByKey(
      ctx,
      { channelIds: [...new Set(rows.map((r) => r.channelId))], metricIds: rows.map((r) => r.metricId) },
      { from, to: today },
      db,
    ),
    db
      .select({
        metricId: goals.metricId,
        direction: goals.direction,
        baseline: goals.baselineValue,
        target: goals.targetValue,
        startDate: goals.startDate,
        deadline: goals.deadline,
      })
      .from(goals)
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.status, "active"))),
  ]);
  return rows.map((row) => {
    const actual = actualUpliftDetail(series.get(`${row.channelId}:${row.metricId}`) ?? [], today, row.direction);
    const goalsHere = active.filter((g) => g.metricId === row.metricId);
    return {
      ...row,
      actual6m: actual.value,
      actualReason: actual.reason,
      targets6m: targetsUplift6m(goalsHere),
      activeGoals: goalsHere.length,
    };
  });
}

/**
 * The metrics a team can give a benchmark of its own: visible, recorded (not
 * derived from money) and without one yet, with their channel, in the catalogue's order.
 */
export async function metricsWithoutBenchmark(
  ctx: TenantContext,
): Promise<{ metricId: string; channelNb: string; channelEn: string; metricNb: string; metricEn: string }[]> {
  const q = tableQuery(ctx);
  return getDb()
    .select({
      metricId: metrics.id,
      channelNb: channels.nameNb,
      channelEn: channels.nameEn,
      metricNb: metrics.nameNb,
      metricEn: metrics.nameEn,
    })
    .from(metrics)
    .innerJoin(channels, eq(channels.id, metrics.channelId))
    .leftJoin(q.own, q.ownOn)
    .leftJoin(q.standard, q.standardOn)
    .where(and(q.visible, isNull(channels.archivedAt), isNull(metrics.derivation), isNull(q.own.id), isNull(q.standard.id)))
    .orderBy(asc(channels.sortOrder), asc(channels.nameNb), asc(metrics.sortOrder), asc(metrics.nameNb));
}

const text = (max: number) => z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");

/** What an organization may set on its own row; the action parses the form with the same rules. */
export const benchmarkValuesSchema = z.object({
  upliftPct: z
    .number("validation.number")
    .finite("validation.number")
    .min(-100, "benchmarks.errors.upliftRange")
    .max(1000, "benchmarks.errors.upliftRange"),
  typicalGoalNb: text(200),
  typicalGoalEn: text(200),
  source: text(300),
});
export type BenchmarkValues = z.output<typeof benchmarkValuesSchema>;

/** The metric's channel, when the organization sees the metric; another organization's metric answers like a missing one. */
async function requireVisibleMetric(ctx: TenantContext, metricId: string, db: Queryable = getDb()): Promise<string> {
  const [row] = isUuid(metricId)
    ? await db
        .select({ channelId: metrics.channelId })
        .from(metrics)
        .innerJoin(channels, eq(channels.id, metrics.channelId))
        .where(
          and(
            eq(metrics.id, metricId),
            or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)),
            or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)),
          ),
        )
        .limit(1)
    : [];
  if (!row) throw new NotFoundError();
  return row.channelId;
}

/** Writes the organization's own benchmark for a metric (creating or replacing it); the default stays untouched. */
export async function updateBenchmark(ctx: TenantContext, metricId: string, input: BenchmarkValues): Promise<void> {
  const parsed = benchmarkValuesSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(z.flattenError(parsed.error).fieldErrors, "errors.validation");
  const channelId = await requireVisibleMetric(ctx, metricId);
  const values = { ...parsed.data, updatedBy: ctx.userId, updatedAt: new Date() };
  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ upliftPct: benchmarks.upliftPct })
      .from(benchmarks)
      .where(and(eq(benchmarks.metricId, metricId), or(eq(benchmarks.orgId, ctx.orgId), isNull(benchmarks.orgId))))
      // The organization's own row first: ascending order puts the default's null last.
      .orderBy(asc(benchmarks.orgId))
      .limit(1);
    await tx
      .insert(benchmarks)
      .values({ orgId: ctx.orgId, channelId, metricId, ...values })
      .onConflictDoUpdate({ target: [benchmarks.orgId, benchmarks.metricId], set: values });
    await recordAudit(
      tx,
      ctx,
      "benchmark.updated",
      { type: "channel", id: channelId },
      { metricId, from: before?.upliftPct ?? null, to: parsed.data.upliftPct },
    );
  });
}

/**
 * Removes the organization's own row: the metric falls back to the default,
 * or has no benchmark when there is none. False when there was no own row.
 */
export async function resetBenchmark(ctx: TenantContext, metricId: string): Promise<boolean> {
  const channelId = await requireVisibleMetric(ctx, metricId);
  return getDb().transaction(async (tx) => {
    const [removed] = await tx
      .delete(benchmarks)
      .where(and(eq(benchmarks.orgId, ctx.orgId), eq(benchmarks.metricId, metricId)))
      .returning({ upliftPct: benchmarks.upliftPct });
    if (!removed) return false;
    await recordAudit(tx, ctx, "benchmark.reset", { type: "channel", id: channelId }, { metricId, removed: removed.upliftPct });
    return true;
  });
}
