import { type Pitfall, type PitfallGoal, findPitfalls } from "@/lib/domain/pitfalls";
import { goalProgress } from "@/lib/domain/progress";
import { draftRealism, type RealismVerdict, seriesHistoryFrom } from "@/lib/domain/realism";
import type { PeriodValue } from "@/lib/domain/series";
import { trackedSeries } from "@/lib/domain/tracked-series";
import { type Forecast, goalForecast, periodsSince } from "@/lib/domain/forecast";
import { goalVerdict, type Verdict } from "@/lib/domain/verdict";
import { neededPerPeriod } from "@/lib/domain/pace";
import { expectedShare, nextMilestone, type PathFallback, type PathKind } from "@/lib/domain/expected-path";
import { benchmarkTable } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import type { GoalRow } from "./goals";
import { seriesByKey } from "@/lib/data/measurements";
import type { MoneySeries } from "@/lib/domain/money";
import type { CoveredValue } from "@/lib/domain/series";
import { moneySeriesOfGoals } from "./goal-money";
import { type Economics, type MoneyChannel, moneyChannels, moneyWithChannels, pitfallChannels } from "@/lib/data/money";
import { type Benchmark, type CacheEntry, readInsightCache, writeInsightCache } from "./insight-cache";
import { goalPathOf } from "./goal-path";

/**
 * `current` is the period value the goal tracks (a total's latest complete
 * period, a level's last value, a rate's latest period: lib/domain/series.ts),
 * and `progress` is measured on it.
 */
export type GoalInsight = {
  realism: RealismVerdict | null;
  progress: number | null;
  /** The forecast at the deadline with its 80 % range; null with too few periods. */
  forecast: Forecast | null;
  /** The one verdict (lib/domain/verdict.ts) every page, the minutes and the pitfalls show. */
  verdict: Verdict;
  /** What the value still has to change per week or month (as the goal is measured) to reach the next milestone or the target. */
  neededPerPeriod: number | null;
  /** The next milestone's date when "needed per period" aims at it; null: at the target by the deadline. */
  neededBy: string | null;
  /** The share of the way the goal's path expects today (straight, seasonal or by milestones); null without dates. */
  expected: number | null;
  /** The path the goal follows, and why not the chosen one when it could not be (a straight line meanwhile). */
  path: { kind: PathKind; fallback: PathFallback };
  current: PeriodValue | null;
  /** A derived figure's last recorded input (lib/domain/tracked-series.ts); null for a recorded metric. */
  lastInputOn: string | null;
};

/**
 * The goal as its period reads it: `latestValue` is the tracked period's
 * value, not the last stored row; a derived figure's `latestDate` is its last recorded input.
 */
export function measuredGoal<G extends GoalRow>(g: G, insight: GoalInsight | undefined): G & { currentPeriod: PeriodValue | null } {
  return {
    ...g,
    latestValue: insight?.current?.value ?? null,
    latestDate: g.metricDerivation ? (insight?.lastInputOn ?? null) : g.latestDate,
    currentPeriod: insight?.current ?? null,
  };
}

/**
 * Realism, progress and forecast for every goal, and the team's pitfalls. Each
 * goal's insight comes from the insight cache (lib/data/goals/insight-cache.ts)
 * when none of its inputs changed: one query for all goals, no series read.
 * The goals that missed are computed from one bounded read of their series
 * (never a query per goal) and stored back with one upsert. With `money` (the
 * caller sees money: `can(role, "money.view", org)`), also every channel's
 * economics, and pitfall 8 in money terms ("money without results") among the
 * pitfalls; the money channels are read once for both. `cache: false`
 * computes every goal from its series without the cache (the cache's own tests
 * compare the two).
 */
export async function goalInsights(
  ctx: TenantContext,
  goals: GoalRow[],
  opts: { today: string; memberCount: number; money?: boolean; cache?: boolean },
): Promise<{ byGoal: Map<string, GoalInsight>; pitfalls: Pitfall[]; economics: Economics | null }> {
  const from = seriesHistoryFrom(opts.today);
  // With money: the channels and their economics, in one query when the economics are cached.
  const moneyRead = opts.money ? moneyWithChannels(ctx, opts.today, { cache: opts.cache }) : null;
  const channelsRead = moneyRead?.then((m) => m.channels) ?? null;
  const insights = async (): Promise<Map<string, GoalInsight>> => {
    const cache = opts.cache === false ? null : await readInsightCache(ctx, goals, { today: opts.today, from });
    const missed = cache ? goals.filter((g) => !cache.get(g.id)?.insight) : goals;
    const computed = await computeInsights(ctx, missed, { today: opts.today, from, cache, channels: channelsRead });
    if (cache)
      await writeInsightCache(
        ctx,
        missed.map((g) => ({ goalId: g.id, fingerprint: cache.get(g.id)!.fingerprint, insight: computed.get(g.id)! })),
      );
    return cache ? new Map(goals.map((g) => [g.id, cache.get(g.id)?.insight ?? computed.get(g.id)!])) : computed;
  };
  const [byGoal, economics] = await Promise.all([insights(), moneyRead?.then((m) => m.economics) ?? null]);
  const pitfallGoals: PitfallGoal[] = goals.map((g) => {
    const { realism, forecast, progress, lastInputOn } = byGoal.get(g.id)!;
    // Pitfall 10 judges the verdict's own forecast: the one fitted on the goal's periods, or none.
    const forecastAtDeadline = forecast?.basis === "goal" ? forecast.likely : null;
    return {
      id: g.id,
      title: g.title,
      status: g.status,
      ownerId: g.ownerId,
      channelId: g.channelId,
      metricId: g.metricId,
      objectiveId: g.objectiveId,
      baselineValue: g.baselineValue,
      targetValue: g.targetValue,
      direction: g.direction,
      startDate: g.startDate,
      deadline: g.deadline,
      lastMeasuredOn: g.metricDerivation ? lastInputOn : g.latestDate,
      lastReviewedOn: g.lastReviewedOn,
      createdAt: g.createdAt.toISOString().slice(0, 10),
      realism: realism?.level ?? null,
      realismReason: g.realismReason,
      forecastAtDeadline,
      progress,
    };
  });
  const channels = economics ? pitfallChannels(economics) : undefined;
  return { byGoal, pitfalls: findPitfalls({ today: opts.today, goals: pitfallGoals, memberCount: opts.memberCount, channels }), economics };
}

/**
 * The goals' insights computed from their series: those the cache read on its
 * miss (with their benchmarks), else one bounded read of the series and the
 * benchmark table. A derived figure reads its channel's money series.
 */
async function computeInsights(
  ctx: TenantContext,
  goals: GoalRow[],
  opts: { today: string; from: string; cache: Map<string, CacheEntry> | null; channels: Promise<MoneyChannel[]> | null },
): Promise<Map<string, GoalInsight>> {
  if (!goals.length) return new Map();
  const { today, from, cache } = opts;
  const derived = goals.some((g) => g.metricDerivation !== null);
  const [series, benchmarks, money] = await Promise.all([
    cache
      ? new Map(goals.map((g) => [`${g.channelId}:${g.metricId}`, cache.get(g.id)?.points ?? []]))
      : seriesByKey(
          ctx,
          { channelIds: [...new Set(goals.map((g) => g.channelId))], metricIds: [...new Set(goals.map((g) => g.metricId))] },
          { from },
        ),
    cache
      ? new Map(goals.map((g) => [g.metricId, cache.get(g.id)?.benchmark ?? null]))
      : benchmarkTable(ctx).then((table) => new Map(table.map((b) => [b.metricId, { upliftPct: b.upliftPct, source: b.source }]))),
    derived
      ? (opts.channels ?? moneyChannels(ctx)).then((channels) => moneySeriesOfGoals(ctx, goals, from, channels))
      : new Map<string, MoneySeries>(),
  ]);
  return new Map(
    goals.map((g) => [
      g.id,
      goalInsight(
        g,
        series.get(`${g.channelId}:${g.metricId}`) ?? [],
        money.get(g.channelId) ?? null,
        benchmarks.get(g.metricId) ?? null,
        today,
      ),
    ]),
  );
}

/** One goal's insight from its stored series since a year back, its channel's money (a derived figure) and its metric's benchmark. */
function goalInsight(g: GoalRow, raw: CoveredValue[], money: MoneySeries | null, benchmark: Benchmark | null, today: string): GoalInsight {
  const metric = { kind: g.metricKind, derivation: g.metricDerivation, period: g.period };
  const { periods, history, current, lastInputOn } = trackedSeries(metric, raw, money, today);
  // A derived figure is judged per period like a total.
  const realism = draftRealism(g, g.metricDerivation ? "total" : g.metricKind, benchmark, history);
  const progress =
    g.baselineValue != null && g.targetValue != null && current?.value != null
      ? goalProgress(g.baselineValue, g.targetValue, current.value)
      : null;
  // A derived figure (cost per result, ROAS) is read per period like a total: its open period is not judged.
  const input = {
    periods,
    kind: g.metricDerivation ? ("total" as const) : g.metricKind,
    period: g.period,
    start: g.startDate,
    deadline: g.deadline,
  };
  const { path, fallback, season } = goalPathOf(g, raw, g.milestones, today);
  const span =
    g.baselineValue != null && g.targetValue != null && g.startDate && g.deadline
      ? { baseline: g.baselineValue, target: g.targetValue, start: g.startDate, deadline: g.deadline }
      : null;
  const expected = span ? expectedShare(path, span, today) : null;
  const forecast = goalForecast({ ...input, season });
  const verdict = goalVerdict({
    baseline: g.baselineValue,
    target: g.targetValue,
    current: current?.value ?? null,
    start: g.startDate,
    deadline: g.deadline,
    today,
    period: g.period,
    periodsSinceStart: periodsSince(g.startDate, g.period, today),
    forecast,
    expected,
  });
  // Towards the next milestone when there is one ahead (and a period to reach it in), else the target.
  const next = nextMilestone(path, today);
  const toNext = next ? neededPerPeriod({ current, target: next.value, deadline: next.date, period: g.period }) : null;
  const needed = toNext ?? neededPerPeriod({ current, target: g.targetValue, deadline: g.deadline, period: g.period });
  return {
    realism,
    progress,
    forecast,
    verdict,
    neededPerPeriod: needed,
    neededBy: toNext !== null ? next!.date : null,
    expected,
    path: { kind: path.kind, fallback },
    current,
    lastInputOn,
  };
}
