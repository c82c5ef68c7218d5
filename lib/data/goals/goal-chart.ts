import { compareDates, isoDateMs } from "@/lib/domain/dates";
import { type Forecast, goalForecast } from "@/lib/domain/forecast";
import { benchmarkPath, type ChartRange, rangeStart, thinPoints } from "@/lib/domain/goal-paths";
import { expectedPathPoints, type PathFallback, type PathKind } from "@/lib/domain/expected-path";
import { seriesHistoryFrom } from "@/lib/domain/realism";
import type { Point, Unit } from "@/lib/domain/goal-types";
import { type MeasurePeriod, type MetricKind, periodStartMs } from "@/lib/domain/series";
import { trackedSeries } from "@/lib/domain/tracked-series";
import { NotFoundError } from "@/lib/errors";
import { benchmarkForMetric } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { getGoal, type GoalRow } from "./goals";
import { seriesPoints } from "@/lib/data/measurements";
import { moneySeriesOfGoals } from "./goal-money";
import { isUuid } from "@/lib/ids";
import { goalPathOf } from "./goal-path";
import { type ChartNoteRow, chartNotesBetween } from "@/lib/data/check-ins";

/** What the goal chart draws; dates are ISO YYYY-MM-DD, `from`–`to` the x axis. */
export type GoalChartData = {
  unit: Unit;
  /** The period each measurement point sums (a total), ends (a level) or averages (a rate); points sit on its first day. */
  period: MeasurePeriod;
  kind: MetricKind;
  range: ChartRange;
  from: string;
  to: string;
  measurements: Point[];
  /** The current period while it is not over, marked "so far" and never joined to the complete ones as their equal. */
  partial: Point | null;
  /** The path the goal is expected to follow: straight, seasonal (a point a month) or through its milestones. */
  target: Point[];
  /** Which path `target` is, and why not the chosen one when it could not be drawn. */
  path: { kind: PathKind; fallback: PathFallback };
  benchmark: Point[] | null;
  /** The forecast's likely line, from the last fitted period to the deadline. */
  forecast: Point[] | null;
  /** Its 80 % range along the same two dates, drawn as a band. */
  forecastBand: { low: Point[]; high: Point[] } | null;
  /** The forecast at the deadline, for the words and the table. */
  forecastAt: Pick<Forecast, "likely" | "low" | "high" | "basis"> | null;
  benchmarkUpliftPct: number | null;
  source: string | null;
  /** The benchmark line goes the goal's way: up for an increase goal, down for a decrease goal. */
  direction: "increase" | "decrease";
  /**
   * The channel's campaign notes over the goal's whole span ("all"), oldest first, whatever the range shown,
   * so a note keeps its number in every range and in the goal page's list; the chart marks those on its axis.
   */
  notes: ChartNoteRow[];
};

/** The channel's campaign notes over the goal's whole chart span (the "all" range up to the deadline or today). */
export async function goalChartNotes(
  ctx: TenantContext,
  goal: Pick<GoalRow, "channelId" | "startDate" | "baselineDate" | "deadline">,
  today: string,
): Promise<ChartNoteRow[]> {
  const first = [goal.startDate, goal.baselineDate].filter((d): d is string => Boolean(d)).sort(compareDates)[0] ?? null;
  const to = goal.deadline && compareDates(goal.deadline, today) > 0 ? goal.deadline : today;
  return chartNotesBetween(ctx, { from: rangeStart("all", today, first), to }, [goal.channelId]);
}

/**
 * The goal's measurements in the range and the paths beside them: three
 * queries whatever the range (the goal, then at once one bounded read through
 * the series index, the benchmark, the money and the channel's campaign notes). An invalid or another organization's id is not found.
 */
export async function goalChartData(ctx: TenantContext, goalId: string, range: ChartRange, today: string): Promise<GoalChartData> {
  if (!isUuid(goalId)) throw new NotFoundError();
  const goal = await getGoal(ctx, goalId);
  const start = goal.startDate ?? goal.baselineDate;
  // The baseline may be measured before the goal starts; "all" shows it too.
  const first = [goal.startDate, goal.baselineDate].filter((d): d is string => Boolean(d)).sort(compareDates)[0] ?? null;
  const from = rangeStart(range, today, first);
  // The last year is read from the 1st of its month, as goalInsights does, so the forecast (fitted on the goal's
  // periods since its start) and a seasonal path (the last 12 complete months) are the verdict's whatever range is shown.
  const historyFrom = seriesHistoryFrom(today);
  const readFrom = compareDates(from, historyFrom) < 0 ? from : historyFrom;
  // From the first day of that period, so the first period read is whole.
  const readFromMs = isoDateMs(readFrom);
  const readStart = readFromMs === null ? readFrom : new Date(periodStartMs(goal.period, readFromMs)).toISOString().slice(0, 10);
  // An unusable deadline (a row from before dates were bounded) compares as false: the axis ends today.
  const to = goal.deadline && compareDates(goal.deadline, today) > 0 ? goal.deadline : today;
  const [raw, benchmark, money, notes] = await Promise.all([
    goal.metricDerivation ? Promise.resolve([]) : seriesPoints(ctx, goal, readStart),
    benchmarkForMetric(ctx, goal.metricId),
    moneySeriesOfGoals(ctx, [goal], readStart),
    goalChartNotes(ctx, goal, today),
  ]);
  const tracked = trackedSeries(
    { kind: goal.metricKind, derivation: goal.metricDerivation, period: goal.period },
    raw,
    money.get(goal.channelId) ?? null,
    today,
  );
  const periods = tracked.periods;
  // A period is drawn on its first day, and only periods that start inside the range: a week begun before the
  // goal's start would mix in days from before it.
  const points: Point[] = periods
    .filter((p) => p.value !== null && !p.partial && compareDates(p.start, from) >= 0)
    .map((p) => ({ date: p.start, value: p.value! }));
  const open = periods.at(-1);
  const partial = open?.partial && open.value !== null ? { date: open.start, value: open.value } : null;
  const { path, fallback, season } = goalPathOf(goal, raw, goal.milestones, today);
  const span =
    goal.baselineValue != null && goal.targetValue != null && start && goal.deadline
      ? { baseline: goal.baselineValue, target: goal.targetValue, start: start.slice(0, 10), deadline: goal.deadline.slice(0, 10) }
      : null;
  const benchmarkLine = benchmark
    ? benchmarkPath({
        baseline: goal.baselineValue,
        startDate: start,
        deadline: goal.deadline,
        direction: goal.direction,
        upliftPct: benchmark.upliftPct,
      })
    : [];
  const forecast =
    goal.deadline && compareDates(goal.deadline, today) >= 0
      ? goalForecast({ periods, kind: goal.metricKind, period: goal.period, start: goal.startDate, deadline: goal.deadline, season })
      : null;
  const end = goal.deadline?.slice(0, 10) ?? today;
  return {
    unit: goal.unit,
    period: goal.period,
    kind: goal.metricKind,
    partial,
    range,
    from,
    to,
    measurements: thinPoints(points),
    target: span ? expectedPathPoints(path, span) : [],
    path: { kind: path.kind, fallback },
    benchmark: benchmarkLine.length ? benchmarkLine : null,
    forecast: forecast
      ? [
          { date: forecast.from.date, value: forecast.from.likely },
          { date: end, value: forecast.likely },
        ]
      : null,
    forecastBand: forecast
      ? {
          low: [
            { date: forecast.from.date, value: forecast.from.low },
            { date: end, value: forecast.low },
          ],
          high: [
            { date: forecast.from.date, value: forecast.from.high },
            { date: end, value: forecast.high },
          ],
        }
      : null,
    forecastAt: forecast ? { likely: forecast.likely, low: forecast.low, high: forecast.high, basis: forecast.basis } : null,
    benchmarkUpliftPct: benchmark?.upliftPct ?? null,
    source: benchmark?.source ?? null,
    direction: goal.direction,
    notes,
  };
}
