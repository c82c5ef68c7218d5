import { addMonths, compareDates, isoDateMs } from "@/lib/domain/dates";
import { benchmarkPath, type ChartRange, forecastPath, rangeStart, targetPath, thinPoints } from "@/lib/domain/goal-paths";
import type { Point, Unit } from "@/lib/domain/goal-types";
import { type MeasurePeriod, type MetricKind, periodStartMs } from "@/lib/domain/series";
import { trackedSeries } from "@/lib/domain/tracked-series";
import { NotFoundError } from "@/lib/errors";
import { benchmarkForChannel } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { getGoal } from "./goals";
import { seriesPoints } from "@/lib/data/measurements";
import { moneySeriesOfGoals } from "./goal-money";
import { isUuid } from "@/lib/ids";

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
  target: Point[];
  benchmark: Point[] | null;
  forecast: Point[] | null;
  benchmarkUpliftPct: number | null;
  source: string | null;
};

/**
 * The trend is fitted to the last year, as goalInsights does for the goal's
 * status and pitfalls, so the chart's forecast tells the same story whatever
 * range is shown.
 */
const FORECAST_HISTORY_MONTHS = 12;

/**
 * The goal's measurements in the range and the paths beside them: three
 * queries whatever the range (the goal, one bounded read through the series
 * index, the benchmark). An invalid or another organization's id is not found.
 */
export async function goalChartData(ctx: TenantContext, goalId: string, range: ChartRange, today: string): Promise<GoalChartData> {
  if (!isUuid(goalId)) throw new NotFoundError();
  const goal = await getGoal(ctx, goalId);
  const start = goal.startDate ?? goal.baselineDate;
  // The baseline may be measured before the goal starts; "all" shows it too.
  const first = [goal.startDate, goal.baselineDate].filter((d): d is string => Boolean(d)).sort(compareDates)[0] ?? null;
  const from = rangeStart(range, today, first);
  const historyFrom = addMonths(today, -FORECAST_HISTORY_MONTHS) ?? from;
  const readFrom = compareDates(from, historyFrom) < 0 ? from : historyFrom;
  // From the first day of that period, so the first period read is whole.
  const readFromMs = isoDateMs(readFrom);
  const readStart = readFromMs === null ? readFrom : new Date(periodStartMs(goal.period, readFromMs)).toISOString().slice(0, 10);
  const [raw, benchmark, money] = await Promise.all([
    goal.metricDerivation ? Promise.resolve([]) : seriesPoints(ctx, goal, readStart),
    benchmarkForChannel(ctx, goal.channelId),
    moneySeriesOfGoals(ctx, [goal], readStart),
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
  const paths = { baselineValue: goal.baselineValue, targetValue: goal.targetValue, startDate: start, deadline: goal.deadline };
  const benchmarkLine = benchmark
    ? benchmarkPath({
        baseline: goal.baselineValue,
        startDate: start,
        deadline: goal.deadline,
        direction: goal.direction,
        upliftPct: benchmark.upliftPct,
      })
    : [];
  // An unusable deadline (a row from before dates were bounded) compares as false: the axis ends today.
  const to = goal.deadline && compareDates(goal.deadline, today) > 0 ? goal.deadline : today;
  return {
    unit: goal.unit,
    period: goal.period,
    kind: goal.metricKind,
    partial,
    range,
    from,
    to,
    measurements: thinPoints(points),
    target: targetPath(paths),
    benchmark: benchmarkLine.length ? benchmarkLine : null,
    forecast: forecastPath(
      // The same points goalInsights fits, so the chart's forecast tells the dashboard's story.
      tracked.history.filter((p) => compareDates(p.date, historyFrom) >= 0),
      goal.deadline,
      today,
    ),
    benchmarkUpliftPct: benchmark?.upliftPct ?? null,
    source: benchmark?.source ?? null,
  };
}
