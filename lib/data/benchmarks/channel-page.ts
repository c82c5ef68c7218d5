import { and, asc, desc, eq, gte, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { benchmarks, channels, kpiSnapshots, metrics, organizations } from "@/db/schema/index";
import { addDays, addMonths, compareDates } from "@/lib/domain/dates";
import { aggregateSeries, type CoveredValue, currentPeriodValue, type MeasurePeriod, type MetricKind } from "@/lib/domain/series";
import type { Direction, Point, Unit } from "@/lib/domain/goal-types";
import { goalProgress } from "@/lib/domain/progress";
import { NotFoundError } from "@/lib/errors";
import type { TenantContext } from "../context";
import { type GoalRow, listGoals, moneySeriesOfGoals } from "@/lib/data/goals";
import { isMoneyMetric } from "@/lib/domain/money";
import { trackedSeries } from "@/lib/domain/tracked-series";

/** How far back the sparklines reach. */
export const SPARKLINE_MONTHS = 6;

export type ChannelBenchmark = { upliftPct: number; typicalGoalNb: string; typicalGoalEn: string; source: string; overridden: boolean };

export type ChannelMetric = {
  id: string;
  nameNb: string;
  nameEn: string;
  unit: Unit;
  direction: Direction;
  kind: MetricKind;
  /** The organization's measure period: `recent` holds one point per complete period, on its first day. */
  period: MeasurePeriod;
  /** The last SPARKLINE_MONTHS of the series per period, oldest first. */
  recent: Point[];
  /** The current period while it is not over ("so far"). */
  partial: Point | null;
  /** The latest value, however old. */
  latest: Point | null;
};

export type ChannelPage = {
  channel: { id: string; key: string; nameNb: string; nameEn: string; custom: boolean };
  benchmark: ChannelBenchmark | null;
  metrics: ChannelMetric[];
  goals: { goal: GoalRow; progress: number | null }[];
};

/**
 * The channel with this key the organization sees (its own first), with the
 * benchmark of its main metric (the article's figure for the channel, or the
 * team's own): one query.
 */
async function findChannel(ctx: TenantContext, key: string) {
  const own = alias(benchmarks, "own");
  const standard = alias(benchmarks, "standard");
  const main = sql`(select m.id from ${metrics} m where m.channel_id = ${channels.id} and m.is_main
    and (m.org_id is null or m.org_id = ${ctx.orgId}) order by m.org_id is null, m.sort_order limit 1)`;
  const [row] = await getDb()
    .select({
      channel: channels,
      own,
      standard,
      period: sql<MeasurePeriod>`(select o.measure_period from ${organizations} o where o.id = ${ctx.orgId})`,
    })
    .from(channels)
    .leftJoin(own, and(eq(own.metricId, main), eq(own.orgId, ctx.orgId)))
    .leftJoin(standard, and(eq(standard.metricId, main), isNull(standard.orgId)))
    .where(and(eq(channels.key, key), or(isNull(channels.orgId), eq(channels.orgId, ctx.orgId))))
    .orderBy(sql`${channels.orgId} is null`)
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Everything the channel page shows, in five queries whatever the number of
 * metrics and goals: the channel with its benchmark, then at once its
 * metrics, the last six months of all its series, each series' latest value
 * and its goals (and, when a goal targets cost per result, ROAS or ROI, the
 * channel's money series). An unknown key, or another organization's channel,
 * is not found. `money: false` leaves out every metric in kroner, for a person who does not see money.
 */
export async function channelPage(
  ctx: TenantContext,
  key: string,
  today: string,
  { money = true }: { money?: boolean } = {},
): Promise<ChannelPage> {
  const { channel, own, standard, period } = await findChannel(ctx, key);
  // From the 1st of the month, so the first week or month read is whole (a week may start in the month before).
  const from = `${(addMonths(today, -SPARKLINE_MONTHS) ?? today).slice(0, 7)}-01`;
  const readFrom = addDays(from, -6) ?? from;
  const db = getDb();
  const series = and(eq(kpiSnapshots.orgId, ctx.orgId), eq(kpiSnapshots.channelId, channel.id));
  const [metricRows, recentRows, latestRows, goalRows] = await Promise.all([
    db
      .select()
      .from(metrics)
      .where(and(eq(metrics.channelId, channel.id), or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId))))
      .orderBy(asc(metrics.sortOrder), asc(metrics.nameNb)),
    db
      .select({ metricId: kpiSnapshots.metricId, date: kpiSnapshots.date, value: kpiSnapshots.value, covers: kpiSnapshots.covers })
      .from(kpiSnapshots)
      .where(and(series, gte(kpiSnapshots.date, readFrom)))
      .orderBy(asc(kpiSnapshots.date)),
    // One row per metric: the newest, through the series index (org, channel, metric, date).
    db
      .selectDistinctOn([kpiSnapshots.metricId], { metricId: kpiSnapshots.metricId, date: kpiSnapshots.date, value: kpiSnapshots.value })
      .from(kpiSnapshots)
      .where(series)
      .orderBy(kpiSnapshots.metricId, desc(kpiSnapshots.date)),
    listGoals(ctx, { channelId: channel.id }),
  ]);
  const raw = new Map<string, CoveredValue[]>();
  for (const r of recentRows) {
    const list = raw.get(r.metricId) ?? [];
    list.push({ date: r.date, value: r.value, covers: r.covers });
    raw.set(r.metricId, list);
  }
  const perPeriod = (metricId: string, kind: MetricKind, p: MeasurePeriod) =>
    aggregateSeries(raw.get(metricId) ?? [], kind, p, today).filter((x) => compareDates(x.end, from) >= 0);
  const latest = new Map(latestRows.map((r) => [r.metricId, { date: r.date, value: r.value }]));
  const openGoals = goalRows.filter((g) => g.status !== "archived");
  const moneySeries = await moneySeriesOfGoals(ctx, openGoals, readFrom);
  const bench = own ?? standard;
  return {
    channel: { id: channel.id, key: channel.key, nameNb: channel.nameNb, nameEn: channel.nameEn, custom: channel.orgId !== null },
    benchmark: bench
      ? {
          upliftPct: bench.upliftPct,
          typicalGoalNb: bench.typicalGoalNb,
          typicalGoalEn: bench.typicalGoalEn,
          source: bench.source,
          overridden: Boolean(own),
        }
      : null,
    // Derived figures are computed per goal, never recorded: they have no series of their own to show.
    metrics: metricRows
      .filter((m) => m.derivation === null && (money || !isMoneyMetric(m)))
      .map((m) => {
        const periods = perPeriod(m.id, m.kind, period);
        const open = periods.at(-1);
        return {
          id: m.id,
          nameNb: m.nameNb,
          nameEn: m.nameEn,
          unit: m.unit,
          direction: m.direction,
          kind: m.kind,
          period,
          recent: periods.filter((x) => x.value !== null && !x.partial).map((x) => ({ date: x.start, value: x.value! })),
          partial: open?.partial && open.value !== null ? { date: open.start, value: open.value } : null,
          latest: latest.get(m.id) ?? null,
        };
      }),
    // Archived goals are history, not part of the channel's work now.
    goals: openGoals.map((row) => {
      // The goal's value as its own period reads it (lib/domain/series.ts), from the same rows.
      const current = row.metricDerivation
        ? trackedSeries(
            { kind: row.metricKind, derivation: row.metricDerivation, period: row.period },
            [],
            moneySeries.get(row.channelId) ?? null,
            today,
          ).current
        : currentPeriodValue(perPeriod(row.metricId, row.metricKind, row.period), row.metricKind);
      const goal = { ...row, latestValue: current?.value ?? null };
      return {
        goal,
        progress:
          goal.baselineValue != null && goal.targetValue != null && goal.latestValue != null
            ? goalProgress(goal.baselineValue, goal.targetValue, goal.latestValue)
            : null,
      };
    }),
  };
}
