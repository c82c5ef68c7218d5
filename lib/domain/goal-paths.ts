/**
 * The lines a goal's chart draws beside its measurements: the straight path
 * from baseline to target and the path the channel's benchmark uplift would
 * take (the forecast is lib/domain/forecast.ts). Plus the first date of a chart
 * range. Pure: dates are ISO YYYY-MM-DD, read as calendar days in UTC.
 */
import { addMonths, compareDates, isoDateMs, monthsBetween } from "./dates";
import type { Direction, Point } from "./goal-types";
import { HORIZON_MONTHS } from "./realism";

export const CHART_RANGES = ["3m", "6m", "12m", "all"] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** "all" still reads a bounded series: never more than five years back. */
const MAX_RANGE_MONTHS = 60;

/**
 * The most points any line of a chart holds (measurements, target, benchmark,
 * forecast). Five years of daily values is ~1 830; no chart is wider than
 * ~1 000 pixels, so thinning to this loses nothing a person can see, and a
 * path's loop can never run longer than this.
 */
export const MAX_CHART_POINTS = 1000;

/**
 * At most `max` of the points, evenly spread, the first and last always kept
 * (a line's ends are where it starts and where it is now). Points in order.
 */
export function thinPoints<P>(points: readonly P[], max = MAX_CHART_POINTS): P[] {
  if (points.length <= max) return [...points];
  if (max < 2) return points.slice(-Math.max(0, max));
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

const RANGE_MONTHS: Record<Exclude<ChartRange, "all">, number> = { "3m": 3, "6m": 6, "12m": 12 };

export function isChartRange(value: unknown): value is ChartRange {
  return typeof value === "string" && (CHART_RANGES as readonly string[]).includes(value);
}

export type PathGoal = {
  baselineValue: number | null;
  targetValue: number | null;
  startDate: string | null;
  deadline: string | null;
};

/** A span whose dates are real and whose deadline comes after its start. */
function validSpan(start: string | null, deadline: string | null): start is string {
  const s = isoDateMs(start);
  const d = isoDateMs(deadline);
  return s !== null && d !== null && d > s;
}

/** Baseline on the start date to target on the deadline; empty while a value or date is missing. */
export function targetPath(goal: PathGoal): Point[] {
  const { baselineValue, targetValue, startDate, deadline } = goal;
  if (baselineValue == null || targetValue == null || !validSpan(startDate, deadline) || !deadline) return [];
  return [
    { date: startDate.slice(0, 10), value: baselineValue },
    { date: deadline.slice(0, 10), value: targetValue },
  ];
}

export type BenchmarkPathInput = {
  baseline: number | null;
  startDate: string | null;
  deadline: string | null;
  direction: Direction;
  upliftPct: number;
};

/**
 * Where the baseline would go at the benchmark's pace: the uplift is "after 6
 * months", so it compounds as (1 ± uplift)^(months / 6), down for a decrease
 * goal. One point a month from the start (every few months when the span
 * holds more than MAX_CHART_POINTS months), and the deadline itself when it
 * falls between them. Empty when the baseline, the dates or the uplift are
 * unusable.
 */
export function benchmarkPath({ baseline, startDate, deadline, direction, upliftPct }: BenchmarkPathInput): Point[] {
  if (baseline == null || !Number.isFinite(baseline) || !Number.isFinite(upliftPct) || upliftPct <= 0) return [];
  if (!validSpan(startDate, deadline) || !deadline) return [];
  const share = upliftPct / 100;
  const factor = direction === "increase" ? 1 + share : 1 - share;
  if (factor <= 0) return [];
  const valueAfter = (months: number) => baseline * factor ** (months / HORIZON_MONTHS);
  const end = deadline.slice(0, 10);
  const months = monthsBetween(startDate, end) ?? 0;
  // The loop runs at most MAX_CHART_POINTS - 1 times, whatever the span: the last slot is the deadline's.
  const every = Math.max(1, Math.ceil(months / (MAX_CHART_POINTS - 2)));
  const points: Point[] = [];
  for (let k = 0; k * every <= months && points.length < MAX_CHART_POINTS - 1; k += 1) {
    const date = addMonths(startDate.slice(0, 10), k * every);
    if (date === null || !(compareDates(date, end) <= 0)) break;
    points.push({ date, value: valueAfter(k * every) });
  }
  if (points.at(-1)?.date !== end) points.push({ date: end, value: valueAfter(months) });
  return points;
}

/**
 * The first date a chart range shows. "all" is the goal's own span, from
 * `firstDate` (its start or baseline date), but never more than five years
 * back nor after today; without a first date it is the five years.
 */
export function rangeStart(range: ChartRange, today: string, firstDate: string | null): string {
  const day = today.slice(0, 10);
  const oldest = addMonths(day, -MAX_RANGE_MONTHS) ?? day;
  if (range !== "all") return addMonths(day, -RANGE_MONTHS[range]) ?? day;
  const first = firstDate && isoDateMs(firstDate) !== null ? firstDate.slice(0, 10) : null;
  if (first === null || compareDates(first, oldest) < 0) return oldest;
  return compareDates(first, day) > 0 ? day : first;
}
