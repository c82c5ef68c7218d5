import { and, asc, eq, isNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { type Benchmark, benchmarks, type Channel, channels, type Direction, goals, metrics, type Unit } from "@/db/schema/index";
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
  upliftPct: number;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
  /** True when the organization has its own row instead of the default. */
  overridden: boolean;
  /** True when a default row exists, so resetting the organization's own row falls back to it. */
  hasDefault: boolean;
};

function toRow(channel: Channel, own: Benchmark | null, standard: Benchmark | null): BenchmarkRow | null {
  const row = own ?? standard;
  if (!row) return null;
  return {
    channelId: channel.id,
    channelKey: channel.key,
    channelNb: channel.nameNb,
    channelEn: channel.nameEn,
    upliftPct: row.upliftPct,
    typicalGoalNb: row.typicalGoalNb,
    typicalGoalEn: row.typicalGoalEn,
    source: row.source,
    overridden: Boolean(own),
    hasDefault: Boolean(standard),
  };
}

/** The organization's channels joined with its own benchmark row and the default one. */
function tableQuery(ctx: TenantContext) {
  const own = alias(benchmarks, "own");
  const standard = alias(benchmarks, "standard");
  return {
    own,
    standard,
    visible: or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId)),
    ownOn: and(eq(own.channelId, channels.id), eq(own.orgId, ctx.orgId)),
    standardOn: and(eq(standard.channelId, channels.id), isNull(standard.orgId)),
  };
}

/** The organization's benchmark table: its own rows where it has them, else the defaults. */
export async function benchmarkTable(ctx: TenantContext): Promise<BenchmarkRow[]> {
  const q = tableQuery(ctx);
  const rows = await getDb()
    .select({ channel: channels, own: q.own, standard: q.standard })
    .from(channels)
    .leftJoin(q.own, q.ownOn)
    .leftJoin(q.standard, q.standardOn)
    .where(q.visible)
    .orderBy(asc(channels.sortOrder), asc(channels.nameNb));
  return rows.flatMap((r) => toRow(r.channel, r.own, r.standard) ?? []);
}

export type MainMetric = { id: string; nameNb: string; nameEn: string; unit: Unit; direction: Direction };

export type BenchmarkComparison = BenchmarkRow & {
  /** The metric whose uplift is compared with the benchmark, or null when the channel has none. */
  mainMetric: MainMetric | null;
  /** The main metric's actual uplift over the last six months (a share), and why it is missing. */
  actual6m: number | null;
  actualReason: ActualUpliftReason | "noMainMetric" | null;
  /** The mean implied six-month uplift of the channel's active goals' targets (a share). */
  targets6m: number | null;
  activeGoals: number;
};

/**
 * Every channel of the organization's table beside what the team achieved on
 * its main metric over the last six months and what its active goals aim for.
 * Three queries whatever the number of channels: the table with the main
 * metrics, then one bounded read of those metrics' series and one of the
 * active goals.
 */
export async function benchmarkComparison(ctx: TenantContext, today: string): Promise<BenchmarkComparison[]> {
  const q = tableQuery(ctx);
  const db = getDb();
  const rows = await db
    .select({ channel: channels, own: q.own, standard: q.standard, main: metrics })
    .from(channels)
    .leftJoin(q.own, q.ownOn)
    .leftJoin(q.standard, q.standardOn)
    .leftJoin(
      metrics,
      and(eq(metrics.channelId, channels.id), eq(metrics.isMain, true), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))),
    )
    .where(q.visible)
    // With more than one main metric, the organization's own comes first (nulls sort last), then the catalogue's order.
    .orderBy(asc(channels.sortOrder), asc(channels.nameNb), asc(metrics.orgId), asc(metrics.sortOrder));

  const table = new Map<string, { row: BenchmarkRow; main: MainMetric | null }>();
  for (const r of rows) {
    if (table.has(r.channel.id)) continue;
    const row = toRow(r.channel, r.own, r.standard);
    const main = r.main
      ? { id: r.main.id, nameNb: r.main.nameNb, nameEn: r.main.nameEn, unit: r.main.unit, direction: r.main.direction }
      : null;
    if (row) table.set(r.channel.id, { row, main });
  }

  const from = upliftWindowStart(today) ?? today;
  const mainIds = [...table.values()].flatMap((t) => (t.main ? [t.main.id] : []));
  const channelIds = [...table.keys()];
  const [series, active] = await Promise.all([
    seriesByKey(ctx, { channelIds, metricIds: mainIds }, { from, to: today }, db),
    db
      .select({
        channelId: goals.channelId,
        direction: goals.direction,
        baseline: goals.baselineValue,
        target: goals.targetValue,
        startDate: goals.startDate,
        deadline: goals.deadline,
      })
      .from(goals)
      .where(and(eq(goals.orgId, ctx.orgId), eq(goals.status, "active"))),
  ]);

  return [...table.values()].map(({ row, main }) => {
    const actual = main ? actualUpliftDetail(series.get(`${row.channelId}:${main.id}`) ?? [], today, main.direction) : null;
    const goalsHere = active.filter((g) => g.channelId === row.channelId);
    return {
      ...row,
      mainMetric: main,
      actual6m: actual?.value ?? null,
      actualReason: actual ? actual.reason : "noMainMetric",
      targets6m: targetsUplift6m(goalsHere),
      activeGoals: goalsHere.length,
    };
  });
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

async function requireVisibleChannel(ctx: TenantContext, channelId: string) {
  const [row] = isUuid(channelId)
    ? await getDb()
        .select({ id: channels.id })
        .from(channels)
        .where(and(eq(channels.id, channelId), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))))
        .limit(1)
    : [];
  // Another organization's channel answers exactly like one that does not exist.
  if (!row) throw new NotFoundError();
}

/** Writes the organization's own benchmark for a channel (creating or replacing it); the default stays untouched. */
export async function updateBenchmark(ctx: TenantContext, channelId: string, input: BenchmarkValues): Promise<void> {
  const parsed = benchmarkValuesSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(z.flattenError(parsed.error).fieldErrors, "errors.validation");
  await requireVisibleChannel(ctx, channelId);
  const values = { ...parsed.data, updatedBy: ctx.userId, updatedAt: new Date() };
  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ upliftPct: benchmarks.upliftPct })
      .from(benchmarks)
      .where(and(eq(benchmarks.channelId, channelId), or(eq(benchmarks.orgId, ctx.orgId), isNull(benchmarks.orgId))))
      // The organization's own row first: ascending order puts the default's null last.
      .orderBy(asc(benchmarks.orgId))
      .limit(1);
    await tx
      .insert(benchmarks)
      .values({ orgId: ctx.orgId, channelId, ...values })
      .onConflictDoUpdate({ target: [benchmarks.orgId, benchmarks.channelId], set: values });
    await recordAudit(
      tx,
      ctx,
      "benchmark.updated",
      { type: "channel", id: channelId },
      { from: before?.upliftPct ?? null, to: parsed.data.upliftPct },
    );
  });
}

/** Removes the organization's own row, so the channel falls back to the default. False when there was none. */
export async function resetBenchmark(ctx: TenantContext, channelId: string): Promise<boolean> {
  await requireVisibleChannel(ctx, channelId);
  return getDb().transaction(async (tx) => {
    const [removed] = await tx
      .delete(benchmarks)
      .where(and(eq(benchmarks.orgId, ctx.orgId), eq(benchmarks.channelId, channelId)))
      .returning({ upliftPct: benchmarks.upliftPct });
    if (!removed) return false;
    await recordAudit(tx, ctx, "benchmark.reset", { type: "channel", id: channelId }, { removed: removed.upliftPct });
    return true;
  });
}
