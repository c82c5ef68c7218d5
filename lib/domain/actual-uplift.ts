/**
 * What a team actually achieved on a channel, in the benchmark table's terms:
 * the uplift of a series over the last six months, and the mean uplift its
 * active goals' targets imply over six months. Both sit beside the channel's
 * benchmark on the Benchmarks page.
 */
import { addMonths, daysBetween, monthsBetween } from "./dates";
import type { Direction, Point } from "./goal-types";
import { HORIZON_MONTHS, type ImpliedUpliftInput, impliedUplift6m } from "./realism";
import { linearTrend } from "./trend";

/** Fewer days than this between the first and last measurement say too little to scale to half a year. */
const MIN_SPAN_DAYS = 14;

export type ActualUpliftReason = "noData" | "tooFewPoints" | "tooShort" | "notPositive";

export type ActualUplift = {
  /** Improvement over six months as a share (0.15 = 15 %), positive when the metric moved the right way. */
  value: number | null;
  /** Why value is null. */
  reason: ActualUpliftReason | null;
  /** Measurements inside the window. */
  points: number;
  /** Months between the first and last measurement inside the window. */
  months: number | null;
};

/** The first day of the six-month window that ends today. */
export function upliftWindowStart(today: string): string | null {
  return addMonths(today, -HORIZON_MONTHS);
}

/**
 * The series' uplift over the last six months, with the reason when there is
 * none. The start and end values are the least-squares line's values on the
 * first and last measured dates in the window (for two points that is the
 * measurements themselves): one unusual week at either end then moves the
 * answer by its share of the fit, not all of it. The change between them is
 * scaled to six months compounded, exactly as a target's implied uplift is
 * (impliedUplift6m), so the three numbers on the page compare like for like.
 * For a decrease metric the improvement is the reduction.
 */
export function actualUpliftDetail(points: Point[], today: string, direction: Direction): ActualUplift {
  const from = upliftWindowStart(today);
  const inWindow = from === null ? [] : points.filter((p) => Number.isFinite(p.value) && p.date >= from && p.date <= today);
  const none = (reason: ActualUpliftReason, months: number | null = null): ActualUplift => ({
    value: null,
    reason,
    points: inWindow.length,
    months,
  });
  if (inWindow.length === 0) return none("noData");
  if (inWindow.length < 2) return none("tooFewPoints");

  const dates = inWindow.map((p) => p.date).sort();
  const [first, last] = [dates[0]!, dates[dates.length - 1]!];
  const months = monthsBetween(first, last);
  const span = daysBetween(first, last);
  const trend = linearTrend(inWindow);
  if (months === null || span === null || trend === null || span < MIN_SPAN_DAYS) return none("tooShort", months);

  // The trend's origin is the earliest point, so its intercept is the fitted start.
  const start = trend.intercept;
  const end = trend.intercept + trend.slopePerDay * span;
  if (!(start > 0)) return none("notPositive", months);
  // A fitted end below zero means the value fell to nothing: a ratio of 0, not a negative power.
  const ratio = Math.max(0, end / start);
  const factor = ratio ** (HORIZON_MONTHS / months);
  return { value: direction === "increase" ? factor - 1 : 1 - factor, reason: null, points: inWindow.length, months };
}

/**
 * The mean implied six-month uplift of the goals' targets (the caller passes
 * a channel's active goals). Goals whose uplift cannot be computed (missing
 * values or dates) are left out; null when none is left. A target pointing
 * the wrong way counts with its negative uplift: the mean says what the
 * targets ask for, not what they should ask for.
 */
export function targetsUplift6m(goals: ImpliedUpliftInput[]): number | null {
  const uplifts = goals.map(impliedUplift6m).filter((u): u is number => u !== null);
  return uplifts.length ? uplifts.reduce((s, u) => s + u, 0) / uplifts.length : null;
}
