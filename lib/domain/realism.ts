/**
 * The realism check (the A of SMART): how the uplift a target implies over
 * half a year compares with a reference, the channel's benchmark from the
 * source article's table or, when it says more, the metric's own trend.
 */
import { addDays, monthsBetween } from "./dates";
import type { Direction, GoalDraft, Point } from "./goal-types";
import { sameSeasonLastYear } from "./same-season";
import { trendUplift6m } from "./trend";

/** The benchmark table speaks of the uplift "after 6 months"; every uplift is scaled to it. */
export const HORIZON_MONTHS = 6;

/** How far back the realism check (and the goal form's history) looks at a metric's own measurements. */
const REALISM_HISTORY_DAYS = 365;

/** The first day of the realism look-back that ends on `today` (an ISO date). */
export function realismHistoryFrom(today: string): string {
  const from = addDays(today, -REALISM_HISTORY_DAYS);
  if (from === null) throw new RangeError(`not a calendar date: ${today}`);
  return from;
}

/**
 * Where a goal's history is read from: the 1st of the month the look-back
 * starts in, so the first week or month aggregated is whole.
 */
export function seriesHistoryFrom(today: string): string {
  return `${realismHistoryFrom(today).slice(0, 7)}-01`;
}

/** Up to a quarter above the reference is still typical: the benchmark is an estimate, not a ceiling. */
const TYPICAL_MAX_RATIO = 1.25;

/**
 * Up to twice the reference is ambitious but possible with extra effort (the
 * bakery's +30 % on Facebook's 15 %); beyond that the article's "unrealistic
 * goals" pitfall applies.
 */
const AMBITIOUS_MAX_RATIO = 2.0;

/** Floating-point slack, so a target of exactly twice the reference is not tipped over by 2.0000000000000004. */
const RATIO_EPSILON = 1e-9;

export type RealismLevel = "typical" | "ambitious" | "unrealistic" | "unknown";

/**
 * The verdict with its figures. Uplifts are shares (0.3 = 30 %) over six
 * months, measured in the goal's direction: for a decrease goal a positive
 * number is a reduction. `trend6m` is the history's trend the same way (negative
 * when the history moves against the goal). `basis` says which references were
 * usable; the reference is the larger. `source` is the benchmark's source.
 * The messageKey takes the values of `realismMessageValues`.
 */
export type RealismVerdict = {
  level: RealismLevel;
  implied6m: number | null;
  benchmark6m: number | null;
  trend6m: number | null;
  reference6m: number | null;
  ratio: number | null;
  months: number | null;
  source: string | null;
  basis: "benchmark" | "trend" | "both" | "none";
  messageKey: string;
};

export type ImpliedUpliftInput = {
  direction: Direction | null;
  baseline: number | null;
  target: number | null;
  startDate: string | null;
  deadline: string | null;
};

export type RealismInput = ImpliedUpliftInput & {
  benchmark: { upliftPct: number; source: string } | null;
  history: Point[];
};

/**
 * The target's relative change scaled to six months, compounded over the
 * goal's span: +60 % in 3 months is (1.6)² − 1 = +156 % in 6. For a decrease
 * goal the improvement is the reduction, 1 − (target/baseline)^(6/months).
 * A goal pointing the wrong way comes out negative. Null when a value is
 * missing, the baseline is not positive, the target is negative or the
 * deadline is not after the start. Months are calendar months (see monthsBetween).
 */
export function impliedUplift6m({ direction, baseline, target, startDate, deadline }: ImpliedUpliftInput): number | null {
  if (direction === null || baseline === null || target === null || !startDate || !deadline) return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || baseline <= 0 || target < 0) return null;
  const months = monthsBetween(startDate, deadline);
  if (months === null || months <= 0) return null;
  const factor = (target / baseline) ** (HORIZON_MONTHS / months);
  return direction === "increase" ? factor - 1 : 1 - factor;
}

function levelOf(ratio: number): Exclude<RealismLevel, "unknown"> {
  if (ratio <= TYPICAL_MAX_RATIO + RATIO_EPSILON) return "typical";
  if (ratio <= AMBITIOUS_MAX_RATIO + RATIO_EPSILON) return "ambitious";
  return "unrealistic";
}

/**
 * Judges a target against its reference. The reference is the channel's
 * benchmark; with at least 3 measurements whose trend moves in the goal's
 * direction, the larger of the benchmark and that trend, since a team's own
 * history can justify more than the benchmark. ratio = implied / reference.
 * Without a reference, or for a target that does not move in its direction
 * (the SMART check M says so), the level is "unknown".
 */
export function realismVerdict(input: RealismInput): RealismVerdict {
  const { direction, startDate, deadline, benchmark, history } = input;
  const implied6m = impliedUplift6m(input);
  const span = startDate && deadline ? monthsBetween(startDate, deadline) : null;
  const months = span !== null && span > 0 ? span : null;

  const benchmark6m = benchmark && benchmark.upliftPct > 0 ? benchmark.upliftPct / 100 : null;
  // The team's own history: the same season last year when the history holds it, else the trend.
  const season = sameSeasonLastYear(history, startDate, deadline);
  const rawTrend = season ? season.ratio ** (HORIZON_MONTHS / season.months) - 1 : trendUplift6m(history);
  const trend6m = rawTrend === null ? null : direction === "decrease" ? -rawTrend : rawTrend;
  const usableTrend = trend6m !== null && trend6m > 0 ? trend6m : null;
  const reference6m = benchmark6m === null ? usableTrend : usableTrend === null ? benchmark6m : Math.max(benchmark6m, usableTrend);
  const basis = benchmark6m !== null ? (usableTrend !== null ? "both" : "benchmark") : usableTrend !== null ? "trend" : "none";
  const source = benchmark6m !== null && benchmark ? benchmark.source : null;
  const base = { implied6m, benchmark6m, trend6m, reference6m, months, source, basis } as const;

  if (implied6m === null) return { ...base, level: "unknown", ratio: null, messageKey: "realism.unknown.missingValues" };
  if (implied6m <= 0) return { ...base, level: "unknown", ratio: null, messageKey: "realism.unknown.wrongDirection" };
  if (reference6m === null) return { ...base, level: "unknown", ratio: null, messageKey: "realism.unknown.noReference" };

  const ratio = implied6m / reference6m;
  const level = levelOf(ratio);
  const setBy = usableTrend !== null && (benchmark6m === null || usableTrend > benchmark6m) ? "trend" : "benchmark";
  return { ...base, level, ratio, messageKey: `realism.${level}.${setBy}` };
}

/** The values a verdict's messageKey takes: the uplifts as shares, for `{implied, number, percent}`. */
export function realismMessageValues(verdict: RealismVerdict): Record<string, number> {
  const values: Record<string, number> = {};
  if (verdict.implied6m !== null) values.implied = verdict.implied6m;
  if (verdict.reference6m !== null) values.reference = verdict.reference6m;
  if (verdict.months !== null) values.months = verdict.months;
  return values;
}

/** The verdict of a goal as written, or null while its direction, baseline, target or dates are missing. */
export function draftRealism(draft: GoalDraft, benchmark: RealismInput["benchmark"], history: Point[]): RealismVerdict | null {
  const { direction, baselineValue, targetValue, startDate, deadline } = draft;
  if (!direction || baselineValue == null || targetValue == null || !startDate || !deadline) return null;
  return realismVerdict({ direction, baseline: baselineValue, target: targetValue, startDate, deadline, benchmark, history });
}
