/**
 * A goal's forecast at its deadline, with an 80 % range (docs/DOMAIN-RULES.md,
 * "Forecast"). Pure.
 *
 * - Fitted on the goal's aggregated periods (lib/domain/series.ts), one point
 *   per week or month, x = the period's number: a month is one step whatever
 *   its days, and "per period" means what the goal is measured per.
 * - Only the periods since the goal's start, once there are
 *   MIN_FORECAST_PERIODS of them. While the goal is younger, the latest
 *   FALLBACK_PERIODS periods (those before its start included) stand in, and
 *   the forecast says so (`basis: "history"`): the verdict does not judge on it.
 * - Theil–Sen: the slope is the median of the slopes between every pair of
 *   periods, the level the median of what is left. One wild week (a viral post,
 *   a typo) moves a least-squares line; it moves a median by at most one place.
 *   It needs no tuning constant (a Huber fit does), and with a handful of
 *   periods it is still exact to compute.
 * - The range: a prediction interval around the line, from the residuals'
 *   robust spread (1.4826 × their median absolute deviation, the standard
 *   deviation if they were normal) with Student's t for n − 2 degrees of freedom.
 */
import { isoDateMs } from "./dates";
import { type MeasurePeriod, type MetricKind, type PeriodValue, periodStartMs } from "./series";

/** Fewer complete periods than this give no forecast ("too few measurements to forecast"). */
export const MIN_FORECAST_PERIODS = 4;
/** While the goal has fewer periods of its own, the latest this many periods are fitted instead. */
const FALLBACK_PERIODS = 8;
/** The most periods fitted (two years of weeks): the pairwise slopes stay few. */
const MAX_FIT_PERIODS = 104;
/** MAD × this estimates a normal spread's standard deviation. */
const MAD_TO_SD = 1.4826;
/** Student's t, 90th percentile (the range is a two-sided 80 % one: it holds the deadline's value 4 times in 5), by degrees of freedom; beyond 30 the normal's 1.2816. */
const T90: Record<number, number> = {
  1: 3.078,
  2: 1.886,
  3: 1.638,
  4: 1.533,
  5: 1.476,
  6: 1.44,
  7: 1.415,
  8: 1.397,
  9: 1.383,
  10: 1.372,
  12: 1.356,
  15: 1.341,
  20: 1.325,
  30: 1.31,
};
const T90_NORMAL = 1.2816;

export type Forecast = {
  /** The line's value in the deadline's period. */
  likely: number;
  low: number;
  high: number;
  /** The line's change per period (week or month, as the goal is measured). */
  perPeriod: number;
  /** How many periods were fitted. */
  periods: number;
  /** "goal": the periods since the goal's start; "history": the latest periods, from before the start too. */
  basis: "goal" | "history";
  /** The line and its range at the last fitted period (where a chart starts drawing them). */
  from: { date: string; likely: number; low: number; high: number };
};

type XY = { x: number; y: number };

const median = (values: ArrayLike<number>): number => {
  // A typed array sorts numbers natively, without a comparator call per step (the slopes of 104 periods are 5 356).
  const s = Float64Array.from(values).sort();
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Theil–Sen line: median pairwise slope, median intercept. Null for fewer than two distinct x. */
export function theilSen(points: XY[]): { slope: number; intercept: number } | null {
  const n = points.length;
  const all = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const dx = points[j]!.x - points[i]!.x;
      if (dx !== 0) all[count++] = (points[j]!.y - points[i]!.y) / dx;
    }
  if (!count) return null;
  const slope = median(all.subarray(0, count));
  return { slope, intercept: median(points.map((p) => p.y - slope * p.x)) };
}

function tQuantile(df: number): number {
  if (df > 30) return T90_NORMAL;
  const known = Object.keys(T90).map(Number);
  // The next smaller tabulated df: a slightly wider range, never a narrower one.
  const at = known.filter((k) => k <= df).at(-1) ?? 1;
  return T90[at]!;
}

type Prediction = { likely: number; low: number; high: number; slope: number };

/** The line's value at x0 and its 80 % prediction range. */
export function predict(points: XY[], x0: number): Prediction | null {
  return predictor(points)?.(x0) ?? null;
}

/** The line fitted once, its value and range at any x0 (a forecast asks at the deadline and at the last period). */
function predictor(points: XY[]): ((x0: number) => Prediction) | null {
  const line = theilSen(points);
  if (!line || points.length < 3) return null;
  const fit = (x: number) => line.intercept + line.slope * x;
  const residuals = points.map((p) => p.y - fit(p.x));
  const centre = median(residuals);
  const sd = MAD_TO_SD * median(residuals.map((r) => Math.abs(r - centre)));
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const t = tQuantile(n - 2);
  return (x0) => {
    const half = t * sd * Math.sqrt(1 + 1 / n + (x0 - meanX) ** 2 / sxx);
    const likely = fit(x0);
    return { likely, low: likely - half, high: likely + half, slope: line.slope };
  };
}

/** The number of the period holding `ms`, counted from the period starting at `originMs`. */
export function periodNumber(period: MeasurePeriod, originMs: number, ms: number): number {
  const start = periodStartMs(period, ms);
  if (period === "week") return Math.round((start - originMs) / (7 * 86_400_000));
  const a = new Date(originMs);
  const b = new Date(start);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

export type ForecastInput = {
  periods: PeriodValue[];
  kind: MetricKind;
  period: MeasurePeriod;
  /** The goal's start (its first period is the one holding it); null: no goal periods. */
  start: string | null;
  deadline: string | null;
  /**
   * A seasonal goal's factor on a date (lib/domain/expected-path.ts shapeAt):
   * the line is fitted to the values over their period's factor and put back
   * into the deadline's season, so a spring peak ahead is not read as a trend.
   */
  season?: ((date: string) => number) | null;
};

/** The complete periods with a value (a level's or rate's current one counts: its value is its latest). */
function fittedPeriods(i: ForecastInput): { periods: PeriodValue[]; basis: Forecast["basis"] } {
  const usable = i.periods.filter((p) => p.value !== null && (i.kind !== "total" || !p.partial));
  const startMs = isoDateMs(i.start);
  const first = startMs === null ? null : periodStartMs(i.period, startMs);
  const own = first === null ? [] : usable.filter((p) => (isoDateMs(p.start) ?? 0) >= first);
  if (own.length >= MIN_FORECAST_PERIODS) return { periods: own.slice(-MAX_FIT_PERIODS), basis: "goal" };
  return { periods: usable.slice(-FALLBACK_PERIODS), basis: "history" };
}

/** The forecast at the deadline's period; null with fewer than MIN_FORECAST_PERIODS periods or without a deadline. */
export function goalForecast(i: ForecastInput): Forecast | null {
  const deadlineMs = isoDateMs(i.deadline);
  const { periods, basis } = fittedPeriods(i);
  if (deadlineMs === null || periods.length < MIN_FORECAST_PERIODS) return null;
  const origin = isoDateMs(periods[0]!.start)!;
  const last = periods.at(-1)!;
  const deadlinePeriod = new Date(periodStartMs(i.period, deadlineMs)).toISOString().slice(0, 10);
  // A factor of zero or less cannot be divided out: such a shape is not used.
  const usable = i.season && [...periods.map((p) => p.start), deadlinePeriod].every((d) => i.season!(d) > 0);
  const factor = (date: string) => (usable ? i.season!(date) : 1);
  const xy = periods.map((p) => ({ x: periodNumber(i.period, origin, isoDateMs(p.start)!), y: p.value! / factor(p.start) }));
  const line = predictor(xy);
  if (!line) return null;
  const at = line(periodNumber(i.period, origin, deadlineMs));
  const then = line(xy.at(-1)!.x);
  const [f, g] = [factor(deadlinePeriod), factor(last.start)];
  return {
    likely: at.likely * f,
    low: at.low * f,
    high: at.high * f,
    perPeriod: at.slope * f,
    periods: periods.length,
    basis,
    from: { date: last.start, likely: then.likely * g, low: then.low * g, high: then.high * g },
  };
}

/** Whole periods gone by from the one holding the goal's start to the one holding today (0 in the first). */
export function periodsSince(start: string | null, period: MeasurePeriod, today: string): number {
  const s = isoDateMs(start);
  const now = isoDateMs(today);
  return s === null || now === null ? 0 : Math.max(0, periodNumber(period, periodStartMs(period, s), now));
}
