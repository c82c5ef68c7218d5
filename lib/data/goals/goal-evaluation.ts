import type { Queryable } from "@/db/client";
import { getDb } from "@/db/client";
import type { GoalDraft } from "@/lib/domain/goal-types";
import { draftRealism, type RealismVerdict, seriesHistoryFrom } from "@/lib/domain/realism";
import { type SmartCheck, smartChecks } from "@/lib/domain/smart";
import { benchmarkForMetric } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { metricSeen } from "../hidden-money";
import { seriesPoints, type SeriesKey } from "@/lib/data/measurements";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { metrics, organizations } from "@/db/schema/index";
import type { Point } from "@/lib/domain/goal-types";
import type { MeasurePeriod, MetricKind } from "@/lib/domain/series";
import { trackedSeries } from "@/lib/domain/tracked-series";
import { moneySeriesOfGoals } from "./goal-money";

export type GoalEvaluation = { checks: SmartCheck[]; realism: RealismVerdict | null };

/**
 * A metric's last year as a goal on it would read it (lib/domain/series.ts):
 * a total's complete period sums on each period's first day, a level's or a
 * rate's own values, with the metric's kind. The goal form offers the last
 * one as the baseline and runs the realism check on them; the server's SMART
 * check reads the same. `period` null: the organization's default. A metric
 * the organization cannot see has no history, nor has a derived figure for someone who does not see money.
 */
async function metricSeries(
  ctx: TenantContext,
  key: SeriesKey,
  period: MeasurePeriod | null,
  today: string,
  db: Queryable,
): Promise<{ kind: MetricKind; history: Point[] } | null> {
  const from = seriesHistoryFrom(today);
  const [[meta], raw] = await Promise.all([
    db
      .select({
        kind: metrics.kind,
        derivation: metrics.derivation,
        orgPeriod: sql<MeasurePeriod>`(select o.measure_period from ${organizations} o where o.id = ${ctx.orgId})`,
      })
      .from(metrics)
      .where(
        and(
          eq(metrics.id, key.metricId),
          eq(metrics.channelId, key.channelId),
          or(isNull(metrics.orgId), eq(metrics.orgId, ctx.orgId)),
          metricSeen(ctx),
        ),
      ),
    seriesPoints(ctx, key, from, db),
  ]);
  if (!meta) return null;
  // A derived figure (cost per result, ROAS, ROI) is computed from the channel's money series, per period like a total.
  const money = meta.derivation
    ? await moneySeriesOfGoals(ctx, [{ channelId: key.channelId, metricDerivation: meta.derivation }], from, undefined, db)
    : null;
  const metric = { kind: meta.kind, derivation: meta.derivation, period: period ?? meta.orgPeriod };
  const history = trackedSeries(metric, raw, money?.get(key.channelId) ?? null, today).history;
  return { kind: meta.derivation ? "total" : meta.kind, history };
}

/** The metric's history as the goal form reads it (see metricSeries). */
export async function metricHistory(
  ctx: TenantContext,
  key: SeriesKey,
  period: MeasurePeriod | null,
  today: string,
  db: Queryable = getDb(),
): Promise<Point[]> {
  return (await metricSeries(ctx, key, period, today, db))?.history ?? [];
}

/**
 * The SMART checks and the realism verdict of a goal as written, with the
 * organization's benchmark for its metric and the metric's own history.
 * The goal form shows the same functions' results as the person types.
 */
export async function evaluateGoal(
  ctx: TenantContext,
  draft: GoalDraft,
  opts: { today: string; isNew: boolean; period?: MeasurePeriod | null },
  db: Queryable = getDb(),
): Promise<GoalEvaluation> {
  let realism: RealismVerdict | null = null;
  if (draft.channelId && draft.metricId) {
    const [benchmark, series] = await Promise.all([
      benchmarkForMetric(ctx, draft.metricId, db),
      metricSeries(ctx, { channelId: draft.channelId, metricId: draft.metricId }, opts.period ?? null, opts.today, db),
    ]);
    if (series) realism = draftRealism(draft, series.kind, benchmark, series.history);
  }
  return { checks: smartChecks(draft, { today: opts.today, isNew: opts.isNew, realism }), realism };
}
