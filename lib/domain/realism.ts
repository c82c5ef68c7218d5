/**
 * The realism check (the A of SMART), per metric and advisory
 * (docs/DOMAIN-RULES.md, "Realism"). The change a target needs is set beside
 * the team's own history first and the metric's benchmark second (the source
 * article's table fills each channel's main metric; a team may set one for any
 * metric). Each metric kind is judged its own way:
 * - a level (followers, reviews) accumulates: what it gains grows with time,
 *   so every reference is scaled linearly to the goal's months;
 * - a total or a rate per period (orders per month, open rate) is a flow that
 *   a campaign can lift within weeks: a goal shorter than the benchmark's half
 *   year is compared with a half year's change, a longer one with more;
 * - a decrease goal (cost per click, churn) is a cut that compounds (each
 *   month cuts a share of what is left), so it never reaches 100 %.
 * "Unrealistic" never blocks: activating such a goal asks for a written reason.
 * A target far below where the team's own trend already goes is "unambitious".
 */
import { addDays, addMonths, daysBetween, monthsBetween } from "./dates";
import type { Direction, GoalDraft, Point } from "./goal-types";
import type { MetricKind } from "./series";
import { sameSeasonLastYear } from "./same-season";
import { linearTrend } from "./trend";

/** The benchmark table speaks of the uplift "after 6 months". */
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

/** The team's own change is read over its last half year of measurements… */
const OWN_WINDOW_MONTHS = 6;
/** …and only from at least 3 measurements spanning at least 2 months (fewer say nothing of a trend). */
const OWN_MIN_POINTS = 3;
const OWN_MIN_MONTHS = 2;

/**
 * What a focused effort can do to any metric in half a year: about the bottom
 * of the article's table (8–30 %). A target needing less than three times this
 * is never unrealistic, so a flat history alone does not condemn a goal.
 */
const EFFORT_FLOOR_6M = 0.1;

/** Up to a quarter above the reference is still typical: the benchmark is an estimate, not a ceiling. */
const TYPICAL_MAX_RATIO = 1.25;
/** Up to three times the reference is ambitious (the article's bakery aims at twice Facebook's 15 %); beyond, unrealistic. */
const AMBITIOUS_MAX_RATIO = 3;
/** A target needing less than half of what the team's own trend gives anyway is unambitious. */
const UNAMBITIOUS_MAX_RATIO = 0.5;
/** Floating-point slack, so a target of exactly three times the reference is not tipped over. */
const RATIO_EPSILON = 1e-9;

export type RealismLevel = "unambitious" | "typical" | "ambitious" | "unrealistic" | "unknown";
/** What set the bar the target was measured against. */
export type RealismReference = "own" | "benchmark" | "effort";

/** A change as a share (0.6 = +60 %; for a decrease goal 0.15 = 15 % lower) over a number of months. */
/** A change over `months`; `season` when it is the same months last year rather than the last months. */
export type Change = { share: number; months: number; season?: true };

/**
 * The verdict with what was compared, each figure over its own months:
 * `needed` over the goal's span, `own` over the team's last months (in the
 * goal's direction: negative when the history moves against the goal),
 * `benchmark` over the table's six months. `ratio` = needed ÷ the largest
 * reference once all are scaled to the same span (see the kinds above).
 */
export type RealismVerdict = {
  level: RealismLevel;
  kind: MetricKind;
  direction: Direction | null;
  needed: Change | null;
  own: Change | null;
  benchmark: (Change & { source: string }) | null;
  reference: RealismReference | null;
  ratio: number | null;
  messageKey: string;
};

export type RealismInput = {
  kind: MetricKind;
  direction: Direction | null;
  baseline: number | null;
  target: number | null;
  startDate: string | null;
  deadline: string | null;
  /** The metric's benchmark (its own, the team's, or none): the uplift after six months, in percent. */
  benchmark: { upliftPct: number; source: string } | null;
  /** What the series' trend is fitted to (lib/domain/series.ts trendPoints): a total's complete period sums, a level's own values. */
  history: Point[];
};

export type ImpliedUpliftInput = Pick<RealismInput, "direction" | "baseline" | "target" | "startDate" | "deadline">;

/**
 * The target's relative change compounded to six months, for the benchmarks
 * page's like-for-like comparison with an achieved six-month uplift (not for
 * the realism verdict). For a decrease goal the improvement is the reduction.
 */
export function impliedUplift6m({ direction, baseline, target, startDate, deadline }: ImpliedUpliftInput): number | null {
  if (direction === null || baseline === null || target === null || !startDate || !deadline) return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || baseline <= 0 || target < 0) return null;
  const months = monthsBetween(startDate, deadline);
  if (months === null || months <= 0) return null;
  const factor = (target / baseline) ** (HORIZON_MONTHS / months);
  return direction === "increase" ? factor - 1 : 1 - factor;
}

/** The change the target needs over the goal's span, in its direction, not scaled. */
export function neededChange({ direction, baseline, target, startDate, deadline }: ImpliedUpliftInput): Change | null {
  if (direction === null || baseline === null || target === null || !startDate || !deadline) return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || baseline <= 0 || target < 0) return null;
  const months = monthsBetween(startDate, deadline);
  if (months === null || months <= 0) return null;
  const share = direction === "increase" ? target / baseline - 1 : 1 - target / baseline;
  return { share, months };
}

/**
 * The team's own change over its last half year of measurements: the least-
 * squares line through them, from its value at the first to its value at the
 * last, relative to the first. Null with too few measurements or months, or
 * a line that starts at zero or below.
 */
export function ownChange(history: Point[], direction: Direction): Change | null {
  const valid = history.filter((p) => Number.isFinite(p.value));
  const last = valid.reduce<string | null>((a, p) => (a === null || p.date > a ? p.date : a), null);
  if (last === null) return null;
  const from = addMonths(last, -OWN_WINDOW_MONTHS);
  const window = valid.filter((p) => from !== null && p.date >= from);
  if (window.length < OWN_MIN_POINTS) return null;
  const first = window.reduce((a, p) => (p.date < a ? p.date : a), last);
  const days = daysBetween(first, last) ?? 0;
  const months = monthsBetween(first, last) ?? 0;
  const trend = linearTrend(window);
  if (trend === null || months < OWN_MIN_MONTHS) return null;
  const start = trend.intercept;
  if (!(start > 0)) return null;
  const change = (trend.slopePerDay * days) / start;
  return { share: direction === "increase" ? change : -change, months };
}

/**
 * The same months last year (lib/domain/same-season.ts), in the goal's
 * direction, when the history holds them: a seasonal business is judged
 * against its own season, not against its last months' trend.
 */
export function seasonChange(input: Pick<RealismInput, "history" | "startDate" | "deadline">, direction: Direction): Change | null {
  const season = sameSeasonLastYear(input.history, input.startDate, input.deadline);
  if (!season) return null;
  const change = season.ratio - 1;
  return { share: direction === "increase" ? change : -change, months: season.months, season: true };
}

/** A change over `from` months as it would be over `to`: gains linear, cuts compounding. */
function scaled(share: number, from: number, to: number, direction: Direction): number {
  if (direction === "increase") return (share * to) / from;
  return share >= 1 ? 1 : 1 - (1 - share) ** (to / from);
}

function levelOf(ratio: number): "typical" | "ambitious" | "unrealistic" {
  if (ratio <= TYPICAL_MAX_RATIO + RATIO_EPSILON) return "typical";
  if (ratio <= AMBITIOUS_MAX_RATIO + RATIO_EPSILON) return "ambitious";
  return "unrealistic";
}

/**
 * Judges a target: own history first, benchmark second (see the file's
 * comment). Without either, or for a target that does not move in its
 * direction (the SMART check M says so), the level is "unknown".
 */
export function realismVerdict(input: RealismInput): RealismVerdict {
  const { kind, direction } = input;
  const needed = neededChange(input);
  const own = direction ? (seasonChange(input, direction) ?? ownChange(input.history, direction)) : null;
  const benchmark =
    input.benchmark && input.benchmark.upliftPct > 0
      ? { share: input.benchmark.upliftPct / 100, months: HORIZON_MONTHS, source: input.benchmark.source }
      : null;
  const base = { kind, direction, needed, own, benchmark, reference: null, ratio: null };
  const unknown = (why: string): RealismVerdict => ({ ...base, level: "unknown", messageKey: `realism.unknown.${why}` });
  if (!direction || needed === null) return unknown("missingValues");
  if (needed.share <= 0) return unknown("wrongDirection");
  if (own === null && benchmark === null) return unknown("noReference");

  // A level's gains grow with time; a flow is compared over at least the benchmark's half year.
  const span = kind === "level" ? needed.months : Math.max(needed.months, HORIZON_MONTHS);
  const at = (c: Change) => scaled(c.share, c.months, span, direction);
  const ownAt = own && own.share > 0 ? at(own) : null;
  if (ownAt !== null && needed.share < ownAt * UNAMBITIOUS_MAX_RATIO) {
    return { ...base, level: "unambitious", reference: "own", ratio: needed.share / ownAt, messageKey: "realism.unambitious" };
  }
  // The bar is the largest reference; on a tie the team's own history is named first, the benchmark second.
  const candidates: [RealismReference, number | null][] = [
    ["own", ownAt],
    ["benchmark", benchmark ? at(benchmark) : null],
    ["effort", at({ share: EFFORT_FLOOR_6M, months: HORIZON_MONTHS })],
  ];
  const bar = Math.max(...candidates.map(([, v]) => v ?? 0));
  const reference = candidates.find(([, v]) => v === bar)![0];
  const ratio = needed.share / bar;
  const level = levelOf(ratio);
  return { ...base, level, reference, ratio, messageKey: `realism.${level}` };
}

/** The verdict of a goal as written, or null while its direction, baseline, target or dates are missing. */
export function draftRealism(
  draft: Pick<GoalDraft, "direction" | "baselineValue" | "targetValue" | "startDate" | "deadline">,
  kind: MetricKind,
  benchmark: RealismInput["benchmark"],
  history: Point[],
): RealismVerdict | null {
  const { direction, baselineValue, targetValue, startDate, deadline } = draft;
  if (!direction || baselineValue == null || targetValue == null || !startDate || !deadline) return null;
  return realismVerdict({ kind, direction, baseline: baselineValue, target: targetValue, startDate, deadline, benchmark, history });
}

/** Activating (or keeping active) a goal judged unrealistic takes a written reason. */
export function needsRealismReason(verdict: RealismVerdict | null): boolean {
  return verdict?.level === "unrealistic";
}
