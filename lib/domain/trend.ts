/**
 * The trend of a metric's measurements: an ordinary least-squares line of
 * value over days since the first (earliest) measurement. It feeds the
 * history half of the realism check (the forecast is lib/domain/forecast.ts).
 */
import { isoDateMs } from "./dates";
import type { Point } from "./goal-types";

export type Trend = { slopePerDay: number; intercept: number; originDate: string };

/** Half a year in days, the horizon the benchmark table speaks of ("after 6 months"). */
const HALF_YEAR_DAYS = 182.5;

/** The fewest measurements whose trend we trust to say anything about a half-year. */
const MIN_POINTS_FOR_UPLIFT = 3;

type XY = { x: number; y: number; date: string };

const DAY_MS = 86_400_000;

/**
 * Points with a real date and a finite value, as (days since the earliest, value).
 * Each date is parsed once: the dashboard runs this over a year of daily
 * values for every goal, and the parse was most of its render time.
 */
function toXY(points: Point[]): XY[] {
  const valid: { ms: number; p: Point }[] = [];
  for (const p of points) {
    if (!Number.isFinite(p.value)) continue;
    const ms = isoDateMs(p.date);
    if (ms !== null) valid.push({ ms, p });
  }
  let origin: { ms: number; p: Point } | null = null;
  for (const v of valid) if (origin === null || v.ms < origin.ms) origin = v;
  if (origin === null) return [];
  const from = origin.ms;
  // The same whole days as daysBetween(origin, date).
  return valid.map(({ ms, p }) => ({ x: Math.round((ms - from) / DAY_MS), y: p.value, date: p.date }));
}

/**
 * Least-squares line through the points: slope per day and the value at the
 * origin (the earliest date). Null for fewer than 2 points, or when all lie
 * on one date (no spread in time, so no slope).
 */
export function linearTrend(points: Point[]): Trend | null {
  return trendOf(toXY(points));
}

function trendOf(xy: XY[]): Trend | null {
  if (xy.length < 2) return null;
  const n = xy.length;
  const meanX = xy.reduce((s, p) => s + p.x, 0) / n;
  const meanY = xy.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of xy) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  const originDate = xy.find((p) => p.x === 0)?.date.slice(0, 10) ?? "";
  return { slopePerDay, intercept: meanY - slopePerDay * meanX, originDate };
}

/**
 * The relative change over half a year the trend implies, measured from its
 * fitted value at the latest measurement: slope × 182.5 / fitted. Null for
 * fewer than 3 points, or when the fitted value is not positive (a relative
 * change of nothing means nothing).
 */
export function trendUplift6m(points: Point[]): number | null {
  const xy = toXY(points);
  if (xy.length < MIN_POINTS_FOR_UPLIFT) return null;
  const trend = trendOf(xy);
  if (trend === null) return null;
  const latest = xy.reduce((a, b) => (b.x > a.x ? b : a));
  const fitted = trend.intercept + trend.slopePerDay * latest.x;
  if (!(fitted > 0)) return null;
  return (trend.slopePerDay * HALF_YEAR_DAYS) / fitted;
}
